package io.github.lede.extractor.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the titles and roles written next to a person's name, as written: before it ("Israeli
 * Prime Minister Benjamin Netanyahu", "the company’s chief financial officer, Devendra Rao",
 * "assistant coach Raymond Tull") and after it as an appositive ("Berel Lazar, Russia’s Chief
 * Rabbi", "Jane Roe, a spokeswoman for Acme").
 */
final class TitleFinder {

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "his", "her", "their", "our", "my");
    /** Words after which an appositive title has ended. */
    private static final Set<String> TITLE_ENDERS = Set.of(
            "who", "whom", "whose", "which", "that", "at", "for", "of", "on", "in", "with", "and", "since", "from",
            "to", "said", "told", "added", "is", "was", "has", "had", "will", "would", "says");
    private static final Set<String> GENERIC_POSSESSIVES = Set.of("men", "women", "boys", "girls", "children");

    private final Lexicon lexicon;

    TitleFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Titles written before the name that starts at word index {@code nameIndex}. */
    List<String> before(String text, List<Word> words, int nameIndex) {
        List<String> titles = new ArrayList<>();
        int end = nameIndex; // exclusive word index
        for (int round = 0; round < 3 && end > 0; round++) {
            if (round > 0 && end > 1 && words.get(end - 1).text().equals("and")) {
                // "former U.S Secretary of State and Presidential candidate, Hillary Clinton"
                end--;
            }
            Word next = words.get(end);
            Word prev = words.get(end - 1);
            if (isConnector(prev.text())) {
                break; // "chief executive of Selkie Tidal" names no person
            }
            String gap = text.substring(prev.end(), next.start());
            boolean comma = gap.strip().equals(",");
            if (!gap.isBlank() && !comma) {
                break;
            }
            if (prev.possessive() || lexicon.honorific(prev.text()) != null) {
                if (lexicon.honorific(prev.text()) != null && gap.isBlank() && end - 1 > 0) {
                    end--; // "Dr Ms. X" is rare; skip an honorific between title and name
                    continue;
                }
                break;
            }
            int first = end - 1;
            int headAt = -1;
            int i = end - 1;
            while (i >= 0) {
                Word w = words.get(i);
                if (i < end - 1) {
                    String between = text.substring(w.end(), words.get(i + 1).start());
                    if (!between.isBlank() && !(w.possessive() && between.length() == 3)) {
                        break;
                    }
                }
                if (!titleWord(w, words, i)) {
                    break;
                }
                if (w.possessive() && !GENERIC_POSSESSIVES.contains(Lexicon.lower(w.text()))) {
                    break;
                }
                if (lexicon.isTitleHead(w.text()) && headAt < 0) {
                    headAt = i;
                }
                first = i;
                i--;
                if (w.initial()) {
                    break;
                }
            }
            // trim leading connectors and determiners ("Its president", "Her co-author")
            while (first < end - 1 && (isConnector(words.get(first).text())
                    || DETERMINERS.contains(Lexicon.lower(words.get(first).text())))) {
                first++;
            }
            if (headAt < 0 || first > headAt) {
                break;
            }
            int scanned = first;
            // a lower-case role keeps no capitalised name before it: "Rovers defender" is a "defender"
            if (!words.get(headAt).capitalized()) {
                while (first < headAt && words.get(first).capitalized() && !lexicon.isTitleModifier(words.get(first).text())
                        && !lexicon.isTitleHead(words.get(first).text())) {
                    first++;
                }
            }
            // the words after the head may only be an "of/for ..." complement (Secretary of State)
            if (headAt < end - 1 && !isConnector(words.get(headAt + 1).text())) {
                int h = headAt;
                headAt = -1;
                for (int k = end - 1; k > h; k--) {
                    if (lexicon.isTitleHead(words.get(k).text())) {
                        headAt = k;
                        break;
                    }
                }
                if (headAt < 0) {
                    break;
                }
            }
            String title = text.substring(words.get(first).start(), words.get(end - 1).end());
            titles.add(title);
            addCore(text, words, first, end, titles);
            end = scanned;
        }
        return titles;
    }

    /** Titles written after the name that ends at word index {@code lastIndex}, as an appositive. */
    List<String> after(String text, List<Word> words, int lastIndex) {
        int i = lastIndex + 1;
        if (i >= words.size()) {
            return List.of();
        }
        String gap = text.substring(words.get(lastIndex).end(), words.get(i).start());
        if (words.get(lastIndex).possessive() || !gap.strip().equals(",")) {
            return List.of();
        }
        // an age between name and title: "Annette Pryor, 61, a former accounts clerk"
        if (i + 1 < words.size() && Character.isDigit(words.get(i).text().charAt(0))
                && text.substring(words.get(i).end(), words.get(i + 1).start()).strip().equals(",")) {
            i++;
        }
        if (DETERMINERS.contains(words.get(i).text()) || DETERMINERS.contains(Lexicon.lower(words.get(i).text()))) {
            i++;
        }
        // an owner: "Russia’s", "the hospital’s", "Acme’s"
        for (int k = i; k < Math.min(words.size(), i + 3); k++) {
            if (words.get(k).possessive()) {
                if (!GENERIC_POSSESSIVES.contains(Lexicon.lower(words.get(k).text()))) {
                    i = k + 1;
                }
                break;
            }
        }
        int start = i;
        int head = -1;
        for (int k = start; k < Math.min(words.size(), start + 6); k++) {
            Word w = words.get(k);
            if (k > start && !text.substring(words.get(k - 1).end(), w.start()).isBlank()) {
                break;
            }
            if (TITLE_ENDERS.contains(w.text()) || !Character.isLetter(w.text().charAt(0))) {
                break;
            }
            if (lexicon.isTitleHead(w.text())) {
                boolean endsHere = k + 1 >= words.size()
                        || !text.substring(w.end(), words.get(k + 1).start()).isBlank()
                        || TITLE_ENDERS.contains(words.get(k + 1).text())
                        || w.possessive();
                if (endsHere) {
                    head = k;
                }
            }
            if (w.possessive()) {
                break;
            }
        }
        if (head < 0) {
            return List.of();
        }
        int last = head;
        Word h = words.get(head);
        // a capitalised head keeps its complement: "MP for Wexley North", "Head of the Federation"
        if (h.capitalized() && head + 2 < words.size()
                && (words.get(head + 1).text().equals("of") || words.get(head + 1).text().equals("for"))) {
            int k = head + 2;
            if (words.get(k).text().equals("the")) {
                k++;
            }
            int lastCap = -1;
            while (k < words.size() && text.substring(words.get(k - 1).end(), words.get(k).start()).isBlank()
                    && (words.get(k).capitalized() || isConnector(words.get(k).text()) && lastCap >= 0)) {
                if (words.get(k).capitalized()) {
                    lastCap = k;
                }
                if (words.get(k).possessive()) {
                    break;
                }
                k++;
            }
            if (lastCap > 0) {
                last = lastCap;
            }
        }
        return List.of(text.substring(words.get(start).start(), words.get(last).end()));
    }

    /** "Israeli Prime Minister" is also a "Prime Minister": the title without its nationality or party. */
    private void addCore(String text, List<Word> words, int first, int end, List<String> titles) {
        int k = first;
        while (k < end - 1 && (lexicon.isNationality(words.get(k).text()) || lexicon.place(words.get(k).text()) != null)) {
            k++;
        }
        if (k > first) {
            titles.add(text.substring(words.get(k).start(), words.get(end - 1).end()));
        }
    }

    private boolean titleWord(Word w, List<Word> words, int i) {
        String t = w.text();
        if (w.possessive() && GENERIC_POSSESSIVES.contains(Lexicon.lower(t))) {
            return true;
        }
        if (lexicon.isTitleHead(t) || lexicon.isTitleModifier(t) || lexicon.isNationality(t)) {
            return true;
        }
        if (t.equals("of") || t.equals("for")) {
            return true;
        }
        if (t.equals("the")) {
            return i > 0 && words.get(i - 1).text().equals("of");
        }
        return w.capitalized() && lexicon.honorific(t) == null;
    }

    private static boolean isConnector(String t) {
        return t.equals("of") || t.equals("for") || t.equals("the");
    }
}
