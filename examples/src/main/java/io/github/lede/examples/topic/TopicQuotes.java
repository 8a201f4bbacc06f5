package io.github.lede.examples.topic;

import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.examples.quotes.PrintQuotes;
import io.github.lede.model.Quote;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Example: registers the {@link TopicTagger} plugin on one {@link Lede} and prints, for each file,
 * only its quotes about a topic, as {@code FILE: } followed by a {@link PrintQuotes#line} each:
 *
 * <pre>
 * harbour-bridge.txt: Tomas Lindqvist: “the bridge would stay open to pedestrians and cyclists throughout the repairs” (INDIRECT, cue: said)
 * </pre>
 *
 * <p>Run it with the shaded CLI jar; the keywords are separated by commas:
 * <pre>{@code java -cp examples/target/lede.jar io.github.lede.examples.topic.TopicQuotes "bridge,ferry" FILE...}</pre>
 * Exit code 0 when every file was analysed, 1 when some failed (one line each on stderr), 2 for
 * a usage error.
 */
public final class TopicQuotes {

    private TopicQuotes() {
    }

    /** Runs the example and exits with its exit code when that is not 0. */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the example: {@code args} are {@code KEYWORDS FILE...}.
     *
     * @return the exit code: 0 all files analysed, 1 some failed, 2 usage error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2) {
            err.println("usage: TopicQuotes KEYWORD[,KEYWORD...] FILE...");
            return 2;
        }
        TopicTagger tagger = new TopicTagger(Arrays.asList(args[0].split(",")));
        Lede lede = Lede.builder().addProvider(tagger).annotators("entities", "quotes", "topic").build();
        int failed = 0;
        for (String file : Arrays.asList(args).subList(1, args.length)) {
            try {
                for (Quote quote : lede.analyze(Path.of(file)).quotes()) {
                    out.println(file + ": " + PrintQuotes.line(quote));
                }
            } catch (LedeException e) {
                err.println(file + ": " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
