package io.github.lede.examples.quotes;

import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.model.Article;
import io.github.lede.model.Quote;
import io.github.lede.model.Speaker;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Example: fetches one page, analyses it and prints its quotes, one line each, in text order:
 *
 * <pre>
 * Elena Varga: “Every week the bridge stays closed costs the harbour district customers it may never win back,” (DIRECT, cue: told)
 * Tomas Lindqvist: “the timetable was tight” (INDIRECT, cue: warned)
 * (unknown): “Not again” (DIRECT, no cue)
 * </pre>
 *
 * <p>Each line is {@link #line(Quote)}: the resolved speaker (the linked entity's fullest name),
 * the words said, the {@link io.github.lede.model.QuoteType} and the cue that attributes them.
 *
 * <p>Run it with the shaded CLI jar, which holds Lede and every provider:
 * <pre>{@code java -cp examples/target/lede.jar io.github.lede.examples.quotes.PrintQuotes https://example.com/story}</pre>
 * The argument is an {@code http}, {@code https} or {@code file} URL, or a local file path.
 * Exit code 0 on success, 1 if the page cannot be fetched or analysed (the reason on stderr),
 * 2 for a usage error.
 */
public final class PrintQuotes {

    private PrintQuotes() {
    }

    /** Runs the example and exits with its exit code when that is not 0. */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the example: prints the quotes of the page {@code args[0]} on {@code out}, errors on
     * {@code err}.
     *
     * @return the exit code: 0 done, 1 the page failed, 2 usage error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: PrintQuotes URL|FILE");
            return 2;
        }
        Lede lede = Lede.create();
        try {
            Article article = lede.analyze(toUri(args[0]));
            for (Quote quote : article.quotes()) {
                out.println(line(quote));
            }
            return 0;
        } catch (LedeException e) {
            err.println(args[0] + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * One quote as a line: {@code SPEAKER: “TEXT” (TYPE, cue: CUE)}, with {@code (unknown)} for a
     * quote without a speaker and {@code no cue} for one without a cue.
     */
    public static String line(Quote quote) {
        String who = quote.speaker().map(Speaker::name).orElse("(unknown)");
        String cue = quote.cue().map(c -> "cue: " + c.text()).orElse("no cue");
        return who + ": “" + quote.text() + "” (" + quote.type() + ", " + cue + ")";
    }

    /** A URL as given, or a local path (which has no scheme) as a file URL. */
    private static URI toUri(String arg) {
        try {
            URI uri = new URI(arg);
            if (uri.getScheme() != null && uri.getScheme().length() > 1) { // "C:\x" is a path
                return uri;
            }
        } catch (URISyntaxException e) {
            // not a URL: a path such as "my story.txt"
        }
        return Path.of(arg).toAbsolutePath().toUri();
    }
}
