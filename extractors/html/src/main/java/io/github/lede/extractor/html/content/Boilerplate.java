package io.github.lede.extractor.html.content;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The class, id and text patterns that mark page furniture, and those that mark the article body.
 * Matching is on the lower-cased {@code class} and {@code id}: strong words match anywhere
 * ("relatedStories", "share-bar"), short ambiguous words ("ad", "nav", "tags") only as whole
 * tokens (split at non-letters and camel-case humps), so that "shadow" does not match "ad". An
 * article-body word ("article-body", "entry-content") overrides both.
 */
final class Boilerplate {

    /** A {@link #marks} bit: the value names an article body. */
    static final int BODY = 1;
    /** A {@link #marks} bit: the value marks furniture. */
    static final int FURNITURE = 2;

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

    /** Article-body words matched anywhere in the compacted class and id. */
    private static final List<String> POSITIVE = List.of("article-body", "articlebody", "article-content", "article-text",
        "articletext", "post-body", "post-content", "entry-content", "entry-body", "story-body", "story-content",
        "story-text", "main-content", "body-text", "content-body", "text-body", "rich-text", "prose", "blog-post",
        "hentry", "h-entry", "article--body", "article--content", "articlecontent", "storybody");
    /** The strong words ({@link #FURNITURE}) and the body words ({@link #BODY}), matched anywhere. */
    private static final WordAutomaton ANYWHERE = new WordAutomaton(bits(Map.of(FURNITURE, STRONG, BODY, POSITIVE)));
    /** The weak words, matched as whole tokens. */
    private static final WordAutomaton WEAK_TOKENS = new WordAutomaton(bits(Map.of(FURNITURE, List.copyOf(WEAK))));

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

    /*
     * Cheap tests before FURNITURE_TEXT and CREDIT_LINE, which would otherwise run on every short
     * block: the first letter (past punctuation and spaces for the furniture) must open one of
     * their words. "| 0x20" lower-cases an ASCII letter and turns no other character into one.
     */
    static boolean mayBeFurnitureText(String t) {
        int i = 0;
        while (i < t.length() && isPunctOrSpace(t.charAt(i))) {
            i++;
        }
        return i == t.length() || "apsrmyfncltivbe".indexOf(t.charAt(i) | 0x20) >= 0;
    }

    static boolean mayBeCreditLine(String t) {
        if (t.isEmpty()) {
            return true;
        }
        char c = t.charAt(0);
        return c == '(' || c == '[' || "arwecpi".indexOf(c | 0x20) >= 0;
    }

    /** A regex {@code [\p{Punct}\s]} character: ASCII punctuation or an ASCII space. */
    private static boolean isPunctOrSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c > ' ' && c < 0x7F && !Character.isLetterOrDigit(c);
    }

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
     * per value (no word spans a class and an id) in one pass over it: the value is read as if
     * lower-cased with every separator and camel-case hump turned into one {@code -}
     * ("relatedStories" as "related-stories"), strong and body words are matched anywhere in that,
     * weak words against each token between the {@code -}s.
     */
    static int marks(String value) {
        int marks = 0;
        int anywhere = WordAutomaton.START;
        int token = WordAutomaton.START;
        boolean inToken = false;
        // as the compacted text would have it: nothing yet, or a '-' last
        boolean empty = true;
        boolean dash = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isLetterOrDigit(c)) {
                if (i > 0 && isUpperCase(c) && isLowerCase(value.charAt(i - 1))) {
                    anywhere = ANYWHERE.step(anywhere, '-');
                    marks |= ANYWHERE.bits(anywhere);
                    marks |= WEAK_TOKENS.exactBits(token);
                    token = WordAutomaton.START;
                } else if (!inToken) {
                    token = WordAutomaton.START;
                    inToken = true;
                }
                char lower = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
                anywhere = ANYWHERE.step(anywhere, lower);
                marks |= ANYWHERE.bits(anywhere);
                // U+0130 lower-cases to two chars in a String, so no token holding it is a weak word
                token = c == '\u0130' ? WordAutomaton.NONE : WEAK_TOKENS.stepExact(token, lower);
                empty = false;
                dash = false;
            } else {
                if (!empty && !dash) {
                    anywhere = ANYWHERE.step(anywhere, '-');
                    marks |= ANYWHERE.bits(anywhere);
                    dash = true;
                }
                if (inToken) {
                    marks |= WEAK_TOKENS.exactBits(token);
                    inToken = false;
                }
            }
        }
        return inToken ? marks | WEAK_TOKENS.exactBits(token) : marks;
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

    /** Each word with the or of the bits of the lists that hold it. */
    private static Map<String, Integer> bits(Map<Integer, List<String>> lists) {
        Map<String, Integer> words = new HashMap<>();
        lists.forEach((bit, list) -> list.forEach(w -> words.merge(w, bit, (a, b) -> a | b)));
        return words;
    }

    /** Whether the class or id names a comment section. */
    static boolean isComments(String className, String id) {
        String s = (className + " " + id).toLowerCase(Locale.ROOT);
        return s.contains("comment") || s.contains("disqus") || s.contains("discussion") || s.contains("replies");
    }

}
