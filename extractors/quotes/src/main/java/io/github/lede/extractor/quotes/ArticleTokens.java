package io.github.lede.extractor.quotes;

import io.github.lede.model.Article;
import io.github.lede.model.Paragraph;
import io.github.lede.model.ParagraphKind;
import io.github.lede.model.Span;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.text.SentenceSplitter;
import io.github.lede.text.Token;
import io.github.lede.text.TokenKind;
import io.github.lede.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The article text as tokens, each knowing its paragraph and sentence. Paragraphs come from the
 * article; an article without them is split at blank lines, or at line breaks when it has none.
 * One instance serves one annotation run.
 */
final class ArticleTokens {

    private static final String STAGE = "quote annotation";

    final String text;
    final List<Paragraph> paragraphs;
    final List<Token> tokens = new ArrayList<>();
    /** Index of the first token of each paragraph; one extra entry holds the token count. */
    final int[] paragraphStart;
    /** For each token, its sentence's first token index and end token index (exclusive). */
    private int[] sentenceFrom;
    private int[] sentenceTo;
    private int[] paragraphOf;

    ArticleTokens(Article article, AnalysisContext context) {
        this.text = article.text();
        this.paragraphs = article.paragraphs().isEmpty() ? splitParagraphs(text) : article.paragraphs();
        this.paragraphStart = new int[paragraphs.size() + 1];
        List<int[]> sentences = new ArrayList<>();
        String scan = doubledApostrophesAsMarks(text);
        for (int p = 0; p < paragraphs.size(); p++) {
            context.checkDeadline(STAGE);
            Paragraph para = paragraphs.get(p);
            paragraphStart[p] = tokens.size();
            int base = tokens.size();
            List<Token> own = Tokenizer.tokenize(scan, para.start(), para.end());
            tokens.addAll(own);
            int k = base;
            for (Span s : SentenceSplitter.split(text, para.start(), para.end())) {
                int from = k;
                while (k < tokens.size() && tokens.get(k).start() < s.end()) {
                    k++;
                }
                if (k > from) {
                    sentences.add(new int[] {from, k});
                }
            }
            if (k < tokens.size()) {
                sentences.add(new int[] {k, tokens.size()});
            }
        }
        paragraphStart[paragraphs.size()] = tokens.size();
        sentenceFrom = new int[tokens.size()];
        sentenceTo = new int[tokens.size()];
        for (int[] s : sentences) {
            for (int i = s[0]; i < s[1]; i++) {
                sentenceFrom[i] = s[0];
                sentenceTo[i] = s[1];
            }
        }
        paragraphOf = new int[tokens.size()];
        for (int p = 0; p < paragraphs.size(); p++) {
            for (int i = paragraphStart[p]; i < paragraphStart[p + 1]; i++) {
                paragraphOf[i] = p;
            }
        }
    }

    /**
     * The text to tokenize: {@code text} with every pair of straight apostrophes written as a
     * double quote mark ({@code ''Because they're worried,'' Mr. Biden said}, the style of
     * newswire archives) turned into one {@code "} padded with a space on the side away from the
     * words, so offsets stay those of {@code text}. A third apostrophe next to the pair is a
     * single mark nested inside ({@code say, 'What did he mean by that?'''}) and stays.
     */
    static String doubledApostrophesAsMarks(String text) {
        if (!text.contains("''")) {
            return text;
        }
        char[] out = text.toCharArray();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) != '\'') {
                continue;
            }
            int j = i;
            while (j < n && text.charAt(j) == '\'') {
                j++;
            }
            int run = j - i;
            if (run == 2 || run == 3) {
                boolean wordBefore = i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                        && "([{—–-\"“".indexOf(text.charAt(i - 1)) < 0;
                if (wordBefore) {
                    // closing: [the inner '] then " then a space
                    int at = run == 3 ? i + 1 : i;
                    out[at] = '"';
                    out[at + 1] = ' ';
                } else {
                    // opening: a space then " [then the inner ']
                    out[i] = ' ';
                    out[i + 1] = '"';
                }
            }
            i = j - 1;
        }
        return new String(out);
    }

    /** Paragraphs at blank lines, or at every line break when the text has no blank line. */
    static List<Paragraph> splitParagraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        boolean blankLines = text.contains("\n\n") || text.contains("\r\n\r\n");
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            if (!end && text.charAt(i) == '\n') {
                end = !blankLines || (i + 1 < n && text.charAt(i + 1) == '\n')
                        || (i + 2 < n && text.charAt(i + 1) == '\r' && text.charAt(i + 2) == '\n');
            }
            if (end) {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new Paragraph(s, e, ParagraphKind.PARAGRAPH));
                }
                start = i + 1;
            }
        }
        return out;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    /** The token lower-cased, without a final period. */
    String bare(int i) {
        return Lexicon.bare(tokens.get(i).text());
    }

    boolean is(int i, String lowerWord) {
        return i >= 0 && i < tokens.size() && bare(i).equals(lowerWord);
    }

    boolean isPunct(int i, String p) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == TokenKind.PUNCTUATION
                && tokens.get(i).text().equals(p);
    }

    boolean isQuote(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == TokenKind.QUOTE;
    }

    boolean isWord(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == TokenKind.WORD;
    }

    boolean isCapitalizedWord(int i) {
        return isWord(i) && tokens.get(i).isCapitalized();
    }

    int paragraphOf(int i) {
        return paragraphOf[i];
    }

    int sentenceFrom(int i) {
        return sentenceFrom[i];
    }

    int sentenceTo(int i) {
        return sentenceTo[i];
    }

    int paragraphFrom(int i) {
        return paragraphStart[paragraphOf[i]];
    }

    int paragraphTo(int i) {
        return paragraphStart[paragraphOf[i] + 1];
    }

    /** The first token starting at or after {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    boolean isHeading(int paragraph) {
        return paragraphs.get(paragraph).kind() == ParagraphKind.HEADING;
    }

    /**
     * Whether a paragraph does not end as a sentence does (no final . ! ? : or closing mark): a
     * headline, photo caption, credit or teaser rather than running text.
     */
    boolean unterminated(int paragraph) {
        String t = text.substring(paragraphs.get(paragraph).start(), paragraphs.get(paragraph).end()).strip();
        while (!t.isEmpty() && "\"”’)'»".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1); // ‘We need to listen’ ends no sentence
        }
        return t.isEmpty() || ".!?:…".indexOf(t.charAt(t.length() - 1)) < 0;
    }
}
