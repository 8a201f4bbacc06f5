package io.github.lede.extractor.html.dom;

import java.util.Arrays;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeFilter.FilterResult;

/**
 * The nodes of a parsed document in document order, each with the index just past its subtree,
 * gathered in one iterative traversal. The passes that read a page (the metadata index, the
 * cleaner's measuring walk, the segmenter) then step through an array instead of each walking the
 * tree again, which on a news page costs as much as the work they do per node.
 *
 * <p>The document must not change while its order is in use. Not thread-safe to build; read-only
 * afterwards.
 */
public final class DocumentOrder {

    /**
     * A {@link NodeFilter} that handles apart the text nodes made of nothing but ASCII whitespace
     * (the indentation between tags, most of a page's text nodes): the order found them while
     * gathering the nodes, so a filter that has nothing to do with them need not read them again.
     */
    public interface Filter extends NodeFilter {
        /**
         * Called instead of {@link #head} for a non-empty text node whose characters are all ASCII
         * whitespace (space, tab, line feed, {@code \u000B}, form feed, carriage return,
         * {@code \u001C}-{@code \u001F}); by default {@code head} itself.
         */
        default FilterResult headBlank(TextNode text, int depth) {
            return head(text, depth);
        }
    }

    private final Document document;
    private final Node[] nodes;
    /** Per node, whether it is a text node that {@link Filter#headBlank} is for. */
    private final boolean[] blank;
    /** Per node, the index just past its subtree (its own index + 1 for a leaf). */
    private final int[] end;
    private final int count;
    private final int body;

    private DocumentOrder(Document document) {
        this.document = document;
        Element bodyElement = document.body();
        Node[] all = new Node[1024];
        int[] ends = new int[1024];
        boolean[] blanks = new boolean[1024];
        int n = 0;
        int bodyIndex = -1;
        // the open nodes: the node, its index, its number of children, the next child to visit
        Node[] open = new Node[64];
        int[] openIndex = new int[64];
        int[] openSize = new int[64];
        int[] openChild = new int[64];
        int top = 0;
        all[n] = document;
        open[0] = document;
        openSize[0] = document.childNodeSize();
        openIndex[0] = n++;
        while (top >= 0) {
            Node parent = open[top];
            int c = openChild[top];
            if (c == openSize[top]) {
                ends[openIndex[top--]] = n;
                continue;
            }
            openChild[top] = c + 1;
            Node child = parent.childNode(c);
            if (n == all.length) {
                all = Arrays.copyOf(all, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
                blanks = Arrays.copyOf(blanks, n * 2);
            }
            if (child == bodyElement) {
                bodyIndex = n;
            }
            all[n] = child;
            int size = child.childNodeSize();
            if (size == 0) {
                ends[n] = n + 1;
                blanks[n] = child instanceof TextNode t && isBlank(t.getWholeText());
            } else {
                if (++top == open.length) {
                    open = Arrays.copyOf(open, top * 2);
                    openIndex = Arrays.copyOf(openIndex, top * 2);
                    openSize = Arrays.copyOf(openSize, top * 2);
                    openChild = Arrays.copyOf(openChild, top * 2);
                }
                open[top] = child;
                openIndex[top] = n;
                openSize[top] = size;
                openChild[top] = 0;
            }
            n++;
        }
        this.nodes = all;
        this.end = ends;
        this.blank = blanks;
        this.count = n;
        this.body = bodyIndex;
    }

    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F')) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** Gathers the nodes of {@code document}, the document node itself first. */
    public static DocumentOrder of(Document document) {
        return new DocumentOrder(document);
    }

    /** The document the nodes are from. */
    public Document document() {
        return document;
    }

    /** The number of nodes, the document node included. */
    public int size() {
        return count;
    }

    /** The node at {@code index} in document order (0 is the document). */
    public Node node(int index) {
        return nodes[index];
    }

    /** The index just past the subtree of the node at {@code index}. */
    public int end(int index) {
        return end[index];
    }

    /** The index of the document's {@code body}, or -1 when it has none. */
    public int bodyIndex() {
        return body;
    }

    /**
     * Runs {@code filter} over the subtree at {@code root} exactly as
     * {@link org.jsoup.select.NodeTraversor#filter} would (same calls in the same order, with the
     * same depths), except that a {@link Filter} is asked {@link Filter#headBlank} for whitespace
     * text, and that {@link FilterResult#REMOVE} is not supported: the document is read, never changed.
     *
     * @return {@link FilterResult#STOP} when the filter stopped the walk, else {@link FilterResult#CONTINUE}
     */
    public FilterResult filter(NodeFilter filter, int root) {
        int stop = end[root];
        Filter blankAware = filter instanceof Filter f ? f : null;
        // the entered nodes whose tail is still due, innermost last
        int[] open = new int[32];
        int top = -1;
        int i = root;
        while (i < stop) {
            while (top >= 0 && end[open[top]] <= i) {
                int o = open[top];
                if (filter.tail(nodes[o], top) == FilterResult.STOP) {
                    return FilterResult.STOP;
                }
                top--;
            }
            Node node = nodes[i];
            FilterResult r = blank[i] && blankAware != null ? blankAware.headBlank((TextNode) node, top + 1)
                    : filter.head(node, top + 1);
            if (r == FilterResult.CONTINUE) {
                if (++top == open.length) {
                    open = Arrays.copyOf(open, top * 2);
                }
                open[top] = i++;
            } else if (r == FilterResult.SKIP_ENTIRELY) {
                i = end[i];
            } else if (r == FilterResult.SKIP_CHILDREN) {
                if (filter.tail(node, top + 1) == FilterResult.STOP) {
                    return FilterResult.STOP;
                }
                i = end[i];
            } else if (r == FilterResult.STOP) {
                return FilterResult.STOP;
            } else {
                throw new UnsupportedOperationException("a document order is read-only: " + r);
            }
        }
        while (top >= 0) {
            if (filter.tail(nodes[open[top]], top) == FilterResult.STOP) {
                return FilterResult.STOP;
            }
            top--;
        }
        return FilterResult.CONTINUE;
    }
}
