package io.github.lede.extractor.html.content;

import io.github.lede.extractor.html.dom.DocumentOrder;
import io.github.lede.spi.AnalysisContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what can never be article text in a document body. One iterative walk (no recursion,
 * so 10,000-deep nesting is safe) measures the text under every element; then {@link #skip},
 * asked in document order, tells the {@link Segmenter} which elements to leave out, judging only
 * the elements the segmenter reaches and without changing the DOM. A cleaner serves one walk of
 * one body and is not shared between threads:
 * <ol>
 *   <li>comments and scripts are never text;</li>
 *   <li>left out: non-content elements ({@code script}, {@code style}, {@code svg},
 *       {@code iframe}, form controls, {@code figcaption}, figures without a table, list or
 *       quote); structural furniture ({@code nav}, {@code aside}, {@code header}, {@code footer},
 *       {@code form}, {@code dialog}); hidden elements ({@code hidden}, {@code aria-hidden="true"},
 *       {@code display:none}, {@code visibility:hidden}, unless they hold 40% of the page's text);
 *       landmark roles other than main content;
 *       elements whose class or id marks furniture ({@link Boilerplate#verdict}).</li>
 * </ol>
 * Structural and class-based exclusions are guarded: an element holding at least 40% of the page's
 * text is a layout wrapper around the article, however it is named, and is kept (its furniture
 * children are still examined); so is a class-marked element holding 1,000 or more characters of
 * which less than 30% are link text (prose, which page builders often wrap in "widget" or
 * "no-sidebar" classes), unless its class or id names comments. An element whose class or id names the article body is
 * never left out.
 */
final class DomCleaner {

    private static final Set<String> STRUCTURAL = Set.of("nav", "aside", "header", "footer", "form", "menu");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "banner",
            "contentinfo", "dialog", "alertdialog", "menu", "menubar", "search", "toolbar", "alert", "tablist");
    private static final Set<String> NEVER = Set.of("html", "body", "main");
    /** What makes a figure content rather than an illustration; parsed once. */
    private static final Evaluator FIGURE_CONTENT = QueryParser.parse("table, ul, ol, blockquote, pre");
    private static final double WRAPPER_SHARE = 0.4;
    private static final int PROSE_CHARS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(DomCleaner.class);

    /*
     * What the measuring walk saw, per element in document order (elements under a never-text tag are
     * not counted): the element, its characters, its link characters, and the index just past its
     * subtree. skip() is then asked about the same elements in the same order, skipped subtrees
     * excepted, so a cursor finds each element's figures without a map lookup.
     */
    private final Element[] elements;
    private final int[] chars;
    private final int[] linkChars;
    private final int[] end;
    private final int count;
    private final int total;
    /** {@link Boilerplate#marks} by class list or id: pages repeat the same class lists many times over. */
    private final Map<String, Integer> marks = new HashMap<>();
    private int cursor;

    private DomCleaner(Measure m) {
        this.elements = m.elements;
        this.chars = m.chars;
        this.linkChars = m.links;
        this.end = m.end;
        this.count = m.count;
        this.total = Math.max(1, m.count == 0 ? 0 : m.chars[0]);
    }

    /**
     * Measures the body at {@code body} in {@code order} and returns the cleaner that judges its
     * elements. The cleaner belongs to one walk of the body: {@link #skip} must be asked about its
     * elements in document order.
     */
    static DomCleaner of(DocumentOrder order, int body, AnalysisContext context) {
        Measure m = new Measure(context);
        order.filter(m, body);
        return new DomCleaner(m);
    }

    /** The number of elements measured: an upper bound of the elements a walk is asked about. */
    int elementCount() {
        return count;
    }

    /**
     * Whether the element, with everything under it, is left out of the article. Called in
     * document order for every element of the body, except those under an element left out.
     */
    boolean skip(Element e) {
        int i = cursor;
        if (i >= count || elements[i] != e) {
            // the measuring walk recorded every element but the never-text ones, in this order
            if (isAlways(e.normalName())) {
                return true;
            }
            throw new IllegalStateException("elements asked about out of document order");
        }
        cursor++;
        boolean skip = judge(e, e.normalName(), i);
        if (skip) {
            cursor = end[i];
        }
        return skip;
    }

    private boolean judge(Element e, String tag, int i) {
        if (tag.equals("figure")) {
            return e.selectFirst(FIGURE_CONTENT) == null;
        }
        if (NEVER.contains(tag)) {
            return false;
        }
        if (isHidden(e)) {
            // Hidden, unless it holds most of the page: script-driven pages ship the article in a
            // hidden container that their code reveals.
            return chars[i] < total * WRAPPER_SHARE;
        }
        if (!isFurnitureCandidate(e) || attr(e, "itemprop").equalsIgnoreCase("articleBody")) {
            return false; // not furniture
        }
        String className = e.className();
        String id = e.id();
        int len = chars[i];
        boolean wrapper = len >= total * WRAPPER_SHARE && len > 200;
        boolean prose = len >= PROSE_CHARS && linkChars[i] < len * 0.3 && !STRUCTURAL.contains(tag)
                && !Boilerplate.isComments(className, id);
        if (wrapper || prose) {
            return false;
        }
        if (len > 300 && LOG.isDebugEnabled()) {
            LOG.debug("left out <{} class='{}' id='{}'>: {} chars", tag, className, id, len);
        }
        return true;
    }

    /** Whether the tag is never text ; a switch, since it runs on every element of the body. */
    private static boolean isAlways(String tag) {
        return switch (tag) {
            case "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
                    "video", "audio", "button", "input", "select", "textarea", "option", "figcaption", "dialog",
                    "link", "meta", "title", "head", "map", "source", "track" -> true;
            default -> false;
        };
    }

    /**
     * An attribute's value, or empty. The HTML parser lower-cases attribute names, so the exact
     * lookup finds what {@link Element#attr} would, without its case-insensitive scan.
     */
    static String attr(Element e, String key) {
        return e.attributesSize() == 0 ? "" : e.attributes().get(key);
    }

    /**
     * Furniture by tag, role, or class and id, unless the class or id names the article body.
     * Asked only about elements that are not hidden ({@link #judge} settles those first).
     */
    private boolean isFurnitureCandidate(Element e) {
        String tag = e.normalName();
        if (STRUCTURAL.contains(tag)) {
            return true;
        }
        if (e.attributesSize() == 0 || NEVER.contains(tag)) {
            return false;
        }
        Attributes a = e.attributes();
        if (a.hasKey("role") && FURNITURE_ROLES.contains(a.get("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (!a.hasKey("class") && !a.hasKey("id")) {
            return false;
        }
        return verdict(e.className(), e.id()) < 0;
    }

    /** {@link Boilerplate#verdict}, each class list and id judged once per page. */
    int verdict(String className, String id) {
        return Boilerplate.verdict(marks(className) | marks(id));
    }

    private int marks(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        Integer m = marks.get(value);
        if (m == null) {
            m = Boilerplate.marks(value);
            marks.put(value, m);
        }
        return m;
    }

    private static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        Attributes a = e.attributes();
        if (a.hasKey("hidden") || "true".equalsIgnoreCase(a.get("aria-hidden"))) {
            return true;
        }
        String style = a.get("style");
        if (style.length() < 11 || style.indexOf("none") < 0 && style.indexOf("idden") < 0
                && style.indexOf("NONE") < 0 && style.indexOf("IDDEN") < 0) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** The number of non-whitespace characters, and of those inside links, under every element. */
    private static final class Measure implements DocumentOrder.Filter {
        private final AnalysisContext context;
        private Element[] elements = new Element[256];
        private int[] chars = new int[256];
        private int[] links = new int[256];
        private int[] end = new int[256];
        private int count;
        // the indexes of the open elements
        private int[] open = new int[64];
        private int top = -1;
        private int visited;
        private int linkDepth;

        Measure(AnalysisContext context) {
            this.context = context;
        }

        @Override
        public FilterResult headBlank(TextNode text, int depth) {
            if ((++visited & 1023) == 0) {
                context.checkDeadline("html cleaning");
            }
            return FilterResult.CONTINUE; // no character to count
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if ((++visited & 1023) == 0) {
                context.checkDeadline("html cleaning");
            }
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (isAlways(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (count == elements.length) {
                    int n = count * 2;
                    elements = Arrays.copyOf(elements, n);
                    chars = Arrays.copyOf(chars, n);
                    links = Arrays.copyOf(links, n);
                    end = Arrays.copyOf(end, n);
                }
                elements[count] = e;
                if (++top == open.length) {
                    open = Arrays.copyOf(open, top * 2);
                }
                open[top] = count++;
                if (tag.equals("a")) {
                    linkDepth++;
                }
            } else if (node instanceof TextNode t && top >= 0) {
                String s = t.getWholeText();
                int len = s.length();
                int n = 0;
                for (int i = 0; i < len; i++) {
                    char c = s.charAt(i); // String.charAt inlines: faster than copying the text out first
                    if (c > ' ' && c != '\u00A0') {
                        n++;
                    }
                }
                int i = open[top];
                chars[i] += n;
                if (linkDepth > 0) {
                    links[i] += n;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                int i = open[top--];
                end[i] = count;
                if (top >= 0) {
                    chars[open[top]] += chars[i];
                    links[open[top]] += links[i];
                }
                if (e.normalName().equals("a")) {
                    linkDepth--;
                }
            }
            return FilterResult.CONTINUE;
        }
    }
}
