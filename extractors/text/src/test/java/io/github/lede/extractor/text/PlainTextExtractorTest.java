package io.github.lede.extractor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.AnalysisTimeoutException;
import io.github.lede.Limits;
import io.github.lede.UnsupportedInputException;
import io.github.lede.model.Article;
import io.github.lede.model.Paragraph;
import io.github.lede.model.ParagraphKind;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.Provider;
import io.github.lede.spi.Source;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each rule of the plain-text extractor on a small text written for it. */
class PlainTextExtractorTest {

    private final PlainTextExtractor extractor = new PlainTextExtractor();

    private Article extract(String text) {
        return extractor.extract(Source.text(text).build(), AnalysisContext.standalone());
    }

    private static List<String> blocks(Article a) {
        return a.paragraphs().stream().map(p -> p.text(a.text())).toList();
    }

    private static List<ParagraphKind> kinds(Article a) {
        return a.paragraphs().stream().map(Paragraph::kind).toList();
    }

    @Test
    void isTheFallbackTextProvider() {
        assertEquals("text", extractor.name());
        assertEquals(Provider.FALLBACK, extractor.priority());
    }

    @Test
    void supportsPlainTextButNotHtmlOrBinary() {
        assertTrue(extractor.supports(Source.text("Council votes to close bridge\n\nThe vote was 5-2.").build()));
        assertTrue(extractor.supports(Source.bytes("Plain words.".getBytes(StandardCharsets.UTF_8))
                .contentType("text/plain; charset=utf-8").build()));
        assertFalse(extractor.supports(Source.text("<html><body><p>Hello</p></body></html>").build()));
        assertFalse(extractor.supports(Source.text("Hello").contentType("text/html").build()));
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        assertFalse(extractor.supports(Source.bytes(junk).build()));
        assertFalse(extractor.supports(Source.bytes(junk).contentType("text/plain").build()));
    }

    @Test
    void binaryDeclaredAsTextIsRefusedWithATypedException() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Source source = Source.bytes(junk).contentType("text/plain").build();
        assertThrows(UnsupportedInputException.class, () -> extractor.extract(source, AnalysisContext.standalone()));
    }

    @Test
    void emptyAndBlankInputGiveAnEmptyArticle() {
        for (String input : List.of("", "   ", "\n\n\r\n\t \n", "\u2029")) {
            Article a = extract(input);
            assertEquals("", a.text());
            assertTrue(a.paragraphs().isEmpty());
            assertTrue(a.title().isEmpty());
        }
        Article fromBytes = extractor.extract(Source.bytes(new byte[0]).contentType("text/plain").build(),
                AnalysisContext.standalone());
        assertEquals("", fromBytes.text());
    }

    @Test
    void headlineWithoutFinalPunctuationBecomesTheTitleAndLeavesTheBody() {
        Article a = extract("Council votes to close bridge\n\nThe council voted 5-2 on Monday.\n\nWork starts in May.\n");
        assertEquals("Council votes to close bridge", a.title().orElseThrow());
        assertEquals("The council voted 5-2 on Monday.\n\nWork starts in May.", a.text());
    }

    @Test
    void aLongFirstLineIsAParagraphNotATitle() {
        String lead = "The council voted on Monday night to close the bridge to all vehicles from April, after engineers "
                + "found that corrosion had eaten through a third of the steel in two of its main beams";
        Article a = extract(lead + "\n\nWork starts in May.");
        assertTrue(a.title().isEmpty());
        assertEquals(List.of(lead, "Work starts in May."), blocks(a));
    }

    @Test
    void aTitleHintWinsAndARepeatedHeadlineIsRemoved() {
        Source s = Source.text("Bridge to close\n\nThe council voted 5-2.").hint(Source.HINT_TITLE, "Bridge  to close")
                .build();
        Article a = extractor.extract(s, AnalysisContext.standalone());
        assertEquals("Bridge  to close", a.title().orElseThrow());
        assertEquals("The council voted 5-2.", a.text());
    }

    @Test
    void lineBreaksOfEveryKindAreUnifiedAndControlCharactersRemoved() {
        Article a = extract("Bridge to close\r\n\r\nFirst \u0007paragraph.\r\rSecond one.\rThird\u2028one.\u2029Fourth.");
        assertEquals(List.of("First paragraph.", "Second one.", "Third", "one.", "Fourth."), blocks(a));
        assertEquals("First paragraph.\n\nSecond one.\n\nThird\n\none.\n\nFourth.", a.text());
    }

    @Test
    void charactersOtherThanControlsAreKeptExactly() {
        String body = "“It’s ‘fine’,” said O‘Donnell\u00A0— «non» „ja“ \t café…";
        Article a = extract(body);
        assertEquals(body, a.text());
    }

    @Test
    void hardWrappedParagraphsAreJoinedWithASpace() {
        String text = """
                Storm closes causeway

                The Route 9 causeway linking the town to the island has been closed
                in both directions, according to the police department. Officers are
                turning back cars at the roundabout near the harbor.

                Two cars were swept off the road near the island end earlier in the
                afternoon, but both drivers were pulled out by firefighters, the
                police chief said, adding that the road would stay shut overnight.

                Repairs to the causeway are expected to take the county's well-
                known contractor three weeks.
                """;
        Article a = extract(text);
        assertEquals("Storm closes causeway", a.title().orElseThrow());
        assertEquals(List.of(
                "The Route 9 causeway linking the town to the island has been closed in both directions, according "
                        + "to the police department. Officers are turning back cars at the roundabout near the harbor.",
                "Two cars were swept off the road near the island end earlier in the afternoon, but both drivers "
                        + "were pulled out by firefighters, the police chief said, adding that the road would stay "
                        + "shut overnight.",
                "Repairs to the causeway are expected to take the county's well-known contractor three weeks."), blocks(a));
    }

    @Test
    void inWrappedTextAShortLineEndsItsBlock() {
        String text = """
                The Route 9 causeway linking the town to the island has been closed
                in both directions, according to the police department, and officers
                are turning back cars.
                Repairs begin Monday
                Crews will replace the two damaged spans first, the county said, and
                expect to reopen one lane by the end of the month if the weather holds.
                """;
        Article a = extract(text);
        assertEquals(List.of(
                "The Route 9 causeway linking the town to the island has been closed in both directions, according "
                        + "to the police department, and officers are turning back cars.",
                "Repairs begin Monday",
                "Crews will replace the two damaged spans first, the county said, and expect to reopen one lane by "
                        + "the end of the month if the weather holds."), blocks(a));
        assertEquals(List.of(ParagraphKind.PARAGRAPH, ParagraphKind.HEADING, ParagraphKind.PARAGRAPH), kinds(a));
    }

    @Test
    void wrappedTextWithoutBlankLinesBreaksWhereTheNextWordWouldHaveFitted() {
        String text = """
                Harbor finance chief convicted of stealing $4.2 million
                A federal jury on Friday convicted the former finance director of the
                harbor authority of embezzling $4.2 million over six years.
                His wife, seated in the second row, wept quietly as the verdict was
                read.
                Sentencing is set for June.
                """;
        Article a = extract(text);
        assertEquals("Harbor finance chief convicted of stealing $4.2 million", a.title().orElseThrow());
        assertEquals(List.of("A federal jury on Friday convicted the former finance director of the harbor authority "
                + "of embezzling $4.2 million over six years.",
                "His wife, seated in the second row, wept quietly as the verdict was read.",
                "Sentencing is set for June."), blocks(a));
    }

    @Test
    void shortLinesThatEndSentencesAreNotMistakenForWrapping() {
        String text = "Bridge to close\n\nThe council met on Monday.\nIt voted 5-2 to close the bridge.\n"
                + "Work starts in May.\n";
        assertEquals(List.of("The council met on Monday.", "It voted 5-2 to close the bridge.", "Work starts in May."),
                blocks(extract(text)));
    }

    @Test
    void bulletsAndNumbersMakeListItems() {
        String text = "Bridge to close\n\nThe council listed three steps:\n- close the bridge\n* hire engineers\n"
                + "• reopen in 2026\n1. Vote again in May.\n2) Publish the report.\nThat was all.";
        Article a = extract(text);
        assertEquals(List.of("The council listed three steps:", "close the bridge", "hire engineers",
                "reopen in 2026", "1. Vote again in May.", "2) Publish the report.", "That was all."), blocks(a));
        assertEquals(List.of(ParagraphKind.PARAGRAPH, ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM,
                ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM, ParagraphKind.PARAGRAPH),
                kinds(a));
    }

    @Test
    void quotedLinesAreBlockquotesWithoutTheirMarker() {
        Article a = extract("Bridge to close\n\nThe engineer wrote:\n\n> The beams cannot carry trucks.\n\nThe council agreed.");
        assertEquals(List.of("The engineer wrote:", "The beams cannot carry trucks.", "The council agreed."), blocks(a));
        assertEquals(ParagraphKind.BLOCKQUOTE, a.paragraphs().get(1).kind());
    }

    @Test
    void markdownHeadingsAndSeparatorsAreRecognised() {
        Article a = extract("# Bridge to close\n\nThe council voted.\n\n* * *\n\n## What happens next\n\nWork starts soon.");
        assertEquals("Bridge to close", a.title().orElseThrow());
        assertEquals(List.of("The council voted.", "What happens next", "Work starts soon."), blocks(a));
        assertEquals(ParagraphKind.HEADING, a.paragraphs().get(1).kind());
    }

    @Test
    void subheadingsNeedToBeShortUnpunctuatedAndFollowedByText() {
        Article a = extract("Bridge to close\n\nThe council voted.\n\nWhat Happens To Commuters Now\n\n"
                + "Buses will run every ten minutes.\n\n“We are not done”\n\nThe mayor said it twice.\n\n"
                + "Engineers found corrosion in two beams\n\nAttendance: 80.\n\nOur thanks to readers");
        assertEquals(List.of(ParagraphKind.PARAGRAPH, ParagraphKind.HEADING, ParagraphKind.PARAGRAPH,
                ParagraphKind.PARAGRAPH, ParagraphKind.PARAGRAPH, ParagraphKind.HEADING, ParagraphKind.PARAGRAPH,
                ParagraphKind.PARAGRAPH), kinds(a));
    }

    @Test
    void liveBlogTimeStampsAreHeadingsOfTheirOwn() {
        Article a = extract("Storm live\n\n3:15 p.m.\nOutages climb to 84,000\n\nPower is out for 84,000 homes.\n\n"
                + "14:05 BST\nThe causeway is closed.");
        assertEquals(List.of("3:15 p.m.", "Outages climb to 84,000", "Power is out for 84,000 homes.", "14:05 BST",
                "The causeway is closed."), blocks(a));
        assertEquals(List.of(ParagraphKind.HEADING, ParagraphKind.HEADING, ParagraphKind.PARAGRAPH,
                ParagraphKind.HEADING, ParagraphKind.PARAGRAPH), kinds(a));
    }

    @Test
    void furnitureLinesAreLeftOut() {
        String text = String.join("\n\n", "Bridge to close", "Last updated 3:15 p.m., Monday, March 3, 2025",
                "The council voted 5-2 on Monday.", "READ ALSO: Council approves budget", "Advertisement",
                "Related: How the bridge was built", "Photo: The bridge at dusk. Jane Doe / Town Herald",
                "(AP Photo/Jane Doe)", "Share this story", "Follow us on Facebook", "Click here for more",
                "Sign up for our newsletter to get the news first.", "Work starts in May.",
                "Read more in our Bridges series", "(Reporting by Jane Doe; Editing by John Roe)",
                "© 2025 Town Herald. All rights reserved.", "Advertisement - Continue Reading Below",
                "Related Articles", "Privacy Policy", "Share this article", "Sign me up");
        Article a = extract(text);
        assertEquals("The council voted 5-2 on Monday.\n\nWork starts in May.", a.text());
    }

    @Test
    void furnitureWordsInsideRealSentencesStay() {
        List<String> paragraphs = List.of(
                "The mayor told residents to share rides and to follow the detour signs.",
                "Share prices fell 4 percent after the vote.",
                "Follow the money, the auditor said.",
                "Support for the plan came from union members and the chamber of commerce.",
                "Photo radar will be installed on the detour, the police said.",
                "Subscribers to the town newsletter were told first, the clerk said.",
                "Related costs were not disclosed.",
                "Updated figures are due in May.",
                "Advertisement spending by the town fell by a third.",
                "Contact us before Friday, the notice told residents who want to object to the closure.",
                "Like the rest of us, the mayor drives across the bridge every day.");
        Article a = extract("Bridge to close\n\n" + String.join("\n\n", paragraphs));
        assertEquals(paragraphs, blocks(a));
    }

    @Test
    void aBylineBecomesTheAuthors() {
        Article a = extract("Bridge to close\n\nBy Jane Doe and John Roe, town hall reporters\n\nThe council voted.");
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors());
        assertEquals("The council voted.", a.text());
        Article notByline = extract("Bridge to close\n\nBy the numbers\n\nThe council voted.");
        assertTrue(notByline.authors().isEmpty());
        assertEquals(List.of("By the numbers", "The council voted."), blocks(notByline));
    }

    @Test
    void aVeryLongSingleLineIsOneParagraph() {
        String sentence = "The council voted again on the bridge, and the result was the same as before. ";
        String line = sentence.repeat(200_000 / sentence.length() + 1).strip();
        assertTrue(line.length() > 200_000);
        Article a = extract(line);
        assertEquals(line, a.text());
        assertEquals(List.of(new Paragraph(0, line.length(), ParagraphKind.PARAGRAPH)), a.paragraphs());
    }

    @Test
    void anExpiredBudgetStopsExtraction() {
        Source s = Source.text("Bridge to close\n\nThe council voted.").build();
        AnalysisContext expired = AnalysisContext.start(Limits.DEFAULT.withTimeBudget(Duration.ofNanos(1)), s);
        assertThrows(AnalysisTimeoutException.class, () -> extractor.extract(s, expired));
    }
}
