package io.github.lede.examples.cli;

import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.UnsupportedInputException;
import io.github.lede.format.json.JsonFormat;
import io.github.lede.model.Article;
import io.github.lede.spi.ArticleFormat;
import io.github.lede.spi.ArticleWriter;
import io.github.lede.spi.InputItem;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Provider;
import io.github.lede.spi.Source;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lede analyze [options] INPUT...}: analyses each input and writes the articles, in input
 * order, as one document in the chosen format.
 *
 * <p>An input stands for one document, or — where an {@link io.github.lede.spi.InputExpander} on
 * the class path reads it — for many: a feed's items, a WARC archive's HTML records. Each article
 * is written as soon as it is ready, so a batch of any size runs in the memory one article needs.
 * A failed document — unreadable, empty, unsupported, too large, too slow, or an
 * unexpected error — prints one line {@code lede: INPUT: REASON} on standard error and the batch
 * goes on; the exit code is then 1. An input that yields no article text counts as failed, so that
 * a batch never holds silent empty records. Usage errors exit 2 before any input is read.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Extracts the article, its entities and its quotes from each INPUT and writes them,"
                + " in input order, as one document.",
        footer = {"", "Exit status: 0 every input analysed; 1 an input failed (one line on stderr each,"
                + " the others are written); 2 usage error; 130 interrupted (what was finished is written)."})
final class AnalyzeCommand implements Callable<Integer> {

    /** How the inputs' content is read. */
    enum Type {
        /** Detected from the bytes and the file name. */
        AUTO,
        /** Declared HTML. */
        HTML,
        /** Declared plain text. */
        TEXT
    }

    private final InputStream stdin;
    private final OutputStream stdout;
    private final PrintWriter err;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "A file, a directory (the files directly in it, sorted by name), an http(s) URL,"
                    + " or - for standard input.")
    private List<String> inputs;

    @Option(names = "--format", paramLabel = "F", defaultValue = "json",
            description = "json (default: an object for one input, an array for several), jsonl, xml, rss,"
                    + " or any format a plugin provides.")
    private String formatName;

    @Option(names = "--type", paramLabel = "T", defaultValue = "auto",
            description = "auto (default: detected), html or text.")
    private Type type;

    @Option(names = "--url", paramLabel = "URL",
            description = "The page's own URL, for a saved HTML file: resolves its links and fills `url`.")
    private String url;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path output;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse inputs larger than N bytes (default 16 MiB).")
    private Long maxBytes;

    @Option(names = "--max-text-chars", paramLabel = "N",
            description = "Refuse articles whose text is longer than N characters (default 4 Mi).")
    private Integer maxTextChars;

    @Option(names = "--max-quote-chars", paramLabel = "N",
            description = "Report no quote longer than N characters (default 5,000).")
    private Integer maxQuoteChars;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time budget per input: seconds, or 500ms, 10s, 2m, PT1M (default 30 s).")
    private Duration timeout;

    @Option(names = "--annotators", paramLabel = "NAME", split = ",",
            description = "Run only these annotators (and those they require), e.g. entities,quotes.")
    private List<String> annotators;

    @Option(names = "--no-annotators", description = "Run no annotator: the article only.")
    private boolean noAnnotators;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress lines for long batches.")
    private boolean quiet;

    AnalyzeCommand(InputStream stdin, OutputStream stdout, PrintWriter err) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.err = err;
    }

    @Override
    public Integer call() {
        Lede lede;
        ArticleFormat format;
        try {
            lede = lede();
            format = format(lede);
        } catch (UnsupportedInputException e) {
            throw usage(e.getMessage());
        } catch (LedeException e) {
            err.println("lede: " + oneLine(e.getMessage()));
            return 1;
        }
        checkUrl();
        List<Input> batch = inputs.stream().flatMap(a -> Input.expand(a).stream()).toList();
        if (url != null && batch.size() > 1) {
            throw usage("--url names one page, but the inputs hold " + batch.size());
        }
        Progress progress = new Progress(batch.size(), quiet ? null : err);
        long grace = lede.limits().timeBudget().toMillis() + 5_000;
        try (Interruption interruption = Interruption.install(grace); Output out = new Output(format, batch.size() > 1)) {
            for (Input input : batch) {
                if (interruption.requested()) {
                    break;
                }
                analyze(lede, input, out, progress, interruption);
                progress.inputDone();
            }
            if (interruption.requested()) {
                err.println("lede: interrupted: the articles finished so far are written");
                err.flush();
                return 130;
            }
        } catch (IOException e) {
            err.println("lede: " + (output == null ? "standard output" : output) + ": cannot write: " + describe(e));
            return 1;
        }
        return progress.failed() > 0 ? 1 : 0;
    }

    private Lede lede() {
        if (noAnnotators && annotators != null) {
            throw usage("--annotators and --no-annotators exclude each other");
        }
        // a batch never holds silent empty records: no article text is a failed input
        Lede.Builder b = Lede.builder().requireArticleText();
        try {
            if (maxBytes != null) {
                b.maxInputBytes(maxBytes);
            }
        } catch (IllegalArgumentException e) {
            throw usage("--max-bytes must be a positive number of bytes, not " + maxBytes);
        }
        try {
            if (maxTextChars != null) {
                b.maxTextChars(maxTextChars);
            }
        } catch (IllegalArgumentException e) {
            throw usage("--max-text-chars must be a positive number, not " + maxTextChars);
        }
        try {
            if (maxQuoteChars != null) {
                b.maxQuoteChars(maxQuoteChars);
            }
        } catch (IllegalArgumentException e) {
            throw usage("--max-quote-chars must be a positive number, not " + maxQuoteChars);
        }
        if (timeout != null) {
            b.timeBudget(timeout);
        }
        if (noAnnotators) {
            b.noAnnotators();
        } else if (annotators != null) {
            b.annotators(annotators.stream().map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new));
        }
        return b.build();
    }

    private ArticleFormat format(Lede lede) {
        boolean known = lede.registry().formats().stream().anyMatch(f -> f.name().equalsIgnoreCase(formatName));
        if (!known) {
            String names = lede.registry().formats().stream().map(Provider::name).distinct()
                    .collect(Collectors.joining(", "));
            throw usage("unknown format '" + formatName + "'; formats available: "
                    + (names.isEmpty() ? "none" : names));
        }
        return lede.format(formatName);
    }

    private void checkUrl() {
        if (url == null) {
            return;
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw usage("--url must be an absolute http(s) URL, not '" + url + "'");
    }

    /**
     * Analyses every document one input stands for and writes each article as soon as it is ready.
     * A document that fails is reported alone; an input that cannot be read at all, or whose
     * items stop coming, is reported once.
     */
    private void analyze(Lede lede, Input input, Output out, Progress progress, Interruption interruption)
            throws IOException {
        try (Stream<InputItem> items = input.expand(lede, stdin)) {
            Iterator<InputItem> it = items.iterator();
            while (it.hasNext() && !interruption.requested()) {
                InputItem item = it.next();
                Article article = analyze(lede, item);
                if (article == null) {
                    progress.failure();
                } else {
                    out.write(article, input.isPartOf(item));
                }
            }
        } catch (LedeException e) {
            fail(input.label(), e.getMessage());
            progress.failure();
        } catch (RuntimeException e) {
            fail(input.label(), "unexpected error: " + e);
            progress.failure();
        }
    }

    /** The article of one document, or null when it failed (reported on stderr). */
    private Article analyze(Lede lede, InputItem item) {
        try {
            Source.Builder b = item.source().toBuilder();
            if (type != Type.AUTO) {
                b.contentType(type == Type.HTML ? MediaTypes.HTML : MediaTypes.TEXT);
            }
            if (url != null) {
                b.url(url);
            }
            return lede.analyze(b.build());
        } catch (LedeException e) {
            fail(item.name(), e.getMessage());
        } catch (RuntimeException e) {
            // a bug in a provider must not end the batch; the one line still says what happened
            fail(item.name(), "unexpected error: " + e);
        }
        return null;
    }

    private void fail(String name, String reason) {
        err.println("lede: " + name + ": " + oneLine(reason == null ? "failed" : reason));
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage());
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * The one writer of the batch, opened with the first article — or at the end when there were
     * several inputs, so that a batch always gives a whole document (an empty json array when every
     * input failed), while one failed input gives no output at all. Several inputs, or documents
     * from inside one (a feed's items), make a json array even when only one article results.
     */
    private final class Output implements AutoCloseable {
        private final ArticleFormat format;
        private boolean several;
        private OutputStream target;
        private ArticleWriter writer;

        Output(ArticleFormat format, boolean several) {
            this.format = format;
            this.several = several;
        }

        /** Writes an article; {@code fromInside} when it is one of the documents an input stands for. */
        void write(Article article, boolean fromInside) throws IOException {
            several |= fromInside;
            open().write(article);
        }

        private ArticleWriter open() throws IOException {
            if (writer == null) {
                target = output == null ? stdout : new BufferedOutputStream(Files.newOutputStream(output));
                writer = several && format instanceof JsonFormat json ? json.arrayWriter(target) : format.writer(target);
            }
            return writer;
        }

        @Override
        public void close() throws IOException {
            try {
                if (writer != null || several) {
                    open().close();
                }
                if (target != null) {
                    target.flush();
                }
            } finally {
                if (output != null && target != null) {
                    target.close();
                }
            }
        }
    }
}
