package io.github.lede.extractor.text;

import java.util.regex.Pattern;

/**
 * Recognises page furniture that plain-text copies of news pages carry along: teasers for other
 * stories, calls to subscribe, follow or share, photo and wire credits, advertising labels,
 * "last updated" stamps and copyright lines.
 *
 * <p>Only a whole block can be furniture, and only a short one that <em>starts</em> the way
 * furniture does: a label with a colon ({@code READ ALSO:}, {@code Photo:}), an imperative aimed
 * at the reader ({@code Subscribe to}, {@code Share this}) that also names a thing such as a
 * newsletter or an app, or a lone label ({@code Advertisement}). A paragraph that merely contains
 * such words ("the mayor told residents to share …") is running text.
 */
final class Furniture {

    /** Nothing longer is furniture; keeps the checks cheap on huge single-line input. */
    private static final int MAX_CHARS = 400;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A teaser label followed by a colon, dash or pipe: {@code READ ALSO: …}, {@code Related: …}. */
    private static final Pattern TEASER_LABEL = Pattern.compile("^[(\\[]?\\s*(?:read\\s+(?:also|more|next|this)"
            + "|also\\s+read|see\\s+also|related(?:\\s+(?:stories|articles|content|coverage|links|reading|news|video))?"
            + "|more\\s+(?:from|on|about|stories|news|coverage|reading)|more|watch(?:\\s+now)?|listen(?:\\s+now)?"
            + "|recommended(?:\\s+for\\s+you)?|trending(?:\\s+now)?|most\\s+(?:read|popular|viewed)"
            + "|don['’]?t\\s+miss|editor['’]?s\\s+picks?|top\\s+stories|you\\s+may\\s+also\\s+like|promoted"
            + "|sponsored|paid\\s+content)\\s*[:|–—>»]", FLAGS);

    /** {@code Read more in our … series}, {@code Find out more at …}. */
    private static final Pattern READ_MORE = Pattern.compile(
            "^(?:read|see|find\\s+out|learn|discover)\\s+(?:more|the\\s+(?:full|latest|rest))\\b", FLAGS);

    /**
     * A verb that addresses the reader wherever it opens a short block, then a word that shows it
     * is an imperative ({@code Subscribe to}, {@code Click here}).
     */
    private static final Pattern DIRECT_CALL = Pattern.compile("^(?:please\\s+)?(?:subscribe|sign\\s+(?:up|in|me\\s+up)"
            + "|log\\s+in|click|tap|refresh|reload|donate|bookmark)"
            + "(?:\\s+(?:to|up|for|here|now|this|our|the|us|me|on|in|below|your|today|free|and)\\b|\\s*[.!:]?$)", FLAGS);

    /**
     * A verb that is also a noun or used in reporting ({@code Share prices}, {@code Support for}),
     * so it counts only followed by a word that makes it an imperative ({@code Share this},
     * {@code Follow us}) and with an {@link #ACTION_OBJECT} in the block.
     */
    private static final Pattern INDIRECT_CALL = Pattern.compile("^(?:please\\s+)?(?:share|follow|join|e-?mail"
            + "|download|get|listen|watch|support|print|copy|scroll|swipe|read|like\\s+us)"
            + "(?:\\s+(?:us|this|these|our|me|here|now|your|it|link|more|on|to|the)\\b|\\s*[.!:]?$)", FLAGS);

    /** What calls to action are about. */
    private static final Pattern ACTION_OBJECT = Pattern.compile("\\b(?:newsletters?|alerts?|updates?|notifications?"
            + "|apps?|podcasts?|inbox|subscriptions?|subscribers?|membership|edition|briefing|digest|feed"
            + "|channel|story|stories|article|page|post|link|us|here|facebook|twitter|instagram|x|whatsapp|telegram"
            + "|youtube|tiktok|linkedin|bluesky|threads|mastodon|rss|journalism|email|e-mail|comments?|conversation"
            + "|discussion)\\b", FLAGS);

    /** A credit label: {@code Photo: … / Agency}, {@code Image credit: …}, {@code Source: …}. */
    private static final Pattern CREDIT_LABEL = Pattern.compile("^[(\\[]?\\s*(?:photo(?:graph)?s?|image|picture|pic"
            + "|illustration|graphic|video|credits?|caption|file\\s+photo|(?:top|main|lead|header|cover)\\s+image"
            + "|source)(?:\\s+credit)?\\s*[:|]", FLAGS);

    /** An agency photo credit on its own: {@code (AP Photo/Jane Doe)}, {@code Getty Images / Agency}. */
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "^\\(?[\\p{L}.&' ]{0,40}\\b(?:photo|photograph|image|picture)s?\\s*/\\s*[^/()]{1,80}\\)?\\.?$", FLAGS);

    /** Wire-service credits: {@code (Reporting by …; Editing by …)}. */
    private static final Pattern WIRE_CREDIT = Pattern.compile("^[(\\[]?\\s*(?:additional\\s+)?(?:reporting"
            + "|writing|editing|compiled|research|translation|translated|produced|graphics|fact-checking)\\s+by\\b",
            FLAGS);

    /** Labels that stand alone on a line. */
    private static final Pattern LONE_LABEL = Pattern.compile("^(?:advertisement|advertisment|ads?"
            + "|sponsored(?:\\s+(?:content|post|links?))?|paid\\s+(?:post|content|partnership)"
            + "|promoted(?:\\s+content)?|partner\\s+content|skip\\s+(?:ad|advertisement)"
            + "|(?:story|article)\\s+continues\\s+(?:below|after)(?:\\s+(?:this\\s+)?(?:ad|advertisement))?"
            + "|continue\\s+reading(?:\\s+(?:below|the\\s+main\\s+story))?"
            + "|scroll\\s+(?:down\\s+)?to\\s+continue(?:\\s+(?:reading|with\\s+content))?"
            + "|advertisement\\s*[-–—]\\s*(?:continue|story\\s+continues)\\s+(?:reading\\s+)?below"
            // navigation and legal links that survive a copy of a web page
            + "|related(?:\\s+(?:stories|articles|posts|content|coverage|links|reading|news))?"
            + "|you\\s+(?:may|might)\\s+also\\s+(?:like|enjoy)(?:\\s+these)?|recent\\s+posts|most\\s+(?:read|popular)"
            + "|share\\s+(?:this\\s+|the\\s+)?(?:article|story|post|page|update)|report\\s+this\\s+(?:article|post)"
            + "|privacy\\s+(?:policy|statement|settings)|cookies?\\s+(?:policy|settings|preferences)"
            + "|terms\\s+(?:of\\s+(?:use|service)|and\\s+conditions)|contact\\s+us|about\\s+us"
            + "|skip\\s+to\\s+(?:main\\s+)?content|back\\s+to\\s+top|newsletter\\s+sign[-\\s]?up)\\s*[.:]?$",
            FLAGS);

    /** {@code © 2025 …}, {@code Copyright …}, {@code … All rights reserved.} */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:©|\\(c\\)\\s|copyright\\b)|\\ball\\s+rights\\s+reserved\\.?$", FLAGS);

    /** {@code Last updated 3:15 p.m.}, {@code Published: 8 February 2024}, {@code Updated Feb 8}. */
    private static final Pattern STAMP = Pattern.compile("^[(\\[]?\\s*(?:last\\s+updated|last\\s+update|updated"
            + "|last\\s+modified|modified|published|first\\s+published|posted)\\s*(?:on|at)?\\s*:?\\s*"
            + "(?:\\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\b"
            + "|today|yesterday)", FLAGS);

    private Furniture() {
    }

    /** Whether the block is page furniture rather than part of the story. */
    static boolean isFurniture(String text) {
        if (text.length() > MAX_CHARS) {
            return false;
        }
        int words = LineShape.words(text, 50);
        if (words <= 30 && TEASER_LABEL.matcher(text).find()) {
            return true;
        }
        if (words <= 20 && (READ_MORE.matcher(text).find() || STAMP.matcher(text).find())) {
            return true;
        }
        if (words <= 30 && isCallToAction(text)) {
            return true;
        }
        if (words <= 40 && (CREDIT_LABEL.matcher(text).find() || WIRE_CREDIT.matcher(text).find())) {
            return true;
        }
        if (words <= 12 && AGENCY_CREDIT.matcher(text).matches()) {
            return true;
        }
        return (words <= 6 && LONE_LABEL.matcher(text).matches()) || (words <= 30 && COPYRIGHT.matcher(text).find());
    }

    private static boolean isCallToAction(String text) {
        return DIRECT_CALL.matcher(text).find()
                || (INDIRECT_CALL.matcher(text).find() && ACTION_OBJECT.matcher(text).find());
    }
}
