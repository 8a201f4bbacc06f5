package io.github.lede.extractor.html.content;

import io.github.lede.extractor.html.content.Segmenter.RawBlock;
import io.github.lede.extractor.html.dom.DocumentOrder;
import io.github.lede.extractor.html.dom.TextKey;
import io.github.lede.extractor.html.dom.Whitespace;
import io.github.lede.extractor.html.content.Segmenter.Stats;
import io.github.lede.model.ParagraphKind;
import io.github.lede.spi.AnalysisContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the article body of a parsed page and returns it as blocks in reading order.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li><b>Clean</b> ({@link DomCleaner}): scripts, styles, form controls, captions, hidden
 *       elements, navigation, asides, headers, footers and elements whose class or id marks
 *       furniture (share bars, cookie and newsletter boxes, related links, ads, comments) are left
 *       out, unless they wrap a large share of the page's text or hold long link-poor prose.</li>
 *   <li><b>Segment</b> the rest into text blocks in the same walk ({@link Segmenter}):
 *       block-level elements and {@code <br><br>} end a block.</li>
 *   <li><b>Score</b> containers. Every block of at least 25 characters whose text is mostly not
 *       link text is worth {@code 1 + commas + min(length / 100, 3)} points. The points go to
 *       the block's container (for a {@code p}, {@code li} or heading its parent, for a
 *       {@code div} holding text directly the {@code div} itself) in full, to the next ancestor
 *       in half, and to three more ancestors divided by three times their distance. A
 *       container starts with a tag bonus ({@code article} +10, {@code div} +5, {@code section},
 *       {@code td}, {@code blockquote}, {@code pre} +3; lists, {@code form} and {@code address}
 *       −3; headings −5) and ±25 when its class or id names an article body or furniture. Its
 *       final score is multiplied by {@code 1 − link density} (link characters over all its
 *       characters), so link lists lose.</li>
 *   <li><b>Select</b> the best container, then move up to an ancestor when the ancestor scores
 *       at least as well (the body is spread over several children of it) or when the container is
 *       its only child; widen it further while each ancestor adds mostly long, link-poor blocks
 *       (see {@code expand}); then merge siblings of the container that score at least a fifth of it
 *       (at least 10), or that hold 80 or more characters with link density under 0.25 — bodies
 *       split over several sibling {@code div}s.</li>
 *   <li><b>Filter</b> the blocks inside the selection: blocks mostly made of links, the headline,
 *       the byline, short labels ("Advertisement", "Share", "Related: …", "Read more"), wire
 *       credit lines ("Reporting by …") are dropped.</li>
 *   <li><b>Fall back</b> to the JSON-LD {@code articleBody} when the page's DOM gives less than
 *       half as many characters as it (script-rendered pages).</li>
 * </ol>
 * A page with no block of article-like text gives no blocks.
 *
 * <p>The walks are iterative, so nesting depth cannot overflow the stack, and they call
 * {@link AnalysisContext#checkDeadline} as they go. Thread-safe: no state is kept between calls.
 */
public final class ContentExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(ContentExtractor.class);
    private static final int MIN_SCORED_CHARS = 25;
    private static final int SHORT_LEN = 60;
    private static final int GOOD_LEN = 80;
    private static final int EXPAND_MIN_GOOD = 100;
    private static final double EXPAND_GOOD_SHARE = 0.7;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^(?:by|von|par|por|door|di)\\b");

    /** Creates an extractor. */
    public ContentExtractor() {
    }

    /**
     * Extracts the body blocks. The document is read, not changed.
     *
     * @param order the parsed page in document order
     * @param title the headline, if known, so that a copy of it inside the body is dropped
     * @param authors the authors, so that a byline inside the body is dropped
     * @param articleBody the JSON-LD article body, if any, used when the DOM holds no body
     * @param context the analysis context (deadline)
     */
    public List<Block> extract(DocumentOrder order, Optional<String> title, List<String> authors,
            Optional<String> articleBody, AnalysisContext context) {
        int bodyIndex = order.bodyIndex();
        List<Block> blocks = new ArrayList<>();
        if (bodyIndex >= 0) {
            Element body = (Element) order.node(bodyIndex);
            DomCleaner cleaner = DomCleaner.of(order, bodyIndex, context);
            Segmenter.Result seg = Segmenter.segment(order, bodyIndex, cleaner, context);
            List<Element> selection = select(body, seg, cleaner, context);
            blocks = filter(seg, selection, title, authors);
        }
        if (articleBody.isPresent()) {
            List<Block> fromLd = fromArticleBody(articleBody.get());
            if (chars(blocks) * 2 < chars(fromLd)) {
                return fromLd;
            }
        }
        return blocks;
    }

    private static List<Element> select(Element body, Segmenter.Result seg, DomCleaner cleaner, AnalysisContext context) {
        Map<Element, Stats> stats = seg.stats();
        List<Element> scored = new ArrayList<>();
        int n = 0;
        for (RawBlock b : seg.blocks()) {
            if ((++n & 255) == 0) {
                context.checkDeadline("html scoring");
            }
            if (b.text().length() < MIN_SCORED_CHARS || b.linkDensity() > 0.5 || b.owner() == null) {
                continue;
            }
            double points = 1 + commas(b.text()) + Math.min(b.text().length() / 100, 3);
            Element start = holdsTextDirectly(b.owner()) ? b.owner() : b.owner().parent();
            int level = 0;
            for (Element e = start; e != null && level < 5; e = e.parent(), level++) {
                Stats s = stats.get(e);
                if (s == null) {
                    break;
                }
                if (!s.scored) {
                    s.scored = true;
                    s.score = initialScore(e, cleaner);
                    scored.add(e);
                }
                s.score += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                if (e == body) {
                    break;
                }
            }
        }
        if (scored.isEmpty()) {
            return List.of();
        }
        for (Element e : scored) {
            Stats s = stats.get(e);
            s.score *= 1 - s.linkDensity();
        }
        scored.sort(Comparator.comparingDouble((Element e) -> -stats.get(e).score));
        Element top = scored.get(0);
        Element climbed = climb(top, body, stats);
        Element expanded = expand(climbed, seg);
        List<Element> selection = withSiblings(expanded, body, stats);
        if (LOG.isDebugEnabled()) {
            LOG.debug("top {} ({}), climbed to {}, expanded to {}, {} siblings", describe(top), stats.get(top).score,
                    describe(climbed), describe(expanded), selection.size() - 1);
        }
        return selection;
    }

    /** Moves up while an ancestor scores about as well, or the candidate is its parent's only child. */
    private static Element climb(Element top, Element body, Map<Element, Stats> stats) {
        double topScore = stats.get(top).score;
        double threshold = topScore / 3;
        Element candidate = top;
        double last = topScore;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            Stats s = stats.get(p);
            if (s == null || !s.scored) {
                continue;
            }
            if (s.score < threshold) {
                break;
            }
            if (s.score > last) {
                candidate = p;
                break;
            }
            last = s.score;
        }
        while (candidate.parent() != null && candidate.parent() != body && candidate.parent().childrenSize() == 1) {
            candidate = candidate.parent();
        }
        return candidate;
    }

    /**
     * Widens the selection to an ancestor while what the ancestor adds is mostly article-like
     * text: it adds at least 100 characters in good blocks (80 or more characters, link density
     * under 0.3), and they make at least 70% of the characters it adds in blocks that are long
     * (60 or more characters) or mostly links. Short blocks (headings, labels, list items) count
     * neither way. This joins bodies cut into several sections by page builders.
     */
    private static Element expand(Element top, Segmenter.Result seg) {
        Element cur = top;
        int[] here = measure(cur, seg);
        for (int step = 0; step < 10; step++) {
            Element p = cur.parent();
            if (p == null || seg.stats().get(p) == null) {
                break;
            }
            int[] up = measure(p, seg);
            int addGood = up[0] - here[0];
            int addAll = up[1] - here[1];
            if (addAll > 0 && (addGood < EXPAND_MIN_GOOD || addGood < addAll * EXPAND_GOOD_SHARE)) {
                break;
            }
            cur = p;
            here = up;
        }
        return cur;
    }

    /** Characters in good blocks and in all blocks under an element. */
    private static int[] measure(Element e, Segmenter.Result seg) {
        Stats s = seg.stats().get(e);
        int good = 0;
        int all = 0;
        for (RawBlock b : seg.blocks()) {
            if (b.ownerIndex() >= s.index && b.ownerIndex() < s.end) {
                int len = b.text().length();
                if (len >= SHORT_LEN || b.linkDensity() > 0.5) {
                    all += len;
                }
                if (len >= GOOD_LEN && b.linkDensity() < 0.3) {
                    good += len;
                }
            }
        }
        return new int[] {good, all};
    }

    private static List<Element> withSiblings(Element top, Element body, Map<Element, Stats> stats) {
        List<Element> out = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null || top == body) {
            out.add(top);
            return out;
        }
        Stats ts = stats.get(top);
        double threshold = Math.max(10, ts.score * 0.2);
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            Stats s = stats.get(sib);
            if (s == null || s.chars == 0) {
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? ts.score * 0.2 : 0;
            if (s.scored && s.score + bonus >= threshold) {
                out.add(sib);
            } else if (s.chars >= 80 && s.linkDensity() < 0.25 && !isHeading(sib)) {
                out.add(sib);
            } else if (sib.normalName().equals("p") && s.linkDensity() == 0 && s.chars > 0) {
                out.add(sib);
            }
        }
        return out;
    }

    private static List<Block> filter(Segmenter.Result seg, List<Element> selection, Optional<String> title,
            List<String> authors) {
        List<int[]> ranges = new ArrayList<>();
        for (Element e : selection) {
            Stats s = seg.stats().get(e);
            ranges.add(new int[] {s.index, s.end});
        }
        String normTitle = title.map(TextKey::of).orElse("");
        List<Block> out = new ArrayList<>();
        for (RawBlock b : seg.blocks()) {
            if (!inside(ranges, b.ownerIndex())) {
                continue;
            }
            String t = b.text();
            if (b.linkDensity() > 0.5 && !(b.kind() == ParagraphKind.HEADING && b.text().length() > 20)) {
                continue;
            }
            if (t.length() < 300 && !normTitle.isEmpty() && t.length() >= normTitle.length()
                    && t.length() <= normTitle.length() * 2 + 10 && TextKey.of(t).equals(normTitle)) {
                continue;
            }
            if (t.length() < 120 && (isByline(t, authors)
                    || Boilerplate.mayBeFurnitureText(t) && Boilerplate.FURNITURE_TEXT.matcher(t).matches()
                    || b.linkChars() > 0 && Boilerplate.TEASER_PREFIX.matcher(t).find())) {
                continue;
            }
            if (t.length() < 250 && Boilerplate.mayBeCreditLine(t) && Boilerplate.CREDIT_LINE.matcher(t).find()) {
                continue;
            }
            out.add(new Block(t, b.kind()));
        }
        return out;
    }

    private static boolean isByline(String text, List<String> authors) {
        // the first letter before the pattern: most blocks start with none of b, v, p, d
        if (text.isEmpty() || "bvpd".indexOf(text.charAt(0) | 0x20) < 0 || !BY_PREFIX.matcher(text).find()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String a : authors) {
            if (lower.contains(a.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return text.length() < 60 && SPACES.split(text).length <= 8 && !text.endsWith(".");
    }

    private static boolean inside(List<int[]> ranges, int index) {
        for (int[] r : ranges) {
            if (index >= r[0] && index < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static List<Block> fromArticleBody(String raw) {
        String text = raw.contains("<") ? Parser.unescapeEntities(
                TAG.matcher(BREAK.matcher(raw).replaceAll("\n")).replaceAll(" "), false) : raw;
        List<Block> out = new ArrayList<>();
        for (String p : PARAGRAPH_BREAK.split(text)) {
            String t = Whitespace.collapse(p);
            if (!t.isEmpty()) {
                out.add(new Block(t, ParagraphKind.PARAGRAPH));
            }
        }
        return out;
    }

    private static boolean holdsTextDirectly(Element e) {
        String tag = e.normalName();
        return !(tag.equals("p") || tag.equals("li") || tag.equals("dt") || tag.equals("dd") || tag.equals("pre")
                || tag.length() == 2 && tag.charAt(0) == 'h' || tag.equals("blockquote") || tag.equals("td")
                || tag.equals("th"));
    }

    private static boolean isHeading(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }

    private static double initialScore(Element e, DomCleaner cleaner) {
        double s = switch (e.normalName()) {
            case "article" -> 10;
            case "div" -> 5;
            case "section", "td", "blockquote", "pre" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String cls = e.className();
        String id = e.id();
        int verdict = cleaner.verdict(cls, id);
        if (verdict > 0 || DomCleaner.attr(e, "itemprop").equalsIgnoreCase("articleBody")) {
            s += 25;
        } else if (verdict < 0) {
            s -= 25;
        }
        return s;
    }

    private static String describe(Element e) {
        return "<" + e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id())
                + (e.className().isEmpty() ? "" : "." + e.className().replace(' ', '.')) + ">";
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }

    private static int chars(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }
}
