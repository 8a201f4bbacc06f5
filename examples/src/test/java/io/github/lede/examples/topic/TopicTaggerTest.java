package io.github.lede.examples.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.lede.Lede;
import io.github.lede.model.Article;
import io.github.lede.model.Quote;
import io.github.lede.examples.TestArticles;
import io.github.lede.spi.Provider;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTaggerTest {

    private static final String BRIDGE = TestArticles.text(TestArticles.HARBOUR_BRIDGE);

    @Test
    void keepsTheQuotesThatContainAKeywordAsAWholeWordOrPhrase() {
        Lede lede = Lede.builder().addProvider(new TopicTagger(List.of("Bridge", " ferry   link ")))
                .annotators("entities", "quotes", "topic").build();

        Article article = lede.analyze(BRIDGE);

        assertEquals(List.of("Q2", "Q6", "Q7"), article.quotes().stream().map(Quote::id).toList());
        assertEquals("the council had ignored cheaper proposals to build a ferry link", article.quotes().get(2).text());
        assertEquals(List.of("E1", "E2", "E3", "E4"), article.entities().stream().map(e -> e.id()).toList());
    }

    @Test
    void aKeywordDoesNotMatchInsideALongerWord() {
        Lede lede = Lede.builder().addProvider(new TopicTagger(List.of("bridge"))).build();

        // Moreau's "patrol the bridges" is not about "bridge"
        Article article = lede.analyze(TestArticles.text(TestArticles.RIVER_FESTIVAL));

        assertEquals(List.of(), article.quotes());
    }

    @Test
    void withNoKeywordsEveryQuoteIsKept() {
        Article quoted = Lede.builder().annotators("entities", "quotes").build().analyze(BRIDGE);
        TopicTagger none = new TopicTagger(List.of(" ", ""));

        assertEquals(List.of(), none.keywords());
        assertSame(quoted, none.annotate(quoted, null));
    }

    @Test
    void runsAfterTheQuotesItRequires() {
        Lede lede = Lede.builder().addProvider(new TopicTagger(List.of("bridge"))).annotators("topic").build();

        assertEquals(List.of("entities", "quotes", "topic"), lede.annotators().stream().map(Provider::name).toList());
    }

    @Test
    void serviceLoaderFindsItWhereItIsRegisteredAndItReadsItsKeywordsFromTheSystemProperty() throws Exception {
        // the registration lives in its own folder, so that the other tests' Lede instances do not see it
        URL plugin = TopicTaggerTest.class.getResource("/topic-plugin/");
        String before = System.getProperty(TopicTagger.KEYWORDS_PROPERTY);
        System.setProperty(TopicTagger.KEYWORDS_PROPERTY, "ferry link,winter storms");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {plugin}, getClass().getClassLoader())) {
            Lede lede = Lede.builder().classLoader(loader).build();

            assertEquals(List.of("entities", "quotes", "topic"),
                    lede.annotators().stream().map(Provider::name).toList());
            assertEquals(List.of("Q3", "Q7"), lede.analyze(BRIDGE).quotes().stream().map(Quote::id).toList());
        } finally {
            if (before == null) {
                System.clearProperty(TopicTagger.KEYWORDS_PROPERTY);
            } else {
                System.setProperty(TopicTagger.KEYWORDS_PROPERTY, before);
            }
        }
    }

    @Test
    void isNotRegisteredForEveryLede() {
        assertFalse(Lede.create().registry().annotators().stream().anyMatch(a -> a instanceof TopicTagger));
    }
}
