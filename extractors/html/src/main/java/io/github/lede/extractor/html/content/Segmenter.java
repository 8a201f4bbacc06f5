package io.github.lede.extractor.html.content;

import io.github.lede.extractor.html.dom.DocumentOrder;
import io.github.lede.model.ParagraphKind;
import io.github.lede.spi.AnalysisContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a cleaned body into text blocks in one iterative walk, and measures every element on the
 * way. A block ends wherever a block-level element starts or ends and at two {@code <br>}s in a
 * row (a single {@code <br>} is a space), so a body written as {@code text<br><br>text} gives one
 * block per paragraph. Whitespace inside a block is collapsed to single spaces; every other
 * character is kept as written. A block's kind comes from its innermost heading or list item,
 * else from an enclosing {@code blockquote}.
 */
final class Segmenter {

    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul",
            "html", "legend", "figcaption", "frameset", "frame", "noframes", "output", "search");

    /** One block before filtering, with what the scorer needs. */
    record RawBlock(String text, ParagraphKind kind, int linkChars, Element owner, int ownerIndex) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    /** What the walk measured under one element. */
    static final class Stats {
        final int index;
        int end;
        int chars;
        int linkChars;
        double score;
        boolean scored;

        Stats(int index) {
            this.index = index;
        }

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    /** The result of one walk. */
    record Result(List<RawBlock> blocks, Map<Element, Stats> stats) {
    }

    private Segmenter() {
    }

    /** Segments the subtree at {@code root} in {@code order}. */
    static Result segment(DocumentOrder order, int root, DomCleaner cleaner, AnalysisContext context) {
        Walker w = new Walker(context, cleaner);
        order.filter(w, root);
        w.flush();
        return new Result(w.blocks, w.stats);
    }

    private static final class Walker implements DocumentOrder.Filter {
        private final AnalysisContext context;
        private final DomCleaner cleaner;
        private final List<RawBlock> blocks = new ArrayList<>();
        private final Map<Element, Stats> stats;
        private final Deque<Stats> open = new ArrayDeque<>();
        private final Deque<Element> blockStack = new ArrayDeque<>();
        private final Deque<ParagraphKind> kindStack = new ArrayDeque<>();
        /** The text of the block being built: {@code text[0, length)}. */
        private char[] text = new char[1024];
        private int length;
        private char[] chars = new char[1024];
        private int linkChars;
        private int linkDepth;
        private boolean pendingSpace;
        private boolean pendingBr;
        private int counter;

        Walker(AnalysisContext context, DomCleaner cleaner) {
            this.context = context;
            this.cleaner = cleaner;
            this.stats = new IdentityHashMap<>(cleaner.elementCount());
        }

        @Override
        public FilterResult headBlank(TextNode text, int depth) {
            pendingSpace = length > 0; // what append would make of it
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if ((counter & 1023) == 0) {
                context.checkDeadline("html segmentation");
            }
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (cleaner.skip(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            Stats s = new Stats(counter++);
            stats.put(e, s);
            open.push(s);
            String tag = e.normalName();
            if (tag.equals("br")) {
                if (pendingBr) {
                    flush();
                } else {
                    pendingBr = true;
                    pendingSpace = length > 0;
                }
                return FilterResult.CONTINUE;
            }
            if (tag.equals("a")) {
                linkDepth++;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                blockStack.push(e);
                kindStack.push(kindOf(tag));
            } else if (tag.equals("img")) {
                pendingSpace = length > 0;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            Stats s = open.pop();
            s.end = counter;
            if (!open.isEmpty()) {
                open.peek().chars += s.chars;
                open.peek().linkChars += s.linkChars;
            }
            if (tag.equals("a")) {
                linkDepth--;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                blockStack.pop();
                kindStack.pop();
            }
            return FilterResult.CONTINUE;
        }

        private ParagraphKind kindOf(String tag) {
            ParagraphKind inherited = kindStack.isEmpty() ? ParagraphKind.PARAGRAPH : kindStack.peek();
            return switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> ParagraphKind.HEADING;
                case "li", "dt", "dd" -> ParagraphKind.LIST_ITEM;
                case "blockquote" -> inherited == ParagraphKind.PARAGRAPH ? ParagraphKind.BLOCKQUOTE : inherited;
                default -> inherited;
            };
        }

        private void append(String s) {
            // built in a char[]: words are short, and a StringBuilder append per word cost more than the copy
            int n = s.length();
            if (n > chars.length) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            if (length + 2 * n > text.length) {
                text = Arrays.copyOf(text, Math.max(length + 2 * n, text.length * 2));
            }
            char[] in = chars;
            char[] out = text;
            s.getChars(0, n, in, 0);
            int len = length;
            int added = 0;
            for (int i = 0; i < n; i++) {
                char c = in[i];
                if (isSpace(c)) {
                    pendingSpace = len > 0;
                    continue;
                }
                if (pendingSpace) {
                    out[len++] = ' ';
                    pendingSpace = false;
                }
                out[len++] = c;
                added++;
                pendingBr = false;
            }
            length = len;
            if (added > 0 && !open.isEmpty()) {
                open.peek().chars += added;
                if (linkDepth > 0) {
                    open.peek().linkChars += added;
                    linkChars += added;
                }
            }
        }

        private static boolean isSpace(char c) {
            return c <= ' ' ? Character.isWhitespace(c) : c >= '\u0085' && (Character.isWhitespace(c) || c == '\u00A0'
                    || c == '\u2007' || c == '\u202F');
        }

        void flush() {
            pendingBr = false;
            pendingSpace = false;
            if (length == 0) {
                return;
            }
            Element owner = blockStack.peek();
            Stats s = owner == null ? null : stats.get(owner);
            ParagraphKind kind = kindStack.isEmpty() ? ParagraphKind.PARAGRAPH : kindStack.peek();
            blocks.add(new RawBlock(new String(text, 0, length), kind, linkChars, owner, s == null ? -1 : s.index));
            length = 0;
            linkChars = 0;
        }
    }
}
