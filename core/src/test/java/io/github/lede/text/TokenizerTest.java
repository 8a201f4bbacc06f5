package io.github.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    /** Tokens as {@code text/KIND}, space-separated, after checking the offset invariants. */
    static String render(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        assertInvariants(text, 0, text.length(), tokens);
        return tokens.stream().map(t -> t.text() + "/" + t.kind()).collect(Collectors.joining(" "));
    }

    static List<String> texts(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        assertInvariants(text, 0, text.length(), tokens);
        return tokens.stream().map(Token::text).toList();
    }

    /** Exact surface forms, in order, no overlap, and every non-space character inside a token. */
    static void assertInvariants(String text, int from, int to, List<Token> tokens) {
        int pos = from;
        for (Token t : tokens) {
            assertEquals(text.substring(t.start(), t.end()), t.text());
            assertTrue(t.start() >= pos && t.end() > t.start() && t.end() <= to, () -> "bad token " + t);
            for (int i = pos; i < t.start(); i++) {
                assertTrue(Tokenizer.isSpace(text.charAt(i)), "non-space character outside tokens at " + i);
            }
            pos = t.end();
        }
        for (int i = pos; i < to; i++) {
            assertTrue(Tokenizer.isSpace(text.charAt(i)), "non-space character outside tokens at " + i);
        }
    }

    @Test
    void possessivesSplitOff() {
        assertEquals("Netanyahu/WORD ’s/POSSESSIVE war/WORD", render("Netanyahu’s war"));
        assertEquals("Halevi/WORD ‘s/POSSESSIVE situational/WORD", render("Halevi‘s situational"));
        assertEquals("Hamas/WORD ’s/POSSESSIVE demands/WORD", render("Hamas’s demands"));
        assertEquals("Hamas/WORD ’/POSSESSIVE demands/WORD", render("Hamas’ demands"));
        assertEquals("council/WORD 's/POSSESSIVE", render("council's"));
    }

    @Test
    void innerApostrophesAndHyphensStayInWords() {
        assertEquals(List.of("O’Neill", "said", "Mensah-Darko", "don’t", "use", "e-mail"),
                texts("O’Neill said Mensah-Darko don’t use e-mail"));
        assertEquals(List.of("Kieran", "O‘Donnell"), texts("Kieran O‘Donnell"));
        assertEquals(List.of("rock", "’n’", "roll", "in", "the", "’90s"), texts("rock ’n’ roll in the ’90s"));
        assertEquals("COVID-19/WORD", render("COVID-19"));
    }

    @Test
    void abbreviationsAndInitialsKeepTheirPeriods() {
        assertEquals(List.of("U.S.", "Secretary", "Dr.", "Ashby", "met", "Jan.", "8", "at", "9", "a.m.", ",", "e.g.",
                        "today", "."),
                texts("U.S. Secretary Dr. Ashby met Jan. 8 at 9 a.m., e.g. today."));
        assertEquals(List.of("J.", "R.", "R.", "Tolkien"), texts("J. R. R. Tolkien"));
        assertEquals(List.of("Antony", "J.", "Blinken", "said", "."), texts("Antony J. Blinken said."));
        assertEquals(List.of("former", "U.S", "Secretary"), texts("former U.S Secretary"));
        assertEquals(List.of("in", "the", "sun", "."), texts("in the sun."), "case matters: sun. is no abbreviation");
        assertEquals(List.of("It", "is", "No.", "1", "and", "no.", "2"), texts("It is No. 1 and no. 2"));
        assertEquals(List.of("Voters", "said", "no", ".", "No", "."), texts("Voters said no. No."),
                "no. is a number sign only before a number");
    }

    @Test
    void numbersKeepSeparators() {
        assertEquals("3.5/NUMBER percent/WORD", render("3.5 percent"));
        assertEquals("8,412/NUMBER residents/WORD", render("8,412 residents"));
        assertEquals("2/NUMBER -/PUNCTUATION 1/NUMBER", render("2-1"));
        assertEquals("£/SYMBOL 28,000/NUMBER ,/PUNCTUATION 12/NUMBER", render("£28,000, 12"));
        assertEquals("1/NUMBER ,/PUNCTUATION 20/NUMBER", render("1,20"), "not a thousands group");
    }

    @Test
    void quotesDashesAndPunctuation() {
        assertEquals("“/QUOTE Yes/WORD ,/PUNCTUATION ”/QUOTE he/WORD said/WORD —/PUNCTUATION then/WORD …/PUNCTUATION",
                render("“Yes,” he said — then …"));
        assertEquals("‘/QUOTE We/WORD can’t/WORD ,/PUNCTUATION ’/QUOTE she/WORD", render("‘We can’t,’ she"));
        assertEquals("wait/WORD .../PUNCTUATION what/WORD", render("wait...what"));
        assertEquals("„/QUOTE Nein/WORD “/QUOTE", render("„Nein“"));
    }

    @Test
    void pluralMarkClosesAnOpenSingleQuotation() {
        assertEquals("‘/QUOTE the/WORD boys/WORD ’/QUOTE ,/PUNCTUATION he/WORD", render("‘the boys’, he"));
        assertEquals("the/WORD boys/WORD ’/POSSESSIVE club/WORD", render("the boys’ club"));
    }

    @Test
    void urlsAndEmailsAreSingleTokens() {
        assertEquals("see/WORD https://example.org/a?b=c(1)/SYMBOL ./PUNCTUATION",
                render("see https://example.org/a?b=c(1)."));
        assertEquals("(/PUNCTUATION www.example.com/SYMBOL )/PUNCTUATION", render("(www.example.com)"));
        assertEquals("mail/WORD john.smith@example.co.uk/WORD ./PUNCTUATION", render("mail john.smith@example.co.uk."));
        assertEquals("a/WORD @/PUNCTUATION b/WORD", render("a @ b"));
    }

    @Test
    void surrogatesAndJunk() {
        String math = "x\uD835\uDC00y"; // a mathematical bold capital A between letters
        assertEquals(List.of(math), texts(math));
        assertEquals("ok/WORD \uD83D\uDE00/SYMBOL", render("ok \uD83D\uDE00"));
        assertEquals("a/WORD \uD800/SYMBOL b/WORD \uDC00/SYMBOL", render("a\uD800b\uDC00"));
        // a pair cut by the end of the range: the high surrogate alone is a symbol
        String s = "ab\uD83D\uDE00";
        List<Token> cut = Tokenizer.tokenize(s, 0, 3);
        assertEquals(List.of("ab", "\uD83D"), cut.stream().map(Token::text).toList());
        Random random = new Random(42);
        char[] junk = new char[50_000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (char) random.nextInt(0x10000);
        }
        String j = new String(junk);
        assertInvariants(j, 0, j.length(), Tokenizer.tokenize(j));
    }

    @Test
    void rangeOffsetsIndexTheWholeText() {
        String text = "Skip this. Blinken’s meeting";
        List<Token> tokens = Tokenizer.tokenize(text, 11, text.length());
        assertInvariants(text, 11, text.length(), tokens);
        assertEquals(11, tokens.get(0).start());
        assertEquals("Blinken", tokens.get(0).text());
        assertThrows(IndexOutOfBoundsException.class, () -> Tokenizer.tokenize(text, 5, 99));
    }

    @Test
    void longLinesStayLinear() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 200_000) {
            sb.append("a.b@c.d.e.f-g’h ’s.. U.S.A. 1,234.5 ");
        }
        String line = sb.toString();
        assertInvariants(line, 0, line.length(), Tokenizer.tokenize(line));
        String oneWord = "x".repeat(200_000) + ".";
        assertEquals(2, Tokenizer.tokenize(oneWord).size());
        String dotted = "a.".repeat(100_000);
        assertEquals(List.of(dotted), texts(dotted));
    }

    @Test
    void tokenHelpers() {
        Token blinken = Tokenizer.tokenize("Blinken").get(0);
        assertTrue(blinken.isWord() && blinken.isCapitalized());
        assertFalse(blinken.isAllCaps());
        assertTrue(Tokenizer.tokenize("NATO").get(0).isAllCaps());
        assertTrue(Tokenizer.tokenize("U.S.").get(0).isAllCaps());
        assertFalse(Tokenizer.tokenize("A").get(0).isAllCaps(), "one letter is not enough");
        assertThrows(IllegalArgumentException.class, () -> new Token(0, 2, "abc", TokenKind.WORD));
    }
}
