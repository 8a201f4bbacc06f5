package io.github.lede.extractor.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.AnalysisTimeoutException;
import io.github.lede.Limits;
import io.github.lede.model.Article;
import io.github.lede.model.Quote;
import io.github.lede.model.QuoteType;
import io.github.lede.model.Speaker;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.Annotator;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Behaviour on small articles: splits, Q&A, terms, unbalanced marks, limits. */
class QuoteAnnotatorTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixtures.quotes(text, List.of());
    }

    @Test
    void splitQuoteGivesTwoDirectQuotesWithOneSpeakerAndCue() {
        List<Quote> q = quotes("Gov. Teresa Lindqvist spoke on Tuesday.\n\n"
                + "“We waited eleven months for this,” Lindqvist said, “and the people waited longer.”");
        assertEquals(2, q.size());
        for (Quote quote : q) {
            assertEquals(QuoteType.DIRECT, quote.type());
            assertEquals("Teresa Lindqvist", quote.speaker().orElseThrow().name());
            assertEquals("said", quote.cue().orElseThrow().text());
        }
        assertEquals("We waited eleven months for this,", q.get(0).text());
        assertEquals("and the people waited longer.", q.get(1).text());
    }

    @Test
    void partialAndReportedSpeechAreTyped() {
        List<Quote> q = quotes("Sen. Dale Mercer said he had offered to support a narrower bill. "
                + "He called the final version “reckless” and “a gift to the trial lawyers.”");
        assertEquals(List.of(QuoteType.INDIRECT, QuoteType.PARTIAL, QuoteType.PARTIAL), q.stream().map(Quote::type).toList());
        assertEquals("he had offered to support a narrower bill", q.get(0).text());
        assertEquals("reckless", q.get(1).text());
        q.forEach(x -> assertEquals("Dale Mercer", x.speaker().orElseThrow().name()));
    }

    @Test
    void namesAndTermsInQuoteMarksAreNotQuotes() {
        assertEquals(List.of(), quotes("The word “woke” appears nowhere in the bill."));
        assertEquals(List.of(), quotes("The span, known locally as \"the Rattler\" for its noise, carries 6,000 cars."));
        assertEquals(List.of(), quotes("The coach, Lyle “Shorty” Bannerman, was suspended on Wednesday."));
    }

    @Test
    void interviewAnswersBelongToTheInterviewee() {
        List<Quote> q = quotes("Dr. Yusra Khalidi runs Selkie Tidal. Khalidi spoke about investors.\n\n"
                + "Q: Why did you keep going?\n\nA: Because both times we knew why it failed.\n\n"
                + "The second one hurt more, and I had to watch.");
        assertEquals(2, q.size());
        assertEquals("Because both times we knew why it failed.", q.get(0).text());
        assertEquals("A:", q.get(0).cue().orElseThrow().text());
        assertEquals("Yusra Khalidi", q.get(1).speaker().map(Speaker::name).orElseThrow());
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        String text = "Laura Mendes owns the bakery. \"I'll survive. I just want it fixed.\n\n"
                + "A public hearing is scheduled. \"We are ready,\" Mayor Gloria Stanhope said.";
        List<Quote> q = quotes(text);
        assertEquals(2, q.size());
        assertEquals("I'll survive. I just want it fixed.", q.get(0).text());
        assertEquals("We are ready,", q.get(1).text());
        assertEquals("Gloria Stanhope", q.get(1).speaker().orElseThrow().name());
    }

    @Test
    void thousandsOfUnbalancedMarksNeitherHangNorSwallowTheArticle() {
        StringBuilder sb = new StringBuilder("Officials spoke. “An unclosed start");
        for (int i = 0; i < 5_000; i++) {
            sb.append(i % 3 == 0 ? " “x" : i % 3 == 1 ? " ‘y" : " \"z");
        }
        sb.append("\n\nThe council said it would meet again on Monday.");
        String text = sb.toString();
        List<Quote> q = quotes(text);
        int firstBreak = text.indexOf("\n\n");
        for (Quote quote : q) {
            assertTrue(quote.end() <= firstBreak || quote.start() > firstBreak, "crosses a paragraph: " + quote);
        }
        assertTrue(q.stream().anyMatch(x -> x.type() == QuoteType.INDIRECT && x.text().startsWith("it would meet")));
    }

    @Test
    void quotesLongerThanTheLimitAreDropped() {
        Article a = Article.builder("“This quote is far longer than twenty characters,” she said.").build();
        AnalysisContext ctx = AnalysisContext.start(Limits.DEFAULT.withMaxQuoteChars(20), null);
        assertEquals(List.of(), new QuoteAnnotator().annotate(a, ctx).quotes());
    }

    @Test
    void theTimeBudgetIsChecked() {
        Article a = Article.builder("“A,” he said. ".repeat(200)).build();
        AnalysisContext ctx = AnalysisContext.start(Limits.DEFAULT.withTimeBudget(Duration.ofNanos(1)), null);
        assertThrows(AnalysisTimeoutException.class, () -> new QuoteAnnotator().annotate(a, ctx));
    }

    @Test
    void isRegisteredAsTheQuotesAnnotatorAfterEntities() {
        Annotator a = ServiceLoader.load(Annotator.class).stream().map(ServiceLoader.Provider::get)
                .filter(x -> x.name().equals("quotes")).findFirst().orElseThrow();
        assertEquals(java.util.Set.of("entities"), a.requires());
    }
}
