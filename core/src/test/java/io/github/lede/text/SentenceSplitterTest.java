package io.github.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.lede.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    static Path sharedDir() {
        return Path.of(System.getProperty("lede.shared.dir", "../../shared"));
    }

    static List<String> sentences(String text) {
        List<Span> spans = SentenceSplitter.split(text);
        assertInvariants(text, 0, text.length(), spans);
        return spans.stream().map(s -> s.of(text)).toList();
    }

    /** Non-empty, trimmed, ordered, disjoint spans covering every non-space character of the range. */
    static void assertInvariants(String text, int from, int to, List<Span> spans) {
        int pos = from;
        for (Span s : spans) {
            assertTrue(s.start() >= pos && s.end() > s.start() && s.end() <= to, () -> "bad span " + s);
            assertFalse(Tokenizer.isSpace(text.charAt(s.start())), "untrimmed start");
            assertFalse(Tokenizer.isSpace(text.charAt(s.end() - 1)), "untrimmed end");
            for (int i = pos; i < s.start(); i++) {
                assertTrue(Tokenizer.isSpace(text.charAt(i)), "uncovered character at " + i);
            }
            pos = s.end();
        }
        for (int i = pos; i < to; i++) {
            assertTrue(Tokenizer.isSpace(text.charAt(i)), "uncovered character at " + i);
        }
    }

    @Test
    void splitsOnTerminatorsBeforeCapitalsDigitsAndQuotes() {
        assertEquals(List.of("He left.", "She stayed!", "Why?", "2024 was hard…", "“Fine,” he said."),
                sentences("He left. She stayed! Why? 2024 was hard… “Fine,” he said."));
        assertEquals(List.of("It rose 3.5 percent to $8,412.50 at 9 a.m. Monday, e.g. in the U.S. and Canada."),
                sentences("It rose 3.5 percent to $8,412.50 at 9 a.m. Monday, e.g. in the U.S. and Canada."));
        assertEquals(List.of("She paused... and went on."), sentences("She paused... and went on."));
        assertEquals(List.of("(It fell.)", "£5 buys less."), sentences("(It fell.) £5 buys less."));
    }

    @Test
    void abbreviationsAndInitialsDoNotSplit() {
        assertEquals(List.of("J. R. R. Tolkien met Antony J. Blinken and Dr. Ashby on Jan. 8 in St. Louis."),
                sentences("J. R. R. Tolkien met Antony J. Blinken and Dr. Ashby on Jan. 8 in St. Louis."));
        assertEquals(List.of("U.S. Secretary of State Antony Blinken spoke."),
                sentences("U.S. Secretary of State Antony Blinken spoke."));
        assertEquals(List.of("It is No. 1 in the U.S.", "The rest follow."),
                sentences("It is No. 1 in the U.S. The rest follow."));
        assertEquals(List.of("He joined Acme Inc.", "Chief Executive Jane Doe welcomed him."),
                sentences("He joined Acme Inc. Chief Executive Jane Doe welcomed him."));
        assertEquals(List.of("See www.example.com/a.b for more.", "Then go."),
                sentences("See www.example.com/a.b for more. Then go."));
    }

    @Test
    void quotationWithAttributionStaysOneSentence() {
        String halevi = "“I hope all of them, we are making a big effort on this. It won’t happen without military "
                + "pressure,” Halevi was quoted as saying.";
        assertEquals(List.of(halevi), sentences(halevi));
        assertEquals(List.of("“What do you do? You have to stop them,” she said."),
                sentences("“What do you do? You have to stop them,” she said."));
        assertEquals(List.of("“I never touched him. He went down” he said."),
                sentences("“I never touched him. He went down” he said."));
        assertEquals(List.of("«This is not a rescue plan. It is a funeral,» he said."),
                sentences("«This is not a rescue plan. It is a funeral,» he said."));
        assertEquals(List.of("‘We can’t go on. It hurts,’ she said."),
                sentences("‘We can’t go on. It hurts,’ she said."));
    }

    @Test
    void sentenceEndsAfterAttributionAndAfterClosingQuote() {
        assertEquals(List.of("“It’s a penalty all day long,” he said.", "“Callum’s had hold of him.”"),
                sentences("“It’s a penalty all day long,” he said. “Callum’s had hold of him.”"));
        assertEquals(List.of("He added, “That being done, many things can be achieved.”", "Blinken agreed."),
                sentences("He added, “That being done, many things can be achieved.” Blinken agreed."));
        assertEquals(List.of("“Go.", "Now.”", "He left."), sentences("“Go. Now.” He left."));
    }

    @Test
    void unclosedQuotationEndsWithItsParagraph() {
        assertEquals(List.of("“I’ll survive.", "I just want it fixed.", "Next paragraph."),
                sentences("“I’ll survive. I just want it fixed.\n\nNext paragraph."));
        assertEquals(List.of("A ” stray.", "B “ stray."), sentences("A ” stray. B “ stray."));
    }

    @Test
    void everyLineBreakEndsASentence() {
        assertEquals(List.of("Headline without stop", "Body starts here"),
                sentences("  Headline without stop\r\nBody starts here  \n"));
        assertEquals(List.of(), sentences(" \n\t "));
    }

    @Test
    void listAndInterviewMarkersStayWithTheirLine() {
        assertEquals(List.of("1. High-Protein Meals Are Here to Stay", "Q. What is it?", "A. A tool.", "It helps."),
                sentences("1. High-Protein Meals Are Here to Stay\nQ. What is it?\nA. A tool. It helps."));
        assertEquals(List.of("2024.", "The year began."), sentences("2024. The year began."));
    }

    @Test
    void rangeOffsetsIndexTheWholeText() {
        String text = "Skip. Mr. Smith left. He ran.";
        List<Span> spans = SentenceSplitter.split(text, 6, text.length());
        assertInvariants(text, 6, text.length(), spans);
        assertEquals(List.of(new Span(6, 21), new Span(22, 29)), spans);
    }

    @Test
    void blinkenSampleSentences() throws IOException {
        Path file = sharedDir().resolve("corpus/blinken-hostages.txt");
        assumeTrue(Files.isRegularFile(file), "shared corpus not present");
        String text = Files.readString(file);
        List<String> sentences = sentences(text);
        assertEquals(29, text.lines().count());
        assertEquals("U.S. Secretary of State, Antony Blinken has discussed efforts to free hostages held by Hamas "
                + "militants in Gaza.", sentences.get(0));
        assertTrue(sentences.contains("“I hope all of them, we are making a big effort on this. It won’t happen "
                + "without military pressure,” Halevi was quoted as saying."));
        assertTrue(sentences.contains("Former U.S Secretary Of State Calls For Netanyahu’s Ouster"));
        assertTrue(sentences.contains("He added, “That being done, many things can be achieved.”"));
        assertTrue(sentences.contains("“Netanyahu should go. He is not a trustworthy leader. It was on his watch that "
                + "the [October 7] attack happened,” Clinton told a news agency."));
        assertTrue(sentences.contains("“What do you do with an aggressor? You have to stop them,” she said."));
        // every line of the sample is exactly one sentence
        assertEquals(text.lines().filter(l -> !l.isBlank()).map(String::strip).toList(), sentences);
    }

    @Test
    void wholeCorpusKeepsTheInvariants() throws IOException {
        Path dir = sharedDir().resolve("corpus");
        assumeTrue(Files.isDirectory(dir), "shared corpus not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        int total = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            int lineStart = 0;
            for (String line : text.split("\n", -1)) {
                List<Span> spans = SentenceSplitter.split(text, lineStart, lineStart + line.length());
                assertInvariants(text, lineStart, lineStart + line.length(), spans);
                total += spans.size();
                lineStart += line.length() + 1;
            }
            assertInvariants(text, 0, text.length(), SentenceSplitter.split(text));
        }
        assertTrue(total > 14 * 15, "the corpus has hundreds of sentences, got " + total);
    }

    @Test
    void realCorpusSplitsWhereAReaderWould() throws IOException {
        Path dir = sharedDir().resolve("corpus");
        assumeTrue(Files.isDirectory(dir), "shared corpus not present");
        List<String> uk = sentences(Files.readString(dir.resolve("uk-wexley-parking.txt")));
        assertTrue(uk.contains("‘Nobody on this board wanted to do this,’ Dr Ashby said."));
        assertTrue(uk.contains("‘She told us then it was “a one-off”,’ she said."));
        List<String> health = sentences(Files.readString(dir.resolve("health-measles-alder.txt")));
        assertTrue(health.stream().anyMatch(s -> s.startsWith("Dr. Nadia Petrossian, the county’s health officer")));
        List<String> rail = sentences(Files.readString(dir.resolve("senate-rail-safety.txt")));
        assertTrue(rail.stream().anyMatch(s -> s.startsWith("Sen. Victor Aldana (D-N.M.), the bill’s lead sponsor,")
                && s.endsWith("who were evacuated.")));
    }

    @Test
    void longLineAndUnbalancedQuotesStayLinear() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 200_000) {
            sb.append("“He said. It is 3.5 U.S. J. ‘ok’ ” Mr. Smith’s. ");
        }
        String line = sb.toString();
        List<Span> spans = SentenceSplitter.split(line);
        assertInvariants(line, 0, line.length(), spans);
        assertTrue(spans.size() > 1000);
        String quotes = "“ ” „ ‘ ’ « » \" ' ".repeat(500) + "Word. Another.";
        assertInvariants(quotes, 0, quotes.length(), SentenceSplitter.split(quotes));
        String glued = "“”’‘\"".repeat(1000) + ". A.";
        assertInvariants(glued, 0, glued.length(), SentenceSplitter.split(glued));
    }
}
