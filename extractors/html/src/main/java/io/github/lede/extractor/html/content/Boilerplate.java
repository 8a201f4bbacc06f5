package io.github.lede.extractor.html.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The class, id and text patterns that mark page furniture, and those that mark the article body.
 * Matching is on the lower-cased {@code class} and {@code id} together: strong words match
 * anywhere ("relatedStories", "share-bar"), short ambiguous words ("ad", "nav", "tags") only as
 * whole tokens between non-letters, so that "header" does not match "head" and "shadow" does not
 * match "ad".
 */
final class Boilerplate {

    private static final Pattern STRONG = Pattern.compile(
            "comment|related|share|sharing|social|newsletter|subscri|cookie|consent|gdpr|advert|sponsor|"
            + "sidebar|outbrain|taboola|recirc|breadcrumb|disqus|popup|footer|masthead|signup|sign-up|"
            + "paywall|promo|banner|toolbar|skyscraper|recommend|trending|most-?popular|more-?stories|"
            + "read-?more|readmore|also-?read|read-?next|further-?reading|author-?bio|authorbio|byline|"
            + "caption|jump-?link|pagination|pager|modal|overlay|follow-?us|login|rating|"
            + "reaction|donate|membership|table-?of-?contents|toc-|tags-?list|tag-?list|taglist|keywords");
    private static final Set<String> WEAK = Set.of("ad", "ads", "adv", "advt", "nav", "navbar", "navigation",
            "menu", "tags", "tag", "bio", "header", "hdr", "credit", "credits", "print", "skip", "topics",
            "meta", "dateline", "timestamp", "author", "share", "tools", "utility", "subnav", "rail",
            "aside", "embed", "sr-only", "visually-hidden", "screen-reader-text", "dfp",
            "gpt", "cta", "support", "epic", "contribute", "contribution", "teaser", "teasers", "more", "promo", "links", "contact", "disclaimer", "copyright");
    private static final Pattern POSITIVE = Pattern.compile(
            "article-?body|articlebody|article-?content|article-?text|articletext|post-?body|post-?content|"
            + "entry-?content|entry-?body|story-?body|story-?content|story-?text|main-?content|body-?text|"
            + "article__body|article__content|content-?body|text-?body|rich-?text|prose|blog-?post|hentry|h-entry");
    private static final Pattern TOKEN = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");

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

    private Boilerplate() {
    }

    /** Whether the element's class and id mark it as furniture. */
    static boolean isFurniture(String className, String id) {
        if (className.isEmpty() && id.isEmpty()) {
            return false;
        }
        String raw = className + " " + id;
        String s = CAMEL.matcher(raw).replaceAll("-").toLowerCase(Locale.ROOT);
        if (POSITIVE.matcher(s).find()) {
            return false;
        }
        if (STRONG.matcher(s).find()) {
            return true;
        }
        for (String t : TOKEN.split(s)) {
            if (WEAK.contains(t)) {
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

    /** Whether the class or id names an article body. */
    static boolean isArticleBody(String className, String id) {
        return POSITIVE.matcher(CAMEL.matcher(className + " " + id).replaceAll("-").toLowerCase(Locale.ROOT)).find();
    }
}
