package io.github.lede.extractor.html.content;

import io.github.lede.spi.AnalysisContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what can never be article text in a document body. One iterative walk (no recursion,
 * so 10,000-deep nesting is safe) measures the text under every furniture candidate; then
 * {@link #skip} tells the {@link Segmenter} which elements to leave out, without changing the DOM:
 * <ol>
 *   <li>comments and scripts are never text;</li>
 *   <li>left out: non-content elements ({@code script}, {@code style}, {@code svg},
 *       {@code iframe}, form controls, {@code figcaption}, figures without a table, list or
 *       quote); structural furniture ({@code nav}, {@code aside}, {@code header}, {@code footer},
 *       {@code form}, {@code dialog}); hidden elements ({@code hidden}, {@code aria-hidden="true"},
 *       {@code display:none}, {@code visibility:hidden}, unless they hold 40% of the page's text);
 *       landmark roles other than main content;
 *       elements whose class or id marks furniture ({@link Boilerplate#isFurniture}).</li>
 * </ol>
 * Structural and class-based exclusions are guarded: an element holding at least 40% of the page's
 * text is a layout wrapper around the article, however it is named, and is kept (its furniture
 * children are still examined); so is a class-marked element holding 1,000 or more characters of
 * which less than 30% are link text (prose, which page builders often wrap in "widget" or
 * "no-sidebar" classes), unless its class or id names comments. An element whose class or id names the article body is
 * never left out.
 */
final class DomCleaner {

    private static final Set<String> ALWAYS = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "video", "audio", "button", "input", "select", "textarea",
            "option", "figcaption", "dialog", "link", "meta", "title", "head", "map", "source", "track");
    private static final Set<String> STRUCTURAL = Set.of("nav", "aside", "header", "footer", "form", "menu");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "banner",
            "contentinfo", "dialog", "alertdialog", "menu", "menubar", "search", "toolbar", "alert", "tablist");
    private static final Set<String> NEVER = Set.of("html", "body", "main");
    private static final double WRAPPER_SHARE = 0.4;
    private static final int PROSE_CHARS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(DomCleaner.class);

    private final Map<Element, int[]> lengths;
    private final int total;

    private DomCleaner(Map<Element, int[]> lengths, int total) {
        this.lengths = lengths;
        this.total = total;
    }

    /** Measures {@code body} and returns the cleaner that judges its elements. */
    static DomCleaner of(Element body, AnalysisContext context) {
        int[] bodyChars = {0};
        Map<Element, int[]> lengths = measure(body, context, bodyChars);
        return new DomCleaner(lengths, Math.max(1, bodyChars[0]));
    }

    /** Whether the element, with everything under it, is left out of the article. */
    boolean skip(Element e) {
        String tag = e.normalName();
        if (ALWAYS.contains(tag)) {
            return true;
        }
        if (tag.equals("figure")) {
            return e.selectFirst("table, ul, ol, blockquote, pre") == null;
        }
        if (NEVER.contains(tag)) {
            return false;
        }
        int[] m = lengths.get(e);
        if (isHidden(e)) {
            // Hidden, unless it holds most of the page: script-driven pages ship the article in a
            // hidden container that their code reveals.
            return m == null || m[0] < total * WRAPPER_SHARE;
        }
        if (m == null || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false; // not furniture
        }
        String className = e.className();
        String id = e.id();
        int len = m[0];
        boolean wrapper = len >= total * WRAPPER_SHARE && len > 200;
        boolean prose = len >= PROSE_CHARS && m[1] < len * 0.3 && !STRUCTURAL.contains(tag)
                && !Boilerplate.isComments(className, id);
        if (wrapper || prose) {
            return false;
        }
        if (len > 300 && LOG.isDebugEnabled()) {
            LOG.debug("left out <{} class='{}' id='{}'>: {} chars", tag, className, id, len);
        }
        return true;
    }

    /** Furniture by tag, role, or class and id, unless the class or id names the article body. */
    private static boolean isFurnitureCandidate(Element e, Map<String, Boolean> verdicts) {
        String tag = e.normalName();
        if (STRUCTURAL.contains(tag)) {
            return true;
        }
        if (e.attributesSize() == 0 || NEVER.contains(tag)) {
            return false;
        }
        if (isHidden(e)) {
            return true;
        }
        if (e.hasAttr("role") && FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        // Pages repeat the same class lists many times over: judge each once.
        String className = e.className();
        String id = e.id();
        String key = id.isEmpty() ? className : className + "#" + id;
        Boolean v = verdicts.get(key);
        if (v == null) {
            v = Boilerplate.isFurniture(className, id);
            verdicts.put(key, v);
        }
        return v;
    }

    private static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.length() < 11 || style.indexOf("none") < 0 && style.indexOf("idden") < 0
                && style.indexOf("NONE") < 0 && style.indexOf("IDDEN") < 0) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** The number of non-whitespace characters, and of those inside links, under every element. */
    private static Map<Element, int[]> measure(Element body, AnalysisContext context, int[] bodyChars) {
        Map<Element, int[]> lengths = new IdentityHashMap<>();
        Map<String, Boolean> verdicts = new HashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            // chars and link chars per open element, as a growable stack of pairs
            private int[] stack = new int[256];
            private int top = -2;
            private int visited;
            private int links;

            @Override
            public FilterResult head(Node node, int depth) {
                if ((++visited & 1023) == 0) {
                    context.checkDeadline("html cleaning");
                }
                if (node instanceof Element e) {
                    if (ALWAYS.contains(e.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    top += 2;
                    if (top + 1 >= stack.length) {
                        stack = Arrays.copyOf(stack, stack.length * 2);
                    }
                    stack[top] = 0;
                    stack[top + 1] = 0;
                    if (e.normalName().equals("a")) {
                        links++;
                    }
                } else if (node instanceof TextNode t && top >= 0) {
                    String s = t.getWholeText();
                    int n = 0;
                    for (int i = 0; i < s.length(); i++) {
                        if (s.charAt(i) > ' ' && s.charAt(i) != '\u00A0') {
                            n++;
                        }
                    }
                    stack[top] += n;
                    if (links > 0) {
                        stack[top + 1] += n;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    int chars = stack[top];
                    int linkChars = stack[top + 1];
                    top -= 2;
                    if (isFurnitureCandidate(e, verdicts)) {
                        lengths.put(e, new int[] {chars, linkChars});
                    }
                    if (top >= 0) {
                        stack[top] += chars;
                        stack[top + 1] += linkChars;
                    } else {
                        bodyChars[0] = chars;
                    }
                    if (e.normalName().equals("a")) {
                        links--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return lengths;
    }
}
