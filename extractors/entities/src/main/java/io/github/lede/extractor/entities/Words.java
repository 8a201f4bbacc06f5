package io.github.lede.extractor.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.lede.model.Span;
import io.github.lede.text.QuoteMarks;
import io.github.lede.text.SentenceSplitter;
import io.github.lede.text.Token;
import io.github.lede.text.TokenKind;
import io.github.lede.text.Tokenizer;

/**
 * The {@link Word}s the name finder needs, from the core {@link Tokenizer} and
 * {@link SentenceSplitter}: each word marked when a possessive follows it, when it opens a sentence
 * or a quotation, and when it stands in a headline-case or all-capitals line.
 */
final class Words {

    /** Caption labels glued to the name that follows by careless scraping: "CreditCreditChang W. Lee". */
    private static final Pattern CAPTION_LABEL = Pattern.compile("(?:Credit|Photograph|Photo|Image|Courtesy)+(?=\\p{Lu}\\p{Ll})");

    /** Words a heading leaves in lower case: "Rents Will Rise As Demand For Apartments Rises and Supply Falls". */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "at", "to",
            "for", "by", "with", "from", "as", "vs", "vs.");

    private Words() {
    }

    static List<Word> of(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        Set<Integer> headlineLines = headlineLineStarts(text, tokens);
        List<Span> sentences = SentenceSplitter.split(text);
        Set<Integer> sentenceStarts = new HashSet<>();
        for (Span s : sentences) {
            sentenceStarts.add(s.start());
        }
        List<Span> headlineSentences = new ArrayList<>();
        for (Span sentence : sentences) {
            if (headlineCase(tokens, sentence)) {
                headlineSentences.add(sentence);
            }
        }
        List<Word> words = new ArrayList<>();
        boolean sentenceOpen = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (sentenceStarts.contains(t.start()) && !afterMiddleInitial(words, text, t.start())) {
                sentenceOpen = true;
            }
            boolean word = t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER || t.text().equals("&");
            if (!word) {
                continue;
            }
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            // a capital right after an opening quote mark or bracket opens a quotation, and tells nothing
            boolean afterOpener = prev != null && prev.end() == t.start()
                    && (prev.kind() == TokenKind.QUOTE && QuoteMarks.isOpening(prev.text().charAt(0))
                    || prev.text().equals("(") || prev.text().equals("["));
            boolean possessive = i + 1 < tokens.size() && tokens.get(i + 1).kind() == TokenKind.POSSESSIVE
                    && tokens.get(i + 1).start() == t.end();
            boolean headline = headlineLines.contains(text.lastIndexOf('\n', t.start() - 1) + 1)
                    || headlineSentences.stream().anyMatch(h -> h.start() <= t.start() && t.start() < h.end());
            Matcher label = CAPTION_LABEL.matcher(t.text());
            int skip = label.lookingAt() ? label.end() : 0; // "CreditChang W. Lee": the name after a glued label
            words.add(new Word(t.start() + skip, t.end(), t.text().substring(skip), possessive,
                    sentenceOpen || afterOpener, headline));
            sentenceOpen = false;
        }
        return words;
    }

    /**
     * "Ellen M. Banner": a sentence splitter may end a sentence after a middle initial; a single
     * capital with a full stop right after a capitalised word is an initial, and the name goes on.
     */
    private static boolean afterMiddleInitial(List<Word> words, String text, int start) {
        int n = words.size();
        if (n < 2) {
            return false;
        }
        Word initial = words.get(n - 1);
        Word before = words.get(n - 2);
        // the tokenizer may keep the full stop in the word ("M.") or leave it after it
        int stop = initial.text().equals(initial.text().charAt(0) + ".") ? initial.end() - 1 : initial.end();
        return stop == initial.start() + 1 && Character.isUpperCase(initial.text().charAt(0))
                && stop < text.length() && text.charAt(stop) == '.'
                && text.substring(stop + 1, start).equals(" ")
                && before.capitalized() && before.text().length() > 1 && !before.allCaps()
                && text.substring(before.end(), initial.start()).equals(" ");
    }

    /** A sentence in which nearly every word is capitalised, as in "Drivers Complained About The Queues". */
    private static boolean headlineCase(List<Token> tokens, Span sentence) {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (words == 0 && t.start() >= sentence.start() && (t.text().equals("(") || t.text().equals("["))) {
                return false; // a bracketed credit or aside, "(Ellen M. Banner / The Seattle Times)", is no headline
            }
            if (t.start() >= sentence.start() && t.end() <= sentence.end() && t.kind() == TokenKind.WORD) {
                words++;
                capitalised += t.isCapitalized() ? 1 : 0;
            }
        }
        return words >= 6 && capitalised >= 0.8 * words;
    }

    private static int lineEnd(String text, int lineStart) {
        int end = text.indexOf('\n', lineStart);
        return end < 0 ? text.length() : end;
    }

    /** Starts of lines written in headline case or all capitals, where capitals tell nothing. */
    private static Set<Integer> headlineLineStarts(String text, List<Token> tokens) {
        Set<Integer> starts = new HashSet<>();
        int lineStart = -1;
        int words = 0;
        int capitalised = 0;
        int small = 0;
        int letters = 0;
        int upper = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            int ls = i < tokens.size() ? text.lastIndexOf('\n', tokens.get(i).start() - 1) + 1 : -2;
            if (ls != lineStart) {
                // a label line ("And from Commissioner Grant Holloway:") is not a headline
                // nor is a line that ends as a sentence does ("For NPR News, I'm Ana Ruiz in Austin.")
                String line = lineStart >= 0 ? text.substring(lineStart, lineEnd(text, lineStart)).strip() : "";
                boolean label = line.endsWith(":") || line.endsWith(".") && !line.endsWith("..") && words < 12
                        && upper < 0.8 * letters;
                // a short heading ("Prediction 3: Home Sales Will Rise 3%") capitalises every word but its small ones;
                // a credit or an affiliation ("Ezra Acayan / Getty Images", "Shelia R. Cotten, Clemson University") is none
                boolean shortHeading = words >= 4 && capitalised >= 3 && capitalised + small == words
                        && !line.matches("(?s).*[.?!:;,”\"’)]$")
                        && !line.matches("(?s).*[,/|].*"); // not a credit or byline: "Ezra Acayan / Getty Images"
                if (lineStart >= 0 && !label && (shortHeading
                        || words >= 6 && capitalised >= 0.75 * words || words >= 2 && upper >= 0.8 * letters)) {
                    starts.add(lineStart);
                }
                lineStart = ls;
                words = 0;
                capitalised = 0;
                small = 0;
                letters = 0;
                upper = 0;
            }
            if (i == tokens.size()) {
                break;
            }
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            words++;
            if (t.isCapitalized()) {
                capitalised++;
            } else if (SMALL_WORDS.contains(t.text())) {
                small++;
            }
            for (int k = 0; k < t.text().length(); k++) {
                char c = t.text().charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
        }
        return starts;
    }
}
