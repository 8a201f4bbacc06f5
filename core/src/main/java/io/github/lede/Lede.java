package io.github.lede;

import io.github.lede.io.ByteBufferInputStream;
import io.github.lede.io.SourceLoader;
import io.github.lede.model.Article;
import io.github.lede.model.Timestamp;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.Annotator;
import io.github.lede.spi.ArticleExtractor;
import io.github.lede.spi.ArticleFormat;
import io.github.lede.spi.InputExpander;
import io.github.lede.spi.InputItem;
import io.github.lede.spi.InputProbe;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Provider;
import io.github.lede.spi.ProviderRegistry;
import io.github.lede.spi.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lede's entry point: turns a news article — a file, a URL, bytes, a string — into an
 * {@link Article} with its entities and quotes.
 *
 * <p>Build one instance and share it: a {@code Lede} is immutable and thread-safe, like Jackson's
 * {@code ObjectMapper}.
 *
 * <pre>{@code
 * Lede lede = Lede.builder().timeBudget(Duration.ofSeconds(5)).build();
 * Article article = lede.analyze(Path.of("story.html"));
 * for (Quote q : article.quotes()) {
 *     log.info("{}: {}", q.speaker().map(Speaker::name).orElse("?"), q.text());
 * }
 * }</pre>
 *
 * <p>Each call reads the input ({@link Limits#maxInputBytes()} applies before parsing), gives it to
 * the best {@link ArticleExtractor}, runs the {@link Annotator}s in dependency order, and checks
 * the {@link Limits#timeBudget()} between stages. Failures are {@link LedeException}s.
 */
public final class Lede {

    private static final Logger LOG = LoggerFactory.getLogger(Lede.class);

    /** The User-Agent Lede sends when it fetches a URL. */
    public static final String USER_AGENT = "Lede/0.1 (+https://github.com/lede/lede; article extraction library)";

    private final Limits limits;
    private final ProviderRegistry registry;
    private final List<Annotator> annotators;
    private final SourceLoader loader;
    private final InputExpander.Fetcher fetcher;
    private final boolean requireText;

    private Lede(Builder b) {
        this.limits = b.limits;
        this.requireText = b.requireText;
        ClassLoader cl = b.classLoader != null ? b.classLoader : defaultClassLoader();
        this.registry = ProviderRegistry.load(cl, b.extra);
        this.annotators = registry.annotatorsInOrder(b.annotators);
        this.loader = new SourceLoader(limits, b.userAgent, b.connectTimeout);
        this.fetcher = new InputExpander.Fetcher() {
            @Override
            public Source.Builder fetch(String url) {
                return Lede.this.fetch(url);
            }

            @Override
            public Limits limits() {
                return limits;
            }
        };
        LOG.debug("Lede ready: extractors {}, annotators {}, formats {}", names(registry.extractors()),
                names(annotators), names(registry.formats()));
    }

    private static ClassLoader defaultClassLoader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : Lede.class.getClassLoader();
    }

    private static List<String> names(List<? extends Provider> ps) {
        return ps.stream().map(Provider::name).toList();
    }

    /** A builder with the default limits and every provider on the class path. */
    public static Builder builder() {
        return new Builder();
    }

    /** An instance with the defaults. */
    public static Lede create() {
        return builder().build();
    }

    /**
     * Analyses a file; its content type comes from its bytes and extension. A gzip file
     * ({@code page.html.gz}) is read as the document inside it.
     *
     * @throws LedeException if the file cannot be read, is too large, is not supported, or the
     *     analysis runs out of time
     */
    public Article analyze(Path path) {
        Objects.requireNonNull(path, "path");
        return analyze(loader.load(path).build());
    }

    /**
     * Analyses a document given as a string (HTML or plain text, detected).
     *
     * @throws LedeException as {@link #analyze(Source)}
     */
    public Article analyze(String document) {
        Objects.requireNonNull(document, "document");
        return analyze(Source.text(document).build());
    }

    /**
     * Analyses raw bytes (HTML or plain text, detected, gzip inflated; charset from a BOM, the
     * document, or detection).
     *
     * @throws LedeException as {@link #analyze(Source)}
     */
    public Article analyze(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > limits.maxInputBytes()) {
            throw new InputTooLargeException("input is larger than the limit of " + limits.maxInputBytes()
                    + " bytes (" + bytes.length + " bytes)", null, limits.maxInputBytes());
        }
        return analyze(loader.load(new ByteArrayInputStream(bytes), null).build());
    }

    /**
     * Reads a stream to its end (without closing it) and analyses what it held.
     *
     * @throws LedeException as {@link #analyze(Source)}, or if the stream fails or is too large
     */
    public Article analyze(InputStream in) {
        Objects.requireNonNull(in, "in");
        return analyze(loader.load(in, null).build());
    }

    /**
     * Fetches and analyses a {@code http}, {@code https} or {@code file} URI.
     *
     * @throws LedeException if the URL cannot be fetched (unreachable, timeout, error status),
     *     is too large or unsupported, or the analysis runs out of time
     */
    public Article analyze(URI uri) {
        Objects.requireNonNull(uri, "uri");
        return analyze(loader.load(uri).build());
    }

    /**
     * Analyses a source built by the caller, e.g. with a declared content type or page URL.
     *
     * @throws InputTooLargeException if the source is larger than {@link Limits#maxInputBytes()}
     * @throws UnsupportedInputException if no extractor supports it
     * @throws AnalysisTimeoutException if the time budget runs out
     * @throws LedeException for any other failure of a provider
     */
    public Article analyze(Source source) {
        Objects.requireNonNull(source, "source");
        String input = source.name().orElse(null);
        if (source.isLargerThan(limits.maxInputBytes())) {
            throw new InputTooLargeException("input is larger than the limit of " + limits.maxInputBytes()
                    + " bytes (" + source.size() + " bytes)", input, limits.maxInputBytes());
        }
        if (requireText && !source.isLargerThan(0)) {
            throw new UnreadableInputException("empty input", input);
        }
        AnalysisContext context = AnalysisContext.start(limits, source);
        ArticleExtractor extractor = registry.extractorFor(source);
        Article article = run(extractor, input, () -> extractor.extract(source, context));
        if (requireText && article.text().isBlank()) {
            throw new UnsupportedInputException("no article text found", input);
        }
        if (article.text().length() > limits.maxTextChars()) {
            throw new InputTooLargeException("article text is longer than the limit of " + limits.maxTextChars()
                    + " characters (" + article.text().length() + ")", input, limits.maxTextChars());
        }
        Article.Builder filled = article.toBuilder();
        if (article.source().isEmpty()) {
            filled.source(input);
        }
        if (article.url().isEmpty()) {
            filled.url(source.url().orElse(null));
        }
        fillFromHints(article, source, filled);
        article = filled.build();
        context.checkDeadline("extraction by " + extractor.name());
        for (Annotator a : annotators) {
            Article in = article;
            article = run(a, input, () -> a.annotate(in, context));
            context.checkDeadline("annotation by " + a.name());
        }
        return article;
    }

    /** Metadata the page lacks comes from where the input was found (a feed item, a crawl record). */
    private static void fillFromHints(Article article, Source source, Article.Builder filled) {
        var hints = source.hints();
        if (article.title().isEmpty()) {
            filled.title(hints.get(Source.HINT_TITLE));
        }
        if (article.description().isEmpty()) {
            filled.description(hints.get(Source.HINT_DESCRIPTION));
        }
        if (article.authors().isEmpty() && hints.containsKey(Source.HINT_AUTHORS)) {
            filled.authors(Arrays.asList(hints.get(Source.HINT_AUTHORS).split(",\\s*")));
        }
        if (article.published().isEmpty() && hints.containsKey(Source.HINT_PUBLISHED)) {
            try {
                filled.published(Timestamp.parse(hints.get(Source.HINT_PUBLISHED)));
            } catch (IllegalArgumentException e) {
                LOG.debug("ignoring a published hint that is not ISO-8601: {}", hints.get(Source.HINT_PUBLISHED));
            }
        }
    }

    private interface Stage {
        Article run();
    }

    /** Runs one provider, turning its unexpected failures into a LedeException that names it. */
    private static Article run(Provider provider, String input, Stage stage) {
        Article result;
        try {
            result = stage.run();
        } catch (LedeException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new UnsupportedInputException(provider.name() + " ran out of stack: the input nests too deeply",
                    input);
        } catch (RuntimeException e) {
            LOG.debug("provider {} failed on {}", provider.name(), input, e);
            throw new LedeException(provider.name() + " failed: " + e, input, e);
        }
        if (result == null) {
            throw new LedeException(provider.name() + " returned no article", input);
        }
        return result;
    }

    /**
     * Reads a file into a source, so that the caller can declare its type or URL before
     * {@link #analyze(Source)}.
     *
     * @throws LedeException if the file cannot be read or is too large
     */
    public Source.Builder load(Path path) {
        return loader.load(Objects.requireNonNull(path, "path"));
    }

    /**
     * Reads a stream into a source (without closing it).
     *
     * @throws LedeException if the stream fails or is too large
     */
    public Source.Builder load(InputStream in, String name) {
        return loader.load(Objects.requireNonNull(in, "in"), name);
    }

    /**
     * Fetches a URI into a source.
     *
     * @throws LedeException as {@link #analyze(URI)}
     */
    public Source.Builder load(URI uri) {
        return loader.load(Objects.requireNonNull(uri, "uri"));
    }

    /**
     * The documents a file stands for: the file itself, or — where an {@link InputExpander}
     * supports it — a feed's items or a WARC archive's HTML records, streamed. Analyse each with
     * {@code analyze(item.source())}; a failing item throws alone. Close the stream when done.
     *
     * <pre>{@code
     * try (Stream<InputItem> items = lede.expand(Path.of("CC-NEWS-20240208.warc.gz"))) {
     *     items.forEach(item -> {
     *         try {
     *             Article article = lede.analyze(item.source());
     *             // ...
     *         } catch (LedeException e) {
     *             log.warn("{}: {}", item.name(), e.getMessage());   // one broken record, the rest go on
     *         }
     *     });
     * }
     * }</pre>
     *
     * @throws LedeException if the file cannot be read at all
     */
    public Stream<InputItem> expand(Path path) {
        Objects.requireNonNull(path, "path");
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new UnreadableInputException("is a directory, not a file", name);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(InputProbe.HEAD_BYTES);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException("no such file", name, e);
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read: " + e.getMessage(), name, e);
        }
        InputProbe probe = new InputProbe(name, MediaTypes.detect(ByteBuffer.wrap(head), name), head,
                () -> Files.newInputStream(path), null);
        return registry.expanderFor(probe).map(x -> x.expand(probe, fetcher))
                .orElseGet(() -> Stream.of(new InputItem(name, () -> loader.load(path).build())));
    }

    /**
     * The documents a URL stands for: the page itself, or a feed's items. The URL is fetched now.
     *
     * @throws LedeException if the URL cannot be fetched
     */
    public Stream<InputItem> expand(URI uri) {
        Objects.requireNonNull(uri, "uri");
        return expand(loader.load(uri).build());
    }

    /**
     * The documents a source already in memory stands for: itself, or a feed's items.
     *
     * @throws LedeException if an expander cannot read it
     */
    public Stream<InputItem> expand(Source source) {
        Objects.requireNonNull(source, "source");
        ByteBuffer bytes = source.bytes();
        byte[] head = new byte[Math.min(InputProbe.HEAD_BYTES, bytes.remaining())];
        bytes.duplicate().get(head);
        String name = source.name().orElse("(input)");
        InputProbe probe = new InputProbe(name, source.contentType(), head,
                () -> new ByteBufferInputStream(source.bytes()), source.url().orElse(null));
        return registry.expanderFor(probe).map(x -> x.expand(probe, fetcher))
                .orElseGet(() -> Stream.of(InputItem.of(source)));
    }

    private Source.Builder fetch(String url) {
        try {
            return loader.load(URI.create(url.strip()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException("not a valid URL: " + url, url, e);
        }
    }

    /**
     * The format called {@code name}, e.g. {@code "json"}.
     *
     * @throws UnsupportedInputException if there is none
     */
    public ArticleFormat format(String name) {
        return registry.format(name);
    }

    /** The providers this instance uses. */
    public ProviderRegistry registry() {
        return registry;
    }

    /** The annotators that run, in order. */
    public List<Annotator> annotators() {
        return annotators;
    }

    /** The limits in force. */
    public Limits limits() {
        return limits;
    }

    /**
     * Configures a {@link Lede}. Not thread-safe; the built instance is.
     */
    public static final class Builder {
        private Limits limits = Limits.DEFAULT;
        private final List<Provider> extra = new ArrayList<>();
        private List<String> annotators;
        private ClassLoader classLoader;
        private String userAgent = USER_AGENT;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private boolean requireText;

        private Builder() {
        }

        /**
         * Makes an input without article text a failure instead of an empty article: empty input
         * is an {@link UnreadableInputException}, a page or text from which no body is extracted
         * an {@link UnsupportedInputException}. Batch jobs want this, so that a run never holds
         * silent empty records. Off by default.
         */
        public Builder requireArticleText() {
            this.requireText = true;
            return this;
        }

        /** Replaces all limits. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The largest input read, in bytes. */
        public Builder maxInputBytes(long bytes) {
            this.limits = limits.withMaxInputBytes(bytes);
            return this;
        }

        /** The longest article text kept, in characters. */
        public Builder maxTextChars(int chars) {
            this.limits = limits.withMaxTextChars(chars);
            return this;
        }

        /** The longest one input may take. */
        public Builder timeBudget(Duration budget) {
            this.limits = limits.withTimeBudget(budget);
            return this;
        }

        /** The longest quote an annotator may report. */
        public Builder maxQuoteChars(int chars) {
            this.limits = limits.withMaxQuoteChars(chars);
            return this;
        }

        /**
         * Runs only these annotators (and those they require), by name: e.g. {@code "entities"}.
         * By default every annotator on the class path runs.
         */
        public Builder annotators(String... names) {
            this.annotators = List.copyOf(Arrays.asList(names));
            return this;
        }

        /** Runs no annotator: extraction only. */
        public Builder noAnnotators() {
            this.annotators = List.of();
            return this;
        }

        /** Adds a provider instance (extractor, annotator or format) besides those discovered. */
        public Builder addProvider(Provider provider) {
            extra.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /** Discovers providers through this class loader (default: the thread's context class loader). */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /** The User-Agent for fetching URLs. */
        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
            return this;
        }

        /** The connect timeout for fetching URLs. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Discovers the providers and builds the instance.
         *
         * @throws LedeException if a requested annotator is missing or annotators conflict
         */
        public Lede build() {
            return new Lede(this);
        }
    }
}
