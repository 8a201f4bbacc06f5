package io.github.lede.extractor.quotes;

import io.github.lede.text.TokenKind;
import java.util.Set;

/**
 * Runs of capitalised words that name someone: {@code Sen. Victor Aldana}, {@code Marrow & Finch},
 * {@code Halvorsen Institute for Polar Research}, {@code Kieran O‘Donnell}. A run may join its
 * words with {@code &}, and with {@code of}, {@code for} or {@code the} when it names an
 * organisation ({@code University of Lagos}, but not {@code Gov. Teresa Lindqvist of Ohio}).
 */
final class NameRuns {

    /** Sentence-opening words that are not names even though capitalised. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those",
            "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your",
            "but", "and", "or", "so", "yet", "in", "on", "at", "by", "for", "from", "to", "with", "after",
            "before", "during", "since", "when", "while", "where", "what", "why", "how", "who", "which",
            "if", "as", "although", "though", "because", "despite", "according", "however", "meanwhile",
            "also", "still", "then", "now", "later", "earlier", "some", "many", "most", "several", "both",
            "each", "every", "all", "none", "other", "such", "instead", "asked", "speaking", "not", "there",
            "here", "no", "yes", "one", "two", "three", "q", "a:", "separately", "nobody", "everyone",
            "people", "residents", "officials", "analysts", "engineers", "customers", "patients", "nurses",
            "scientists", "police", "officers", "critics", "experts", "researchers", "environmental",
            "last", "next", "reporting", "editing", "photo", "read", "subscribe", "related",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "today", "yesterday", "tomorrow", "attendance", "wire", "two-person");

    private NameRuns() {
    }

    /** Whether token {@code i} can be part of a name. */
    static boolean isNameWord(ArticleTokens doc, int i) {
        if (!doc.isWord(i)) {
            return false;
        }
        String w = doc.word(i);
        return doc.get(i).isCapitalized() && !(w.length() == 1 && doc.isPunct(i + 1, ":"));
    }

    /** Months that are also given names: "April Mellody, a spokeswoman, said". */
    private static final Set<String> MONTH_NAMES = Set.of("april", "may", "june", "august");
    /** Words before a month that make it a date: "in May", "since June". */
    private static final Set<String> DATE_WORDS = Set.of("in", "on", "by", "since", "until", "till", "last", "next",
            "early", "late", "mid", "of", "through", "from", "to", "during", "before", "after", "this", "that");

    /**
     * Whether token {@code i} may begin a name (capitalised, not a common sentence opener). A month
     * that is also a given name begins one when a name word follows it and no date word precedes it.
     */
    static boolean canStart(ArticleTokens doc, int i) {
        if (!isNameWord(doc, i)) {
            return false;
        }
        String b = doc.bare(i);
        if (MONTH_NAMES.contains(b)) {
            return doc.get(i).kind() == TokenKind.WORD && isNameWord(doc, i + 1) && !NOT_NAMES.contains(doc.bare(i + 1))
                    && doc.get(i + 1).kind() == TokenKind.WORD && !DATE_WORDS.contains(doc.bare(i - 1));
        }
        return !NOT_NAMES.contains(b);
    }

    /**
     * The end (exclusive) of the name run starting at {@code i}, never past {@code limit}; {@code i}
     * itself when no name starts there.
     */
    static int end(ArticleTokens doc, int i, int limit) {
        if (!canStart(doc, i)) {
            return i;
        }
        int j = i + 1;
        boolean org = isOrgWord(doc, i);
        while (j < limit) {
            if (isNameWord(doc, j) && doc.get(j).kind() == TokenKind.WORD) {
                org |= isOrgWord(doc, j);
                j++;
            } else if (doc.word(j).equals("&") && isNameWord(doc, j + 1) && j + 1 < limit) {
                org = true;
                j++;
            } else if ((doc.is(j, "of") || doc.is(j, "for") || doc.is(j, "de") || doc.is(j, "van")
                    || doc.is(j, "von") || doc.is(j, "al") || doc.is(j, "da") || doc.is(j, "del"))
                    && j + 1 < limit && (isNameWord(doc, j + 1) || (doc.is(j + 1, "the") && isNameWord(doc, j + 2)))
                    && (org || !doc.is(j, "of") && !doc.is(j, "for"))) {
                j += doc.is(j + 1, "the") ? 2 : 1;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean orgAhead(ArticleTokens doc, int i, int limit) {
        for (int k = i; k < limit && k < i + 4 && (isNameWord(doc, k) || doc.is(k, "the")); k++) {
            if (isOrgWord(doc, k)) {
                return true;
            }
        }
        return false;
    }

    static boolean isOrgWord(ArticleTokens doc, int i) {
        String b = doc.bare(i);
        return Lexicon.ORG_NAME_WORDS.contains(b) || doc.word(i).equals("&")
                || (doc.get(i).isAllCaps() && doc.word(i).length() <= 5 && doc.word(i).length() >= 2
                        && !doc.word(i).contains("."));
    }

    /**
     * The first token of the run {@code [from, to)} after its titles and honorifics. A role word
     * followed only by organisation words names the organisation ({@code Justice Department},
     * {@code General Assembly Committee}) and stays.
     */
    static int afterTitles(ArticleTokens doc, int from, int to) {
        int r = from;
        for (int k = from; k < to - 1; k++) {
            String b = doc.bare(k);
            if (Lexicon.ROLE_WORDS.contains(b) && !onlyOrganisationWords(doc, k + 1, to)
                    || Lexicon.HONORIFICS.contains(b) || Lexicon.HONORIFICS.contains(b + ".")) {
                r = k + 1;
            }
        }
        return r;
    }

    private static boolean onlyOrganisationWords(ArticleTokens doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Lexicon.ORG_NAME_WORDS.contains(doc.bare(k))) {
                return false;
            }
        }
        return from < to;
    }

    /** Whether the run {@code [from, to)} names an organisation. */
    static boolean isOrganisation(ArticleTokens doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isOrgWord(doc, k)) {
                return true;
            }
        }
        return false;
    }
}
