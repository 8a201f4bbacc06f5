package io.github.lede.benchmarks.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The WCXB body metric: bag-of-words precision, recall and F1 over lower-cased tokens that are
 * maximal runs of Python's Unicode {@code \w} (letters, digits and other numeric characters, and
 * {@code _}; combining marks separate tokens, as in Python), and the share of snippets found as
 * plain lower-cased substrings.
 */
final class WordF1 {

    /** Precision, recall and F1 of one page. */
    record Score(double precision, double recall, double f1) {
    }

    private WordF1() {
    }

    static Score score(String predicted, String reference) {
        Map<String, Integer> ref = bag(reference);
        Map<String, Integer> pred = bag(predicted);
        int nRef = ref.values().stream().mapToInt(Integer::intValue).sum();
        int nPred = pred.values().stream().mapToInt(Integer::intValue).sum();
        if (nRef == 0) {
            return nPred == 0 ? new Score(1, 1, 1) : new Score(0, 0, 0);
        }
        if (nPred == 0) {
            return new Score(0, 0, 0);
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> e : pred.entrySet()) {
            overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        double p = (double) overlap / nPred;
        double r = (double) overlap / nRef;
        return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /** Share of snippets found in the prediction; 1 when there are none. */
    static double snippetShare(String predicted, List<String> snippets) {
        if (snippets.isEmpty()) {
            return 1;
        }
        String lower = predicted.toLowerCase(Locale.ROOT);
        int found = 0;
        for (String s : snippets) {
            if (lower.contains(s.toLowerCase(Locale.ROOT))) {
                found++;
            }
        }
        return (double) found / snippets.size();
    }

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        String s = text.toLowerCase(Locale.ROOT);
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!isWord(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWord(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            bag.merge(s.substring(start, i), 1, Integer::sum);
        }
        return bag;
    }

    static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }
}
