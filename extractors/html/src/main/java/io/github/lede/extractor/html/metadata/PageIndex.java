package io.github.lede.extractor.html.metadata;

import io.github.lede.extractor.html.dom.DocumentOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;
import org.jsoup.nodes.TextNode;

/**
 * The elements metadata is read from, gathered in one walk of the document so that no field
 * needs a walk of its own: meta, link, JSON-LD script, h1, h2, h3, time and rel-author elements,
 * elements by {@code itemprop}, and elements whose class or id hints at a byline or a date.
 */
final class PageIndex {

    private static final Pattern HEADING_TAG = Pattern.compile("h[1-6]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    final List<Element> metas = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    /** The {@code h2}s and {@code h3}s before the first {@code h1} (all of them when there is none). */
    final List<Element> headingsBeforeH1 = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> authorLinks = new ArrayList<>();
    final List<Element> bylineHinted = new ArrayList<>();
    final List<Element> dateHinted = new ArrayList<>();
    /**
     * Where a name is likely: the element right after a byline label ("By", "Written by",
     * "Author:"), or the element whose text starts with one ("By Jerry Chu"); in document order.
     */
    final List<Element> afterBylineLabels = new ArrayList<>();
    final Map<String, List<Element>> itemprops = new HashMap<>();
    /** The name heading an author box ("Alban Brooke" over "Alban Brooke is the Head of ..."), or empty. */
    String authorBox = "";

    /** A byline label on its own: "By", "Written by:", "Article by", "Author:", "Posted by", "von", "par". */
    private static final Pattern BYLINE_LABEL = Pattern.compile(
            "(?i)(?:(?:article|post|story|blog)\\s+)?(?:(?:written|authored|posted|reported|words|article)\\s+)?by\\s*:?"
            + "|(?:author|contributors?|autor|auteur)\\s*:?|von|par|por|door");
    /** A text that starts with a byline label and a capitalised word: "By Jerry Chu", "Written by: Ann Lee". */
    private static final Pattern BYLINE_START = Pattern.compile(
            "\\s*(?:[Ww]ritten |[Pp]osted |[Rr]eported )?(?:[Bb]y|BY):?\\s+\\p{Lu}");

    /** The start of an author's bio: one to four capitalised words, then "is" ("Alban Brooke is the Head of"). */
    private static final Pattern BIO_START = Pattern.compile(
            "\\s*(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}.'’-]*){0,3}) (?:is|was) (?:a|an|the)\\b");

    private static final int BYLINE = 1;
    private static final int DATE = 2;

    PageIndex(DocumentOrder order) {
        order.filter(new DocumentOrder.Filter() {
            @Override
            public FilterResult headBlank(TextNode text, int depth) {
                return FilterResult.CONTINUE; // no label, byline or bio
            }

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t && t.parent() instanceof Element p) {
                    String w = t.getWholeText();
                    int start = firstNonSpace(w);
                    if (start == w.length()) {
                        return FilterResult.CONTINUE; // blank: most text nodes are indentation between tags
                    }
                    if (w.length() <= 30 && mayBeLabel(w, start) && BYLINE_LABEL.matcher(w.strip()).matches()) {
                        // "By <a>Name</a>" or "by: Name": the name follows the label inside one element
                        // (whose text then starts with the label); "<h4>Author</h4><p>Name</p>": the next element
                        Element holder = nextElement(t);
                        if (holder == null) {
                            holder = followedByText(t) ? p : p.nextElementSibling();
                        }
                        if (holder == null && p.parent() != null && followedByText(p)) {
                            // "<strong>Contributors:</strong> Janet Loughrey": the name follows the label's element
                            holder = p.parent();
                        }
                        if (holder != null) {
                            afterBylineLabels.add(holder);
                        }
                    } else if (w.length() <= 80 && mayStartByline(w, start) && BYLINE_START.matcher(w).lookingAt()
                            && (!isHeading(p) || w.strip().toLowerCase(Locale.ROOT).startsWith("written"))) {
                        // "By Jerry Chu" in one text node; a heading "By Event Type" is a section title
                        afterBylineLabels.add(p);
                    } else if (w.length() > 20 && authorBox.isEmpty() && p.normalName().equals("p")
                            && t.siblingIndex() == 0 && mayStartBio(w, start)) {
                        authorBoxName(w, p);
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                // The HTML parser lower-cases attribute names: exact lookups find what attr() would.
                Attributes a = e.attributesSize() == 0 ? null : e.attributes();
                switch (e.normalName()) {
                    case "meta" -> metas.add(e);
                    case "link" -> links.add(e);
                    case "h1" -> h1s.add(e);
                    case "h2", "h3" -> {
                        if (h1s.isEmpty()) {
                            headingsBeforeH1.add(e);
                        }
                    }
                    case "time" -> times.add(e);
                    case "script" -> {
                        if (a != null && a.get("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                            jsonLd.add(e);
                        }
                    }
                    case "a" -> {
                        if (a != null && a.get("rel").toLowerCase(Locale.ROOT).contains("author")) {
                            authorLinks.add(e);
                        }
                    }
                    default -> {
                    }
                }
                if (a == null) {
                    return FilterResult.CONTINUE;
                }
                String itemprop = a.get("itemprop"); // an empty one names no property any field asks for
                if (!itemprop.isEmpty()) {
                    for (String p : splitSpaces(itemprop.toLowerCase(Locale.ROOT))) {
                        itemprops.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
                    }
                }
                int kind = hintKind(a.get("class")) | hintKind(a.get("id"));
                if ((kind & BYLINE) != 0) {
                    bylineHinted.add(e);
                }
                if ((kind & DATE) != 0) {
                    dateHinted.add(e);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, 0);
    }

    /**
     * Records the name of an author box: an element that is only a name ("Alban Brooke", or an
     * image with that alt text) followed by a paragraph that starts "Alban Brooke is ..."
     * ("Stefan is the founder of ..."), with the person's portrait beside them.
     */
    private void authorBoxName(String text, Element p) {
        Matcher m = BIO_START.matcher(text);
        if (!m.lookingAt() || p.previousElementSibling() == null) {
            return;
        }
        String subject = m.group(1);
        Element prev = p.previousElementSibling();
        String shown = prev.text().strip();
        if (shown.isEmpty()) {
            Element img = prev.selectFirst("img[alt]");
            shown = img == null ? "" : img.attr("alt").strip();
        }
        // "Alban Brooke" / "Alban Brooke is"; a first name alone only when the box shows just that ("Stefan")
        boolean same = shown.equals(subject) || subject.indexOf(' ') > 0
                && (shown.startsWith(subject + " ") || subject.startsWith(shown + " "));
        if (shown.length() <= 60 && same && hasPortrait(p, shown)) {
            authorBox = shown.length() >= subject.length() ? shown : subject;
        }
    }

    /**
     * Whether the box around a bio shows the person: an image just before {@code bio}, or within
     * its grandparent while that is a small box (1,000 characters of text), whose alt text is the
     * name or that is marked as an avatar or author photo. A section "Kanban" over "Kanban is a
     * method ..." has none.
     */
    private static boolean hasPortrait(Element bio, String name) {
        Element box = bio.parent() == null || bio.parent().parent() == null ? bio.parent() : bio.parent().parent();
        Element before = bio.previousElementSibling();
        if (before != null && before.text().isBlank()) {
            box = before; // the portrait itself stands over the bio
        } else if (box == null || boundedText(box, 1000).isEmpty()) {
            return false; // a box, not the article around a section
        }
        for (Element img : box.getElementsByTag("img")) {
            String marks = (img.className() + " " + img.attr("src")).toLowerCase(Locale.ROOT);
            if (img.attr("alt").strip().equalsIgnoreCase(name) || marks.contains("avatar") || marks.contains("author")) {
                return true;
            }
        }
        return false;
    }

    /*
     * Cheap tests before the byline patterns, which would otherwise run on every short text of the
     * page: a label's first letter opens one of its words and it ends as one of its last words does
     * (by, author, contributor(s), autor, auteur, von, par, por, door: "by", "or", "rs", "ur", "on",
     * "ar", in either case); a byline starts with By, Written, Posted or Reported. Each is given
     * the index of the text's first non-space character.
     */
    private static boolean mayBeLabel(String w, int i) {
        int j = w.length() - 1;
        while (j >= i && (Character.isWhitespace(w.charAt(j)) || w.charAt(j) == ':')) {
            j--;
        }
        if (j <= i || "apsbwrcvdAPSBWRCVD".indexOf(w.charAt(i)) < 0) {
            return false;
        }
        // | 0x20 lower-cases an ASCII letter and turns nothing else into one
        char a = (char) (w.charAt(j - 1) | 0x20);
        char b = (char) (w.charAt(j) | 0x20);
        return b == 'y' ? a == 'b' : b == 'r' ? a == 'o' || a == 'u' || a == 'a' : b == 's' ? a == 'r' : b == 'n' && a == 'o';
    }

    private static boolean mayStartByline(String w, int i) {
        if (i + 1 >= w.length()) {
            return false;
        }
        char c = w.charAt(i);
        char d = w.charAt(i + 1);
        return (c == 'B' || c == 'b') && (d == 'y' || d == 'Y')
                || (c == 'W' || c == 'w') && w.startsWith("ritten ", i + 1)
                || (c == 'P' || c == 'p') && w.startsWith("osted ", i + 1)
                || (c == 'R' || c == 'r') && w.startsWith("eported ", i + 1);
    }

    /** Cheap test before the bio pattern: a capital first, " is " or " was " later. */
    private static boolean mayStartBio(String w, int i) {
        return i < w.length() && Character.isUpperCase(w.codePointAt(i)) && (w.contains(" is ") || w.contains(" was "));
    }

    /** The index of the first character that is not {@link Character#isWhitespace}, or the length. */
    private static int firstNonSpace(String w) {
        int i = 0;
        while (i < w.length() && isWhitespace(w.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@link Character#isWhitespace}, without its table lookup for the ASCII that indentation is made of. */
    private static boolean isWhitespace(char c) {
        return c <= ' ' ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' : c >= '\u1680' && Character.isWhitespace(c);
    }

    private static boolean isHeading(Element e) {
        String n = e.normalName();
        return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6'
                || e.parent() != null && HEADING_TAG.matcher(e.parent().normalName()).matches();
    }

    /** The first element after {@code t} in its parent, past comments and blank text; null when text or nothing comes first. */
    private static Element nextElement(TextNode t) {
        for (Node n = t.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Element el) {
                return el;
            }
            if (n instanceof TextNode tn && !tn.isBlank()) {
                return null;
            }
        }
        return null;
    }

    /** Whether non-blank text follows {@code t} in its parent. */
    private static boolean followedByText(Node t) {
        for (Node n = t.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode tn && !tn.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Which hints a class or id value carries; matched case-sensitively on the usual spellings, for speed. */
    private static int hintKind(String hint) {
        int kind = 0;
        if (hint.length() < 4) {
            return kind;
        }
        if (hint.contains("uthor") || hint.contains("yline") || hint.contains("riter")
                || hint.contains("ontributor") || hint.contains("eporter") || hint.contains("osted")) {
            kind |= BYLINE;
        }
        if (hint.contains("date") || hint.contains("Date") || hint.contains("ublish") || hint.contains("osted")
                || hint.contains("reated") || hint.contains("time") || hint.contains("Time")) {
            kind |= DATE;
        }
        return kind;
    }

    /**
     * The element's text with whitespace collapsed, or empty when it is longer than {@code max}
     * characters; stops walking as soon as the limit is passed.
     */
    static String boundedText(Element e, int max) {
        StringBuilder b = new StringBuilder();
        boolean[] tooLong = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t && !t.isBlank()) {
                    // stripped, so that indentation does not count towards the limit
                    b.append(t.getWholeText().strip()).append(' ');
                } else if (node instanceof Element el && el.normalName().equals("br")) {
                    b.append(' ');
                }
                if (b.length() > max * 3) {
                    tooLong[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        if (tooLong[0]) {
            return "";
        }
        String s = MetadataExtractor.squash(b.toString());
        return s.length() > max ? "" : s;
    }

    /** {@code s.split("\\s+")}, without compiling the pattern when {@code s} holds no such space. */
    static String[] splitSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return WHITESPACE.split(s);
            }
        }
        return new String[] {s};
    }

    /** The elements with an {@code itemprop} (lower-case). */
    List<Element> itemprop(String prop) {
        return itemprops.getOrDefault(prop.toLowerCase(Locale.ROOT), List.of());
    }

    /** The {@code href} of the first {@code <link>} with this {@code rel}, resolved. */
    String link(String rel) {
        for (Element l : links) {
            String rels = l.attr("rel").toLowerCase(Locale.ROOT);
            if (!rels.contains(rel)) {
                continue;
            }
            for (String r : splitSpaces(rels)) {
                if (r.equals(rel)) {
                    String abs = l.attr("abs:href");
                    return abs.isEmpty() ? l.attr("href") : abs;
                }
            }
        }
        return "";
    }
}
