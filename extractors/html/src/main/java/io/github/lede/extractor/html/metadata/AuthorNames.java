package io.github.lede.extractor.html.metadata;

import io.github.lede.extractor.html.dom.Whitespace;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns raw bylines into a list of names. A byline such as
 * {@code "By Miriam Okafor and Daniel Reyes-Whitley"} or
 * {@code "By Astrid Lunde, science correspondent"} gives the people in it:
 * <ul>
 *   <li>a leading "By" (or "Written by", "This post was written by", "Article by", "Author:", "Von", "Par", "Por", "Door", "Di")
 *       is dropped;</li>
 *   <li>the line is split on "and", "&amp;", commas, semicolons, "|", a spaced dash, "on" before a
 *       date and a few other languages' "and";</li>
 *   <li>other credits are cut off ("Edited by Betsy Beyer", "Photos by ...", "Medically reviewed
 *       by ...": an editor or photographer is not an author);</li>
 *   <li>a written date ends a part ("Luke Kim December 17, 2025"), and role words after a
 *       name are dropped ("Rachel MacDonald Writer");</li>
 *   <li>a job title after a comma ("Paul Frew, Home and Digital Security Expert") is dropped
 *       whole;</li>
 *   <li>parts that are roles ("science correspondent", "Staff Writer"), credentials ("MS", "RD",
 *       and after a name any run of capitals such as "M.D. FACLM"),
 *       dates, e-mail addresses or URLs are dropped; a team that signs ("Podium Staff", "The
 *       Lavazza Team") is kept;</li>
 *   <li>what is left must look like a name: one to six words, no digits, at most 60 characters,
 *       starting with a capital (an agency such as "Reuters" or "AFP" is kept as the author
 *       when it is all there is).</li>
 * </ul>
 */
public final class AuthorNames {

    // compiled once: these run on every candidate name
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.)]]+$");
    private static final Pattern PUNCT = Pattern.compile("\\p{Punct}");
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:this\\s+(?:post|article|story|piece)\\s+was\\s+)?(?:(?:article|post|story|blog)\\s+)?(?:(?:written|reported|posted|published|story|text|words|photos?)\\s+)?"
            + "(?:by|von|par|por|door|di|av|af)\\b[:\\s]*|^(?:author|contributors?)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|;|\\||/|&|\\s[-–—]\\s|\\bon behalf of\\b|\\son\\s+(?=\\d)|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\ben\\b|\\bwith\\b|·|•|⋅)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A weekday or month name on its own ("Sat", "December"): part of a date, not a name. */
    private static final Pattern CALENDAR_WORD = Pattern.compile(
            "(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?"
            + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\.?|january|february|march|april|june|july"
            + "|august|september|october|november|december");
    /** A written date ("December 17, 2025", "17 Dec 2025", "2025-12-17", "12/11/25") beside the name. */
    private static final Pattern DATE = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}\\b"
            + "|\\b\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}\\b");
    /** Letters after a name: capitals, dotted or not ("M.D.", "FACLM"), and a specialty in brackets. */
    private static final Pattern CREDENTIALS = Pattern.compile(
            "(?:(?:\\p{Lu}\\.?){2,6}|(?:\\p{Lu}\\.){1,3})(?:\\s+(?:(?:\\p{Lu}\\.?){2,6}|\\([^)]*\\)))*");
    /** A credits line ("content: MarketingSherpa, design: Scott McDaniel"): the site's makers, not the authors. */
    private static final Pattern CREDITS = Pattern.compile("(?:^|[,;]\\s*)\\p{Ll}+:\\s");
    /** Where the other credits start: "Written by Rob Ewaschuk Edited by Betsy Beyer", "... Photos by ...". */
    private static final Pattern OTHER_CREDIT = Pattern.compile(
            "(?i)(?:^|[\\s,;|·•])(?:(?:medically\\s+)?reviewed|edited|fact[- ]checked|photos?|photographs|illustrations?"
            + "|illustrated|graphics|video)\\s+by\\b.*$");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Set<String> ROLE_WORDS = Set.of("correspondent", "editor", "reporter", "writer",
            "staff", "contributor", "columnist", "journalist", "producer", "photographer", "author",
            "senior", "chief", "deputy", "associate", "contributing", "freelance", "team", "desk", "updated",
            "published", "posted", "read", "min", "minutes", "ago", "follow", "email", "twitter", "bio",
            "analyst", "critic", "reviewer", "administrator", "admin", "news", "newsroom", "guest",
            "special", "intern", "managing", "executive", "political", "business", "science", "health",
            "sports", "technology", "more", "about", "view", "all", "posts", "articles", "profile",
            "expert", "specialist", "consultant", "strategist", "manager", "director", "founder", "cofounder", "ceo",
            "president", "officer", "professor", "researcher", "scientist", "engineer", "designer", "developer",
            "nutritionist", "dietitian", "gardener", "astrologer", "attorney", "lawyer", "physician", "marketer",
            "blogger");
    /** What joins a role to its field in a job title: "Head of Marketing", "Editor at Large". */
    private static final Set<String> TITLE_LINK = Set.of("of", "at", "for");
    /** Where a comma or semicolon starts another part of a byline. */
    private static final Pattern PART_START = Pattern.compile("(?=[,;])");
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "del", "della", "van", "von", "der",
            "den", "le", "la", "du", "dos", "das", "bin", "al", "el", "ter", "ten", "y", "mc", "st");

    private AuthorNames() {
    }

    /**
     * The field without e-mail addresses, URLs, runs of white space and a leading "By", and with
     * each written date turned into a separator ("Luke Kim December 17, 2025"); null when
     * there is none or it is too long to be a byline.
     */
    private static String prepared(String raw) {
        if (raw == null) {
            return null;
        }
        String s = EMAIL.matcher(raw).replaceAll(" ");
        s = DATE.matcher(s).replaceAll(" · ");
        s = OTHER_CREDIT.matcher(s).replaceFirst("");
        s = URL.matcher(s).replaceAll(" ");
        s = Whitespace.collapse(s);
        return s.length() > 300 ? null : withoutTitles(PREFIX.matcher(s).replaceFirst(""));
    }

    /**
     * The byline without the job titles set off by a comma: a part of two words or more that ends
     * in a role word ("Paul Frew, Home and Digital Security Expert" gives "Paul Frew") or starts
     * with one and "of", "at" or "for" ("Head of Marketing and Community Development"), which would
     * otherwise split on its "and" into words that look like names.
     */
    private static String withoutTitles(String s) {
        String[] parts = PART_START.split(s);
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String[] words = parts[i].substring(1).strip().split(" ");
            boolean title = words.length >= 2 && (isRole(words[words.length - 1])
                    || (isRole(words[0]) || words[0].equalsIgnoreCase("head")) && TITLE_LINK.contains(words[1]));
            if (!title) {
                b.append(parts[i]);
            }
        }
        return b.toString();
    }

    /** The names in one byline or author field, in order; empty when none looks like a name. */
    public static List<String> parse(String raw) {
        List<String> names = new ArrayList<>();
        String s = prepared(raw);
        if (s == null) {
            return names;
        }
        for (String part : SPLIT.split(s)) {
            if (!names.isEmpty() && CREDENTIALS.matcher(part.strip()).matches()) {
                continue; // "Michael Greger, M.D. FACLM", "Monique Feyrecilde, BA, LVT, VTS (Behavior)"
            }
            clean(part).filter(n -> !names.contains(n)).ifPresent(names::add);
        }
        return names;
    }

    /**
     * The names in an author field of structured metadata (JSON-LD, meta tags), read leniently:
     * the site put the value there as a name, so lower-case names ("kirstin boatto"), one-word
     * handles and team names ("Camphouse Team", "Staff Clinician") are kept. Parts that are only
     * role words ("Staff Writer"), credentials, e-mail addresses or URLs are still dropped, and a
     * credits line ("content: X, design: Y") gives nothing.
     */
    public static List<String> parseMetadata(String raw) {
        List<String> names = new ArrayList<>();
        String s = prepared(raw);
        if (s == null || CREDITS.matcher(s).find()) {
            return names;
        }
        for (String part : SPLIT.split(s)) {
            String p = EDGE_PUNCT.matcher(part.strip()).replaceAll("").strip();
            p = PREFIX.matcher(p).replaceFirst("").strip();
            if (p.isEmpty() || p.length() > 60 || p.chars().allMatch(c -> Character.isDigit(c) || c == ' ')) {
                continue;
            }
            String[] words = p.split(" ");
            if (words.length > 6 || words.length == 1 && isCredential(p.replace(".", "").toUpperCase(Locale.ROOT))) {
                continue;
            }
            boolean allRoles = true;
            for (String w : words) {
                if (!ROLE_WORDS.contains(PUNCT.matcher(w.toLowerCase(Locale.ROOT)).replaceAll(""))) {
                    allRoles = false;
                }
            }
            if (!allRoles && !names.contains(p)) {
                names.add(p);
            }
        }
        return names;
    }

    /** A name from a profile URL's last path segment ({@code /author/jane-doe/} gives "Jane Doe"). */
    public static Optional<String> fromProfileUrl(String url) {
        if (url == null || !url.contains("/")) {
            return Optional.empty();
        }
        String path = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        String slug = path.substring(path.lastIndexOf('/') + 1);
        slug = URLDecoder.decode(slug, StandardCharsets.UTF_8).replaceAll("\\.\\w+$", "");
        if (!slug.matches("[\\p{L}]+(?:[-_.+][\\p{L}]+){1,4}")) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (String w : slug.split("[-_.+]")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return clean(b.toString());
    }

    /** Whether a cleaned string looks like a person's or agency's name. */
    static Optional<String> clean(String part) {
        String p = EDGE_PUNCT.matcher(part.strip()).replaceAll("").strip();
        p = PREFIX.matcher(p).replaceFirst("").strip();
        if (p.isEmpty() || p.length() > 60 || p.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String[] words = p.split(" ");
        if (words.length > 6 || words.length == 1 && (isCredential(p.replace(".", "").toUpperCase(Locale.ROOT))
                || CALENDAR_WORD.matcher(p).matches())) {
            return Optional.empty();
        }
        if (words.length >= 3 && words[0].equalsIgnoreCase("the")) {
            p = p.substring(4);
            words = p.split(" ");
        }
        int end = words.length;
        while (end > 2 && isRole(words[end - 1]) && !isRole(words[0]) && !isRole(words[1])) {
            end--; // "Rachel MacDonald Writer": the name, then the role
        }
        if (end < words.length) {
            words = Arrays.copyOf(words, end);
            p = String.join(" ", words);
        }
        for (int i = 0; i < words.length; i++) {
            // "Podium Staff", "Team SimplyThrilled": a team signs the piece; "Staff Writer" is only a role
            boolean teamName = words.length == 2 && isRole(words[i]) && isTeam(words[i]) && !isRole(words[1 - i]);
            if (isRole(words[i]) && !teamName) {
                return Optional.empty();
            }
        }
        if (!Character.isUpperCase(p.codePointAt(0)) && !Character.isLetter(p.codePointAt(0))) {
            return Optional.empty();
        }
        if (!Character.isUpperCase(p.codePointAt(0))) {
            // "science correspondent": lower-case words are a role, unless a particle starts the name ("de la Cruz").
            String first = words[0].toLowerCase(Locale.ROOT);
            if (!PARTICLES.contains(first) || words.length < 2) {
                return Optional.empty();
            }
        }
        if (Arrays.stream(words).allMatch(w -> w.replace(".", "").length() <= 1)) {
            return Optional.empty(); // initials alone ("J J") name nobody
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))
                    && !PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return Optional.of(p);
    }

    private static boolean isRole(String word) {
        return ROLE_WORDS.contains(PUNCT.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    private static boolean isTeam(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("team") || w.equals("staff");
    }

    private static boolean isCredential(String p) {
        return switch (p) {
            case "MS", "RD", "MD", "PHD", "RN", "MA", "BA", "BS", "MBA", "MPH", "CPA", "JD", "DO", "DDS",
                    "LD", "CDN", "CSCS", "NP", "PA", "CPT", "MSC", "BSC" -> true;
            default -> false;
        };
    }
}
