package io.github.lede.examples.topic;

import io.github.lede.model.Article;
import io.github.lede.model.Quote;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.Annotator;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An example annotator plugin: keeps only the quotes about a topic, given as keywords. A quote is
 * about the topic when its words contain one of the keywords as a whole word or phrase, ignoring
 * case: {@code hostages} matches “bring back the Hostages.” but not “hostage”; {@code cease-fire}
 * or {@code military pressure} match as written (any run of spaces between a phrase's words).
 * The article's other findings — text, entities — are kept; the quotes keep their ids.
 *
 * <p>The {@link io.github.lede.model.Quote} model has no tag field, so “tagging” here means
 * filtering: the annotator returns the article with the off-topic quotes removed. It is named
 * {@code topic} and {@link #requires()} the {@code quotes} annotator, so it runs after it.
 *
 * <p>Register it on one instance:
 * <pre>{@code
 * Lede lede = Lede.builder()
 *         .addProvider(new TopicTagger(List.of("hostages", "cease-fire")))
 *         .annotators("entities", "quotes", "topic")
 *         .build();
 * }</pre>
 * or, to have every {@code Lede} on a class path run it, list it in
 * {@code META-INF/services/io.github.lede.spi.Annotator}: {@link java.util.ServiceLoader} then
 * creates it with {@link #TopicTagger()}, which reads the comma-separated keywords from the system
 * property {@value #KEYWORDS_PROPERTY} when each {@code Lede} is built. Lede's own CLI jar does
 * not register it, so that it does not change every run.
 *
 * <p>With no keywords it keeps every quote. Immutable and thread-safe.
 */
public final class TopicTagger implements Annotator {

    /** The system property the no-argument constructor reads: keywords separated by commas. */
    public static final String KEYWORDS_PROPERTY = "lede.topic.keywords";

    private final List<String> keywords;
    private final Pattern topic;

    /** A tagger for the keywords in the system property {@value #KEYWORDS_PROPERTY}, as ServiceLoader creates it. */
    public TopicTagger() {
        this(Arrays.asList(System.getProperty(KEYWORDS_PROPERTY, "").split(",")));
    }

    /**
     * A tagger for these keywords or phrases; blank ones are ignored.
     *
     * @param keywords words or phrases that mark a quote as about the topic
     */
    public TopicTagger(Collection<String> keywords) {
        this.keywords = keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
        this.topic = this.keywords.isEmpty() ? null : Pattern.compile(
                this.keywords.stream().map(TopicTagger::phrase).collect(Collectors.joining("|",
                        "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A keyword as a pattern: its words literal, any whitespace between them. */
    private static String phrase(String keyword) {
        return Arrays.stream(keyword.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    }

    /** The keywords in use, stripped, without blanks or repeats. */
    public List<String> keywords() {
        return keywords;
    }

    /** {@code topic}. */
    @Override
    public String name() {
        return "topic";
    }

    /** {@code quotes}: there must be quotes to choose from. */
    @Override
    public Set<String> requires() {
        return Set.of("quotes");
    }

    /** Whether the quote's words contain one of the keywords (always true with no keywords). */
    public boolean isAbout(Quote quote) {
        return topic == null || topic.matcher(quote.text()).find();
    }

    /** The article with only the quotes that are {@linkplain #isAbout about} the topic. */
    @Override
    public Article annotate(Article article, AnalysisContext context) {
        if (topic == null) {
            return article;
        }
        List<Quote> kept = article.quotes().stream().filter(this::isAbout).toList();
        return kept.size() == article.quotes().size() ? article : article.toBuilder().quotes(kept).build();
    }

    @Override
    public String toString() {
        return "TopicTagger" + keywords;
    }
}
