package io.github.lede.extractor.html.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of lower-case words ({@code a-z} and {@code -}), each carrying bits, matched a
 * character at a time: {@link #step} follows an Aho-Corasick automaton, so that {@link #bits}
 * tells which words end at the current character anywhere in the text, and {@link #stepExact}
 * follows the plain trie, so that {@link #exactBits} tells which word the text read since
 * {@link #START} is exactly. Feeding a class list once costs what one {@code String.contains}
 * did per word. Immutable and thread-safe.
 */
final class WordAutomaton {

    /** The state before any character. */
    static final int START = 0;
    /** The {@link #stepExact} state once the text is no prefix of a word. */
    static final int NONE = -1;
    /** a-z, '-', and every other character. */
    private static final int SYMBOLS = 28;

    private final int[][] next;
    private final int[][] trie;
    private final int[] bits;
    private final int[] exactBits;

    /** Builds the automaton of {@code words}, each mapped to its bits. */
    WordAutomaton(Map<String, Integer> words) {
        List<int[]> edges = new ArrayList<>();
        List<Integer> own = new ArrayList<>();
        edges.add(newEdges());
        own.add(0);
        words.forEach((word, b) -> {
            int s = START;
            for (int i = 0; i < word.length(); i++) {
                int sym = symbol(word.charAt(i));
                if (sym == SYMBOLS - 1) {
                    throw new IllegalArgumentException("not a lower-case word: " + word);
                }
                if (edges.get(s)[sym] == NONE) {
                    edges.get(s)[sym] = edges.size();
                    edges.add(newEdges());
                    own.add(0);
                }
                s = edges.get(s)[sym];
            }
            own.set(s, own.get(s) | b);
        });
        int n = edges.size();
        trie = edges.toArray(new int[0][]);
        exactBits = own.stream().mapToInt(Integer::intValue).toArray();
        next = new int[n][SYMBOLS];
        bits = exactBits.clone();
        int[] fail = new int[n];
        // breadth first, so that a state's failure state is complete before it
        Deque<Integer> queue = new ArrayDeque<>();
        for (int sym = 0; sym < SYMBOLS; sym++) {
            int child = trie[START][sym];
            next[START][sym] = child == NONE ? START : child;
            if (child != NONE) {
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            bits[s] |= bits[fail[s]];
            for (int sym = 0; sym < SYMBOLS; sym++) {
                int child = trie[s][sym];
                if (child == NONE) {
                    next[s][sym] = next[fail[s]][sym];
                } else {
                    fail[child] = next[fail[s]][sym];
                    next[s][sym] = child;
                    queue.add(child);
                }
            }
        }
    }

    private static int[] newEdges() {
        int[] e = new int[SYMBOLS];
        Arrays.fill(e, NONE);
        return e;
    }

    private static int symbol(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : c == '-' ? 26 : SYMBOLS - 1;
    }

    /** The state after reading {@code c} (lower-case) in {@code state}, for matching anywhere. */
    int step(int state, char c) {
        return next[state][symbol(c)];
    }

    /** The bits of the words that end at the last character read. */
    int bits(int state) {
        return bits[state];
    }

    /** The state after reading {@code c} (lower-case) in {@code state}, for matching the whole text. */
    int stepExact(int state, char c) {
        return state == NONE ? NONE : trie[state][symbol(c)];
    }

    /** The bits of the word that the text read from {@link #START} is, or 0. */
    int exactBits(int state) {
        return state == NONE ? 0 : exactBits[state];
    }
}
