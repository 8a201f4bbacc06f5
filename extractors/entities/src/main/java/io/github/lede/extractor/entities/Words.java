package io.github.lede.extractor.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits article text into the {@link Word}s the name finder needs: names with inner apostrophes
 * and hyphens kept whole (O’Neill, Mensah-Darko), dotted abbreviations kept with their dot (U.S.,
 * Sen., St.), possessives split off, and each word marked when it opens a sentence or stands in a
 * headline-case line.
 */
final class Words {

    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"
                    + "|(?:\\p{Lu}\\.)+\\p{Lu}(?![\\p{L}\\p{M}])"
                    + "|[\\p{L}\\p{M}](?:[\\p{L}\\p{M}\\p{Nd}]|[-’‘'](?=[\\p{L}\\p{M}\\p{Nd}]))*"
                    + "|\\p{Nd}+"
                    + "|&");
    private static final String APOSTROPHES = "’‘'";
    private static final String OPENERS = "“‘\"'«„‚([";
    private static final String ENDERS = ".!?:;…";
    /** Words whose full stop is part of them, not a sentence end. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Lt", "Sgt",
            "Prof", "Rev", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Adm", "Maj", "Cmdr", "Supt", "Insp", "Det",
            "Ave", "Blvd", "Rd", "Messrs", "Hon", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
            "Oct", "Nov", "Dec", "No", "vs", "Mme", "Atty");

    private Words() {
    }

    static List<Word> of(String text, Lexicon lexicon) {
        List<Word> words = new ArrayList<>();
        Set<Integer> headlineLines = headlineLineStarts(text);
        Matcher m = WORD.matcher(text);
        Word previous = null;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String surface = m.group();
            if (end < text.length() && text.charAt(end) == '.' && !surface.endsWith(".")
                    && (ABBREVIATIONS.contains(surface)
                    || surface.length() == 1 && Character.isUpperCase(surface.charAt(0))
                    || lexicon.place(surface + ".") != null)) {
                end++;
                surface = text.substring(start, end);
            }
            boolean possessive = false;
            if (surface.length() > 2 && (surface.endsWith("s")) && APOSTROPHES.indexOf(surface.charAt(surface.length() - 2)) >= 0) {
                end -= 2;
                surface = surface.substring(0, surface.length() - 2);
                possessive = true;
            } else if (end < text.length() && APOSTROPHES.indexOf(text.charAt(end)) >= 0
                    && (end + 1 >= text.length() || !Character.isLetter(text.charAt(end + 1)))
                    && surface.endsWith("s")) {
                possessive = true; // plural possessive: Hamas’ demands
            }
            boolean initial = isInitial(text, start, previous);
            boolean headline = headlineLines.contains(lineStart(text, start));
            Word w = new Word(start, end, surface, possessive, initial, headline);
            words.add(w);
            previous = w;
        }
        return words;
    }

    private static boolean isInitial(String text, int start, Word previous) {
        int i = start - 1;
        boolean quoted = false;
        while (i >= 0) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (Character.isWhitespace(c) || c == '—' || c == '–') {
                i--;
            } else if (OPENERS.indexOf(c) >= 0) {
                quoted = true;
                i--;
            } else {
                break;
            }
        }
        if (i < 0 || quoted) {
            return true;
        }
        char c = text.charAt(i);
        if (ENDERS.indexOf(c) >= 0) {
            // "U.S. Secretary": a dot that belongs to an abbreviation ends no sentence
            return !(c == '.' && previous != null && previous.end() == i + 1 && previous.text().endsWith(".")
                    && !previous.text().equals("Inc.") && !previous.text().equals("Co."));
        }
        return false;
    }

    private static int lineStart(String text, int index) {
        return text.lastIndexOf('\n', index - 1) + 1;
    }

    /** Starts of lines written in headline case or all capitals, where capitals tell nothing. */
    private static Set<Integer> headlineLineStarts(String text) {
        Set<Integer> starts = new HashSet<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int words = 0;
            int capitalised = 0;
            int letters = 0;
            int upper = 0;
            Matcher m = WORD.matcher(text).region(lineStart, lineEnd);
            while (m.find()) {
                String w = m.group();
                if (!Character.isLetter(w.charAt(0))) {
                    continue;
                }
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
                for (int i = 0; i < w.length(); i++) {
                    if (Character.isLetter(w.charAt(i))) {
                        letters++;
                        if (Character.isUpperCase(w.charAt(i))) {
                            upper++;
                        }
                    }
                }
            }
            boolean headlineCase = words >= 4 && capitalised >= 0.75 * words;
            boolean allCaps = words >= 2 && upper >= 0.8 * letters;
            if (headlineCase || allCaps) {
                starts.add(lineStart);
            }
            lineStart = lineEnd + 1;
        }
        return starts;
    }
}
