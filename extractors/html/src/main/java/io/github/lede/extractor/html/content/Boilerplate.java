package io.github.lede.extractor.html.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The class, id and text patterns that mark page furniture, and those that mark the article body.
 * Matching is on the lower-cased {@code class} and {@code id}: strong words match anywhere
 * ("relatedStories", "share-bar"), short ambiguous words ("ad", "nav", "tags") only as whole
 * tokens (split at non-letters and camel-case humps), so that "shadow" does not match "ad". An
 * article-body word ("article-body", "entry-content") overrides both.
 */
final class Boilerplate {

    /** Furniture words matched anywhere in the compacted class and id ("relatedstories", "sharebar"). */
    private static final List<String> STRONG = List.of("comment", "related", "share", "sharing", "social", "newsletter",
        "subscri", "cookie", "consent", "gdpr", "advert", "sponsor", "sidebar", "outbrain", "taboola", "recirc",
        "breadcrumb", "disqus", "popup", "footer", "masthead", "signup", "paywall", "promo", "banner", "toolbar",
        "skyscraper", "recommend", "trending", "most-popular", "mostpopular", "more-stories", "read-more",
        "readmore", "also-read", "read-next", "further-reading", "author-bio", "authorbio", "byline", "caption",
        "jump-link", "pagination", "pager", "modal", "overlay", "follow-us", "login", "rating", "reaction", "donate",
        "membership", "table-of-contents", "tag-list", "tags-list", "taglist", "keywords", "sign-up");
    /** Short, ambiguous furniture words matched only as whole tokens. */
    private static final Set<String> WEAK = Set.of("ad", "ads", "adv", "advt", "nav", "navbar", "navigation",
            "menu", "tags", "tag", "bio", "header", "hdr", "credit", "credits", "print", "skip", "topics",
            "meta", "dateline", "timestamp", "author", "tools", "utility", "subnav", "rail", "toc",
            "aside", "dfp", "gpt", "cta", "support", "epic", "contribute", "contribution", "teaser",
            "teasers", "more", "links", "contact", "disclaimer", "copyright");
    private static final String[][] STRONG_BY_FIRST = byFirstLetter(STRONG);

    /** The weak words by length, for {@link #isWeak}; a token of 13 or more characters is never weak. */
    private static final List<List<String>> WEAK_BY_LENGTH = IntStream.range(0, 13)
            .mapToObj(len -> WEAK.stream().filter(w -> w.length() == len).toList()).toList();

    /** Article-body words matched anywhere in the compacted class and id. */
    private static final List<String> POSITIVE = List.of("article-body", "articlebody", "article-content", "article-text",
        "articletext", "post-body", "post-content", "entry-content", "entry-body", "story-body", "story-content",
        "story-text", "main-content", "body-text", "content-body", "text-body", "rich-text", "prose", "blog-post",
        "hentry", "h-entry", "article--body", "article--content", "articlecontent", "storybody");
    private static final String[][] POSITIVE_BY_FIRST = byFirstLetter(POSITIVE);

    /** Text of a short block that is a label or a teaser, not article text. */
    static final Pattern FURNITURE_TEXT = Pattern.compile(
            "(?i)^[\\p{Punct}\\s]*(?:advertisement|advertising|anzeige|publicité|sponsored(?: content)?|ad|"
            + "related(?: (?:articles?|stories|content|posts|coverage|reading|links))?|read (?:more|also|next)|"
            + "see also|also read|more (?:from|on|stories|news)|recommended(?: for you)?|you may also like|"
            + "share(?: this)?(?: (?:article|story|post|page))?(?: on \\w+)?|follow us(?: on \\w+)?|"
            + "sign up|subscribe(?: now)?|newsletter|comments?|leave a (?:comment|reply)|tags?|topics?|"
            + "filed under|image|photo|video|click here|scroll to continue|continue reading|"
            + "back to top|print|email|loading|skip to (?:main )?content|trending|most (?:read|popular))"
            + "\\b[\\p{Punct}\\s·|]*(?:[\\p{Punct}\\s·|]+\\w+){0,3}[\\p{Punct}\\s]*$");
    /** Wire-service credit lines ("Reporting by …; Editing by …"). */
    static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^[(\\[]?(?:additional )?(?:reporting|writing|editing|compiled|research|produced|photos?|images?) by\\b");
    /** A teaser that introduces a link ("Related: …", "READ ALSO: …", "Read more: …"). */
    static final Pattern TEASER_PREFIX = Pattern.compile(
            "(?i)^(?:related|read (?:more|also|next)|see also|also read|more|watch|listen|recommended|"
            + "further reading|don't miss|must read|trending)\\s*[:|»›>–—-]");

    /** A {@link #marks} bit: the value names an article body. */
    static final int BODY = 1;
    /** A {@link #marks} bit: the value marks furniture. */
    static final int FURNITURE = 2;

    private Boilerplate() {
    }

    /**
     * What an element's class and id say, given their {@link #marks} or-ed together: 1 when either
     * names an article body, else -1 when either marks furniture, else 0.
     */
    static int verdict(int marks) {
        return (marks & BODY) != 0 ? 1 : (marks & FURNITURE) != 0 ? -1 : 0;
    }

    /**
     * What one class list or id says: {@link #BODY}, {@link #FURNITURE}, both or neither. Judged
     * per value, since no word spans a class and an id, so that a page's repeated class lists are
     * judged once whatever id each element has.
     */
    static int marks(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        String compact = compact(value);
        int marks = containsAny(compact, POSITIVE_BY_FIRST) ? BODY : 0;
        return containsAny(compact, STRONG_BY_FIRST) || hasWeakToken(value) ? marks | FURNITURE : marks;
    }

    /** Lower-cased, with every separator and camel-case hump turned into one {@code -}. */
    private static String compact(String value) {
        char[] s = new char[2 * value.length()];
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isLetterOrDigit(c)) {
                if (i > 0 && isUpperCase(c) && isLowerCase(value.charAt(i - 1))) {
                    s[n++] = '-';
                }
                s[n++] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
            } else if (n > 0 && s[n - 1] != '-') {
                s[n++] = '-';
            }
        }
        return new String(s, 0, n);
    }

    // Class lists are almost always ASCII: answer it without the Unicode tables.
    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
    }

    private static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    private static boolean isLowerCase(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    /** The words by their first letter (all are lower-case ASCII), so that a value is scanned once for all of them. */
    private static String[][] byFirstLetter(List<String> words) {
        String[][] index = new String[128][];
        for (char c = 0; c < 128; c++) {
            char first = c;
            index[c] = words.stream().filter(w -> w.charAt(0) == first).toArray(String[]::new);
        }
        return index;
    }

    /** Whether {@code s} contains one of the words indexed by {@link #byFirstLetter}. */
    private static boolean containsAny(String s, String[][] wordsByFirst) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                for (String w : wordsByFirst[c]) {
                    if (s.startsWith(w, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a token of the value (split at non-letters and at camel-case humps) is a weak furniture word. */
    private static boolean hasWeakToken(String value) {
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            boolean boundary = !isLetterOrDigit(c) || i > 0 && isUpperCase(c) && isLowerCase(value.charAt(i - 1));
            if (boundary) {
                if (start >= 0 && isWeak(value, start, i)) {
                    return true;
                }
                start = isLetterOrDigit(c) ? i : -1;
            } else if (start < 0) {
                start = i;
            }
        }
        return false;
    }

    /**
     * Whether {@code value[start, end)}, lower-cased as {@code toLowerCase(Locale.ROOT)} would, is a
     * weak word; compared in place, since this runs on every token of every class list.
     */
    private static boolean isWeak(String value, int start, int end) {
        int len = end - start;
        if (len >= WEAK_BY_LENGTH.size()) {
            return false;
        }
        for (String w : WEAK_BY_LENGTH.get(len)) {
            int k = 0;
            // U+0130 lower-cases to two chars in a String, to 'i' alone as a char
            while (k < len && value.charAt(start + k) != '\u0130'
                    && Character.toLowerCase(value.charAt(start + k)) == w.charAt(k)) {
                k++;
            }
            if (k == len) {
                return true;
            }
        }
        return false;
    }

    /** Whether the class or id names a comment section. */
    static boolean isComments(String className, String id) {
        String s = (className + " " + id).toLowerCase(Locale.ROOT);
        return s.contains("comment") || s.contains("disqus") || s.contains("discussion") || s.contains("replies");
    }

}
