package io.github.lede.extractor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a byline such as {@code By Jane Doe and John Roe} or {@code By Astrid Lunde, science
 * correspondent} into the names it credits.
 */
final class Byline {

    private static final int MAX_WORDS = 14;
    private static final Pattern PREFIX = Pattern.compile("^(?:by|written\\s+by)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");
    /** Lower-case words that may sit inside a name. */
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "der", "den", "di", "du", "van",
            "von", "le", "la", "al", "bin", "ibn", "dos", "das", "y");
    /** Capitalised words that open a phrase, not a name ("By The Numbers"). */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "This", "That", "These", "Those", "Our",
            "Its", "Their", "His", "Her", "THE");

    private Byline() {
    }

    /** The credited names, or an empty list when the block is not a byline. */
    static List<String> authors(String block) {
        var m = PREFIX.matcher(block);
        if (!m.find() || LineShape.words(block, MAX_WORDS) > MAX_WORDS || LineShape.endsSentence(block)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : SEPARATOR.split(block.substring(m.end()))) {
            if (part.isEmpty()) {
                continue;
            }
            if (isName(part)) {
                names.add(part);
            } else if (names.isEmpty() || !Character.isLowerCase(part.charAt(0))) {
                return List.of(); // only a role may follow the names: "science correspondent"
            }
        }
        return names;
    }

    private static boolean isName(String s) {
        String[] words = s.split("\\s+");
        if (words.length > 4 || NOT_NAMES.contains(words[0])) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !PARTICLES.contains(w)) {
                return false;
            }
        }
        return Character.isUpperCase(words[0].charAt(0));
    }
}
