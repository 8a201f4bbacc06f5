package io.github.lede.extractor.html.content;

import io.github.lede.spi.AnalysisContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what can never be article text from a document body, in two iterative passes (no
 * recursion, so 10,000-deep nesting is safe):
 * <ol>
 *   <li>measure: the text length under every element;</li>
 *   <li>remove: comments; non-content elements ({@code script}, {@code style}, {@code svg},
 *       {@code iframe}, form controls, {@code figcaption}, figures without a table, list or
 *       quote); structural furniture ({@code nav}, {@code aside}, {@code header}, {@code footer},
 *       {@code form}, {@code dialog}); hidden elements ({@code hidden}, {@code aria-hidden="true"},
 *       {@code display:none}, {@code visibility:hidden}); landmark roles other than main content;
 *       elements whose class or id marks furniture ({@link Boilerplate#isFurniture}).</li>
 * </ol>
 * Structural and class-based removals are guarded: an element holding at least 40% of the page's
 * text is a layout wrapper around the article, however it is named, and is kept (its furniture
 * children are still examined); so is a class-marked element holding 1,000 or more characters of
 * which less than 30% are link text (prose, which page builders often wrap in "widget" or
 * "no-sidebar" classes), unless its class or id names comments. An element whose class or id names the article body is never removed.
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

    private DomCleaner() {
    }

    /** Cleans {@code body} in place. */
    static void clean(Element body, AnalysisContext context) {
        int[] bodyChars = {0};
        Map<Element, int[]> lengths = measure(body, context, bodyChars);
        int total = Math.max(1, bodyChars[0]);
        int[] visited = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if ((++visited[0] & 1023) == 0) {
                    context.checkDeadline("html cleaning");
                }
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (ALWAYS.contains(tag)) {
                    return FilterResult.REMOVE;
                }
                if (tag.equals("figure")) {
                    return e.selectFirst("table, ul, ol, blockquote, pre") == null ? FilterResult.REMOVE
                            : FilterResult.CONTINUE;
                }
                if (NEVER.contains(tag) || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                    return FilterResult.CONTINUE;
                }
                if (isHidden(e)) {
                    return FilterResult.REMOVE;
                }
                int[] m = lengths.get(e);
                if (m == null) {
                    return FilterResult.CONTINUE; // not furniture
                }
                String className = e.className();
                String id = e.id();
                int len = m[0];
                boolean wrapper = len >= total * WRAPPER_SHARE && len > 200;
                boolean prose = len >= PROSE_CHARS && m[1] < len * 0.3 && !STRUCTURAL.contains(tag)
                        && !Boilerplate.isComments(className, id);
                if (wrapper || prose) {
                    return FilterResult.CONTINUE;
                }
                if (len > 300 && LOG.isDebugEnabled()) {
                    LOG.debug("removed <{} class='{}' id='{}'>: {} chars", tag, className, id, len);
                }
                return FilterResult.REMOVE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    /** Furniture by tag, role, or class and id, unless the class or id names the article body. */
    private static boolean isFurnitureCandidate(Element e) {
        String tag = e.normalName();
        if (NEVER.contains(tag)) {
            return false;
        }
        if (STRUCTURAL.contains(tag)) {
            return true;
        }
        if (e.hasAttr("role") && FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        return (e.hasAttr("class") || e.hasAttr("id")) && Boilerplate.isFurniture(e.className(), e.id());
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** The number of non-whitespace characters, and of those inside links, under every element. */
    private static Map<Element, int[]> measure(Element body, AnalysisContext context, int[] bodyChars) {
        Map<Element, int[]> lengths = new IdentityHashMap<>();
        Deque<int[]> counts = new ArrayDeque<>();
        int[] visited = {0};
        int[] links = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if ((++visited[0] & 1023) == 0) {
                    context.checkDeadline("html cleaning");
                }
                if (node instanceof Element e) {
                    counts.push(new int[2]);
                    if (e.normalName().equals("a")) {
                        links[0]++;
                    }
                } else if (node instanceof TextNode t && !counts.isEmpty()) {
                    String s = t.getWholeText();
                    int n = 0;
                    for (int i = 0; i < s.length(); i++) {
                        if (!Character.isWhitespace(s.charAt(i))) {
                            n++;
                        }
                    }
                    counts.peek()[0] += n;
                    if (links[0] > 0) {
                        counts.peek()[1] += n;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    int[] n = counts.pop();
                    if (isFurnitureCandidate(e)) {
                        lengths.put(e, n);
                    }
                    if (!counts.isEmpty()) {
                        counts.peek()[0] += n[0];
                        counts.peek()[1] += n[1];
                    } else {
                        bodyChars[0] = n[0];
                    }
                    if (e.normalName().equals("a")) {
                        links[0]--;
                    }
                }
            }
        }, body);
        return lengths;
    }
}
