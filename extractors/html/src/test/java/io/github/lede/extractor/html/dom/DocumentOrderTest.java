package io.github.lede.extractor.html.dom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

class DocumentOrderTest {

    private static final String PAGE = "<!doctype html><html><head><title>T</title><!-- c --></head><body>"
            + "<nav><a href='/'>Home</a><ul><li>One</li></ul></nav><h1>Head<br>line</h1>"
            + "<aside><p>Skipped <b>whole</b></p></aside><div><p>Para <i>one</i></p><p>Two</p><img src=x></div>"
            + "<p>STOP here</p><footer>never reached</footer></body></html>";

    /** Records every call; skips asides entirely, the children of navs, and stops at "STOP here". */
    private static final class Recorder implements NodeFilter {
        final List<String> calls = new ArrayList<>();

        @Override
        public FilterResult head(Node node, int depth) {
            calls.add("head " + describe(node) + " @" + depth);
            if (node instanceof TextNode t && t.text().startsWith("STOP")) {
                return FilterResult.STOP;
            }
            if (node instanceof Element e && e.normalName().equals("aside")) {
                return FilterResult.SKIP_ENTIRELY;
            }
            return node instanceof Element e && e.normalName().equals("nav") ? FilterResult.SKIP_CHILDREN
                    : FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            calls.add("tail " + describe(node) + " @" + depth);
            return FilterResult.CONTINUE;
        }

        private static String describe(Node n) {
            return n instanceof TextNode t ? "'" + t.text() + "'" : n.nodeName();
        }
    }

    @Test
    void filterMakesTheSameCallsInTheSameOrderAsNodeTraversor() {
        Document doc = Jsoup.parse(PAGE);
        DocumentOrder order = DocumentOrder.of(doc);
        for (int root : new int[] {0, order.bodyIndex()}) {
            Recorder expected = new Recorder();
            NodeFilter.FilterResult expectedResult = NodeTraversor.filter(expected, order.node(root));
            Recorder actual = new Recorder();
            assertEquals(expectedResult, order.filter(actual, root));
            assertEquals(expected.calls, actual.calls);
        }
    }

    @Test
    void aBlankAwareFilterIsToldTheWhitespaceTextNodes() {
        Document doc = Jsoup.parse("<body><div>\n  <p>One</p> \t<p> Two </p>\u00A0<p>\u2003</p></div></body>");
        List<String> blank = new ArrayList<>();
        List<String> other = new ArrayList<>();
        DocumentOrder.of(doc).filter(new DocumentOrder.Filter() {
            @Override
            public FilterResult headBlank(TextNode text, int depth) {
                blank.add(text.getWholeText());
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    other.add(t.getWholeText());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, 0);
        // no-break and em spaces are not ASCII whitespace: head reads them like any text
        assertEquals(List.of("\n  ", " \t"), blank);
        assertEquals(List.of("One", " Two ", "\u00A0", "\u2003"), other);
    }

    @Test
    void nodesAreInDocumentOrderWithTheirSubtreeExtents() {
        Document doc = Jsoup.parse(PAGE);
        DocumentOrder order = DocumentOrder.of(doc);
        assertSame(doc, order.node(0));
        assertEquals(order.size(), order.end(0));
        assertSame(doc.body(), order.node(order.bodyIndex()));
        assertEquals(order.size(), order.end(order.bodyIndex())); // body is the last subtree of the page
        Element h1 = doc.selectFirst("h1");
        int i = 0;
        while (order.node(i) != h1) {
            i++;
        }
        // h1, "Head", br, "line"
        assertEquals(i + 4, order.end(i));
        assertEquals("line", ((TextNode) order.node(i + 3)).text());
    }
}
