package io.github.lede.extractor.html.metadata;

import io.github.lede.extractor.html.dom.TextKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers the headline from a metadata title that may carry the site's name ("Headline | Site",
 * "Site - Headline"). The host name glued on with a space ("example.com Headline") is dropped first,
 * and a lone {@code <title>} of a page without a site name loses a tail of three words or fewer
 * after its last separator. Then:
 * <ol>
 *   <li>a long candidate that another continues (a headline cut at a length limit) is replaced
 *       by the longer one;</li>
 *   <li>a title that equals one of the page's {@code h1}s (ignoring case, spacing and
 *       punctuation) is the headline as it stands; so is one shown as an {@code h2} or {@code h3}
 *       before any {@code h1};</li>
 *   <li>otherwise segments split off by a separator ({@code | - – — · • » :: /}) at either end
 *       are dropped while they name the site: equal to, inside or containing the site name, or
 *       matching the host name ("The Guardian" for theguardian.com);</li>
 *   <li>a title that still has a {@code |}, {@code ·}, {@code »} or {@code ::} keeps its longest
 *       part when the others are short (five words at most);</li>
 *   <li>an {@code h1} that is a candidate title cut at a separator (the title's tail being a
 *       subtitle or SEO addition) is the headline;</li>
 *   <li>finally an {@code h1} that the metadata title contains, that starts the {@code <title>} or
 *       is most of it, that contains the stripped title, or that differs from it by one word, is
 *       preferred, since it is the headline as displayed (unless it is in capitals); so is
 *       the page's only {@code h1} when it has three to twenty words (more is a standfirst styled
 *       as a heading), is not the site name, and the title is not shown as an {@code h2} or {@code h3} before it
 *       (that is the page's headline, the {@code h1} a heading inside the text).</li>
 * </ol>
 */
final class TitleCleaner {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern BRACKET_EDGES = Pattern.compile("^[\\[(]|[\\])]$");
    private static final Pattern WWW_PREFIX = Pattern.compile("^www\\.");

    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|·|•|»|«|::|/|\\\\)\\s+|\\s*\\|\\s*");
    /** Where a headline may be cut from its subtitle: any separator, or a colon. */
    private static final Pattern SUBTITLE_SEPARATOR = Pattern.compile(SEPARATOR.pattern() + "|:\\s+");
    /** What sets a site name glued after the headline off it: a separator, or an opening bracket. */
    private static final Pattern GLUE_BEFORE_SITE = Pattern.compile("^(?:\\s+[-–—]\\s+|\\s*(?:[|·•»«_/]|::)\\s*|\\s+(?=[\\[(]))");
    /** What sets a site name glued before the headline off it. */
    private static final Pattern GLUE_AFTER_SITE = Pattern.compile("(?:\\s+[-–—]\\s+|\\s*(?:[|·•»«_/]|::)\\s*|(?<=[\\])])\\s+)$");
    private static final Pattern STRONG_SEPARATOR = Pattern.compile("\\s*(?:\\||·|»|::)\\s*");

    private TitleCleaner() {
    }

    /**
     * The headline from the page's candidate titles (best source first): the first candidate that
     * matches an {@code h1} as it stands or once stripped of the site name, else the first
     * candidate cleaned by {@link #clean}.
     */
    static Optional<String> choose(List<String> candidates, String docTitle, List<String> h1s, String siteName,
            Optional<String> host, List<String> confirmed) {
        String label = host.map(TitleCleaner::hostLabel).orElse("");
        candidates = untruncated(candidates.stream().map(c -> withoutHost(c, host)).toList(), siteName, label);
        if (candidates.size() == 1 && siteName == null) {
            // Only the <title>, and no site name to recognise: a short tail after a separator is the site's.
            candidates = List.of(withoutShortTail(candidates.get(0)));
        }
        List<String> h1Norms = h1s.stream().map(TitleCleaner::norm).toList();
        for (String c : candidates) {
            String n = norm(c);
            String stripped = stripSite(c, siteName, label);
            String ns = norm(stripped);
            for (String nh : h1Norms) {
                if (!nh.isEmpty() && (nh.equals(n) || nh.equals(ns))) {
                    return Optional.of(nh.equals(n) ? c : stripped);
                }
            }
        }
        for (String c : candidates) {
            String ns = norm(stripSite(c, siteName, label));
            if (ns.length() >= 10 && confirmed.stream().anyMatch(h -> norm(h).equals(ns))) {
                // shown as a heading before any h1: the page's headline, though not its first metadata title
                return Optional.of(stripSite(c, siteName, label));
            }
        }
        for (String c : candidates) {
            for (String h : h1s) {
                Optional<String> part = leadingPart(h, c);
                if (part.isPresent()) {
                    return part;
                }
            }
        }
        return clean(candidates.isEmpty() ? null : candidates.get(0), docTitle, h1s, siteName, host, confirmed);
    }

    /**
     * One candidate title cleaned of the site name and reconciled with the {@code h1}s; see the
     * class comment. {@code confirmed} holds the texts that show a title as the headline: the
     * {@code h2}s and {@code h3}s before the first {@code h1}.
     */
    static Optional<String> clean(String raw, String docTitle, List<String> h1s, String siteName, Optional<String> host,
            List<String> confirmed) {
        if (raw == null || raw.isBlank()) {
            return h1s.isEmpty() ? Optional.empty() : Optional.of(h1s.get(0));
        }
        String n = norm(raw);
        for (String h : h1s) {
            if (norm(h).equals(n)) {
                return Optional.of(raw);
            }
        }
        String stripped = stripSite(raw, siteName, host.map(TitleCleaner::hostLabel).orElse(""));
        String ns = norm(stripped);
        for (String h : h1s) {
            if (norm(h).equals(ns)) {
                return Optional.of(stripped);
            }
        }
        String nd = docTitle == null ? "" : norm(docTitle);
        // an h1 inside the <title> must start it or be most of it: a section heading of the text may be one word of
        // the headline
        int ndStripped = docTitle == null ? 0 : norm(stripSite(docTitle, siteName, host.map(TitleCleaner::hostLabel)
                .orElse(""))).length();
        for (String h : h1s) {
            String nh = norm(h);
            if (nh.length() >= 4 && (n.contains(nh) && nh.length() * 2 >= ns.length() || nh.contains(ns)
                    || nd.contains(nh) && (nd.startsWith(nh) || nh.length() * 2 >= ndStripped))) {
                return Optional.of(h);
            }
        }
        for (String h : h1s) {
            if (!isCapitals(h) && oneWordApart(h, stripped)) {
                return Optional.of(h); // the headline as shown, the metadata's a word shorter or longer
            }
        }
        int h1Words = h1s.size() == 1 ? WHITESPACE.split(h1s.get(0)).length : 0;
        // an h1 in capitals is styled so; the metadata has the headline's own case
        boolean shouted = h1Words > 0 && isCapitals(h1s.get(0)) && !isCapitals(stripped);
        if (h1Words >= 3 && h1Words <= 20 && !shouted && (siteName == null || !norm(siteName).equals(norm(h1s.get(0))))
                && confirmed.stream().noneMatch(c -> norm(c).equals(ns))) {
            // The one visible headline, where the metadata carries a different (SEO) title.
            return Optional.of(h1s.get(0));
        }
        return Optional.of(stripped);
    }

    /**
     * The candidates with each long one that another candidate continues replaced by that one,
     * site name stripped: a JSON-LD headline cut at 110 characters ("... Solutions (Including")
     * where {@code og:title} has it whole.
     */
    private static List<String> untruncated(List<String> candidates, String siteName, String label) {
        List<String> out = new ArrayList<>(candidates.size());
        // each candidate stripped and normalised once, when a long candidate first needs them
        String[] full = new String[candidates.size()];
        String[] fullNorm = new String[candidates.size()];
        for (String c : candidates) {
            String whole = c;
            if (c.length() >= 60) {
                String n = norm(c);
                for (int i = 0; i < candidates.size(); i++) {
                    if (full[i] == null) {
                        full[i] = stripSite(candidates.get(i), siteName, label);
                        fullNorm[i] = norm(full[i]);
                    }
                    if (fullNorm[i].length() > n.length() && fullNorm[i].startsWith(n)) {
                        whole = full[i];
                        break;
                    }
                }
            }
            out.add(whole);
        }
        return out;
    }

    /**
     * {@code title} cut at a separator where that is the {@code h1}: "Gym Workouts for Beginners"
     * of "Gym Workouts for Beginners — Strength Training". The page shows the shorter form as its
     * headline; the rest is a subtitle or SEO tail. The headline must keep at least three words.
     * The title's own text is returned, free of the glyphs an {@code h1} may carry ("¶" anchors).
     */
    static Optional<String> leadingPart(String h1, String title) {
        String nh = norm(h1);
        if (wordCount(h1) < 3) {
            return Optional.empty();
        }
        Matcher m = SUBTITLE_SEPARATOR.matcher(title);
        while (m.find()) {
            if (norm(title.substring(0, m.start())).equals(nh)) {
                return Optional.of(title.substring(0, m.start()).strip());
            }
        }
        return Optional.empty();
    }

    /**
     * The name glued to the headline in the document title: "LWN.net" of "Weekly Edition [LWN.net]",
     * "Code" of "Code | Get Your Code Covered". The rest of the document title, at the end or the
     * start, must be set off by a separator or brackets (a colon sets off a subtitle) and be at
     * most five words; when it has several separated parts the outermost is the site.
     */
    static Optional<String> gluedName(String docTitle, String headline) {
        String h = headline.strip();
        boolean atEnd = docTitle.startsWith(h);
        if (h.isEmpty() || docTitle.length() <= h.length() || !atEnd && !docTitle.endsWith(h)) {
            return Optional.empty();
        }
        String rest = atEnd ? docTitle.substring(h.length()) : docTitle.substring(0, docTitle.length() - h.length());
        Matcher glue = (atEnd ? GLUE_BEFORE_SITE : GLUE_AFTER_SITE).matcher(rest);
        if (!glue.find() || wordCount(rest) > 5) {
            return Optional.empty();
        }
        String[] parts = SEPARATOR.split(atEnd ? rest.substring(glue.end()) : rest.substring(0, glue.start()));
        String name = BRACKET_EDGES.matcher(atEnd ? parts[parts.length - 1] : parts[0]).replaceAll("").strip();
        return norm(name).isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /**
     * Whether two titles of five words or more are the same words but for one added, dropped or
     * changed ("Calculators 2025" and "Calculators in 2025").
     */
    static boolean oneWordApart(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (Math.min(x.size(), y.size()) < 5 || Math.abs(x.size() - y.size()) > 1 || x.equals(y)) {
            return false;
        }
        int prefix = 0;
        while (prefix < x.size() && prefix < y.size() && x.get(prefix).equals(y.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < x.size() - prefix && suffix < y.size() - prefix
                && x.get(x.size() - 1 - suffix).equals(y.get(y.size() - 1 - suffix))) {
            suffix++;
        }
        return Math.max(x.size(), y.size()) - prefix - suffix <= 1;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : WHITESPACE.split(s)) {
            String n = norm(w);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /** Whether {@code s} has letters and none of them is lower-case. */
    private static boolean isCapitals(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.chars().noneMatch(Character::isLowerCase);
    }

    /**
     * {@code title} without the page's host name written before or after it with only a space
     * between ("davidbau.com Vibe Coding").
     */
    static String withoutHost(String title, Optional<String> host) {
        if (host.isEmpty()) {
            return title;
        }
        String h = WWW_PREFIX.matcher(host.get().toLowerCase(Locale.ROOT)).replaceFirst("");
        String lower = title.toLowerCase(Locale.ROOT);
        for (String name : new String[] {h, "www." + h}) {
            if (lower.startsWith(name + " ") && title.length() > name.length() + 1) {
                return title.substring(name.length() + 1).strip();
            }
            if (lower.endsWith(" " + name) && title.length() > name.length() + 1) {
                return title.substring(0, title.length() - name.length() - 1).strip();
            }
        }
        return title;
    }

    /**
     * {@code title} without a tail of at most three words after its last separator, when at least
     * three words, and more than the tail has, stay: "Lorem ipsum dolor sit amet – My website".
     */
    static String withoutShortTail(String title) {
        Matcher m = SEPARATOR.matcher(title);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        if (start <= 0) {
            return title;
        }
        int head = wordCount(title.substring(0, start));
        int tail = wordCount(title.substring(end));
        return tail <= 3 && head >= 3 && head > tail ? title.substring(0, start).strip() : title;
    }

    static String stripSite(String title, String siteName, String hostLabel) {
        List<String> parts = new ArrayList<>();
        List<String> seps = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        int last = 0;
        while (m.find()) {
            parts.add(title.substring(last, m.start()));
            seps.add(m.group());
            last = m.end();
        }
        parts.add(title.substring(last));
        boolean changed = true;
        while (parts.size() > 1 && changed) {
            changed = false;
            if (isSite(parts.get(parts.size() - 1), siteName, hostLabel)) {
                parts.remove(parts.size() - 1);
                seps.remove(seps.size() - 1);
                changed = true;
            } else if (isSite(parts.get(0), siteName, hostLabel)) {
                parts.remove(0);
                seps.remove(0);
                changed = true;
            }
        }
        StringBuilder b = new StringBuilder(parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            b.append(seps.get(i - 1)).append(parts.get(i));
        }
        String s = b.toString().strip();
        String[] strong = STRONG_SEPARATOR.split(s);
        if (strong.length > 1) {
            String longest = "";
            for (String p : strong) {
                if (p.length() > longest.length()) {
                    longest = p;
                }
            }
            boolean othersShort = true;
            for (String p : strong) {
                if (p != longest && wordCount(p) > 5) {
                    othersShort = false;
                }
            }
            if (othersShort && wordCount(longest) >= 3) {
                s = longest.strip();
            }
        }
        return s.isEmpty() ? title.strip() : s;
    }

    private static boolean isSite(String segment, String siteName, String hostLabel) {
        String seg = norm(segment);
        if (seg.isEmpty()) {
            return true;
        }
        int words = wordCount(segment);
        if (siteName != null) {
            String site = norm(siteName);
            if (!site.isEmpty() && (seg.equals(site) || seg.length() >= 3 && site.contains(seg)
                    || seg.contains(site) && words <= 6)) {
                return true;
            }
        }
        return hostLabel.length() >= 3 && (seg.equals(hostLabel) || seg.length() >= 4 && hostLabel.contains(seg)
                || seg.contains(hostLabel) && words <= 4);
    }

    /** The registrable label of a host: "theguardian" for www.theguardian.com, "bbc" for www.bbc.co.uk. */
    static String hostLabel(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        if (labels.length < 2) {
            return norm(host);
        }
        int i = labels.length - 2;
        if (i > 0 && labels[i].length() <= 3 && labels[labels.length - 1].length() == 2) {
            i--; // co.uk, com.au
        }
        return norm(labels[i]);
    }

    /** The letters and digits of {@code s}, lower-cased: what two spellings of a title have in common. */
    static String norm(String s) {
        return TextKey.of(s);
    }

    /** How many words {@code s} has, split at white space. */
    private static int wordCount(String s) {
        return WHITESPACE.split(s.strip()).length;
    }
}
