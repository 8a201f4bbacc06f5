package io.github.lede.extractor.text;

import io.github.lede.UnsupportedInputException;
import io.github.lede.model.Article;
import io.github.lede.model.Paragraph;
import io.github.lede.model.ParagraphKind;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.ArticleExtractor;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Source;
import io.github.lede.text.TextDecoder;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds an article from plain text: the headline, an optional byline, and the body split into
 * paragraphs, subheadings, list items and block quotes, with page furniture left out.
 *
 * <p>What it does, in order:
 * <ol>
 *   <li>Decodes the bytes with {@link TextDecoder} (or takes the source's text), unifies line
 *       breaks ({@code \r\n}, {@code \r}, U+2028; U+2029 is a blank line) and removes control
 *       characters other than {@code \n} and {@code \t}. Every other character is kept as written.</li>
 *   <li>Splits the text into lines and groups them into blocks: each line is a paragraph, unless
 *       the document is hard-wrapped, in which case wrapped lines are joined with a space (see
 *       {@link BlockSplitter}).</li>
 *   <li>Drops page furniture blocks: teasers ({@code READ ALSO: …}), calls to subscribe, follow or
 *       share, photo and wire credits, advertising labels, "last updated" stamps, copyright lines.</li>
 *   <li>Takes the first block as the title when it reads as a headline: short, one line, followed
 *       by text that does not continue it. A headline without final punctuation is removed from
 *       the body; one that ends a sentence is the lead paragraph and stays in the body as well.
 *       A {@link Source#HINT_TITLE title hint} wins, and a first block repeating it is removed.</li>
 *   <li>Reads a {@code By …} line among the first two body blocks as the authors.</li>
 *   <li>Labels each block: {@code >} lines are {@link ParagraphKind#BLOCKQUOTE}; bulleted or
 *       numbered lines are {@link ParagraphKind#LIST_ITEM} (a bullet glyph is removed from the
 *       text, a number such as {@code 1.} is kept); Markdown {@code #} headings, live-blog time
 *       stamps ({@code 3:15 p.m.}) and short lines without final punctuation followed by more
 *       text are {@link ParagraphKind#HEADING}; the rest are paragraphs.</li>
 * </ol>
 * The body text joins the blocks with one blank line, and each paragraph's span covers exactly
 * its block. Empty or blank input gives an article with empty text and no paragraphs.
 *
 * <p>Stateless and thread-safe. Registered as the {@code "text"} extractor with
 * {@link #FALLBACK} priority, so any more specific extractor wins.
 */
public final class PlainTextExtractor implements ArticleExtractor {

    /** How much of the input {@link #supports} decodes to judge whether it is text. */
    private static final int SNIFF_BYTES = 65_536;
    private static final String STAGE = "text extraction";

    /** Creates the extractor; {@link java.util.ServiceLoader} uses this constructor. */
    public PlainTextExtractor() {
    }

    /** Returns {@code "text"}. */
    @Override
    public String name() {
        return "text";
    }

    /** Returns {@link #FALLBACK}: plain text is what is left when nothing else fits. */
    @Override
    public int priority() {
        return FALLBACK;
    }

    /**
     * Whether the source is plain text: its content type (declared or detected) is
     * {@code text/plain} and its beginning decodes to mostly printable text. HTML and binary
     * data are not supported.
     */
    @Override
    public boolean supports(Source source) {
        if (!MediaTypes.TEXT.equals(source.contentType())) {
            return false;
        }
        if (source.text().isPresent()) {
            return TextDecoder.isMostlyText(source.text().get());
        }
        return TextDecoder.isMostlyText(TextDecoder.decode(head(source.bytes()), source.charset().orElse(null)));
    }

    /**
     * Extracts the article.
     *
     * @throws UnsupportedInputException if the content does not decode to text (binary data)
     * @throws io.github.lede.AnalysisTimeoutException if the time budget runs out
     */
    @Override
    public Article extract(Source source, AnalysisContext context) {
        String decoded = source.text()
                .orElseGet(() -> TextDecoder.decode(source.bytes(), source.charset().orElse(null)));
        if (!TextDecoder.isMostlyText(decoded)) {
            throw new UnsupportedInputException("the content is not text", context.inputName());
        }
        List<TextBlock> blocks = new ArrayList<>();
        for (TextBlock b : BlockSplitter.split(LineReader.read(TextNormalizer.normalize(decoded), context), context)) {
            context.checkDeadline(STAGE);
            if (!Furniture.isFurniture(b.text())) {
                blocks.add(b);
            }
        }
        Article.Builder article = Article.builder("");
        int bodyStart = title(blocks, source, article);
        List<String> authors = List.of();
        for (int i = bodyStart; i < Math.min(bodyStart + 2, blocks.size()) && authors.isEmpty(); i++) {
            authors = Byline.authors(blocks.get(i).text());
            if (!authors.isEmpty()) {
                blocks.remove(i);
            }
        }
        article.authors(authors);
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = bodyStart; i < blocks.size(); i++) {
            context.checkDeadline(STAGE);
            TextBlock b = blocks.get(i);
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(b.text());
            paragraphs.add(new Paragraph(start, text.length(), kind(b, i + 1 < blocks.size())));
        }
        return article.text(text.toString()).paragraphs(paragraphs).build();
    }

    /** Sets the title and returns the index of the first body block. */
    private static int title(List<TextBlock> blocks, Source source, Article.Builder article) {
        String hint = source.hints().get(Source.HINT_TITLE);
        if (hint != null) {
            article.title(hint);
            return !blocks.isEmpty() && sameWords(blocks.get(0).text(), hint) ? 1 : 0;
        }
        if (blocks.isEmpty() || !Headings.isHeadline(blocks.get(0), blocks.size() > 1 ? blocks.get(1) : null)) {
            return 0;
        }
        String headline = blocks.get(0).text();
        article.title(headline);
        // A first line that ends a sentence is the lead as much as the headline: it stays in the body.
        return LineShape.endsSentence(headline) ? 0 : 1;
    }

    private static boolean sameWords(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
                .equals(b.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    private static ParagraphKind kind(TextBlock b, boolean followed) {
        if (b.quoted()) {
            return ParagraphKind.BLOCKQUOTE;
        }
        return switch (b.marker()) {
            case BULLET, ORDINAL -> ParagraphKind.LIST_ITEM;
            case HEADING -> ParagraphKind.HEADING;
            case NONE -> Headings.isTimestamp(b.text()) || (followed && Headings.isSubheading(b))
                    ? ParagraphKind.HEADING : ParagraphKind.PARAGRAPH;
        };
    }

    /** The first bytes, cut back to a UTF-8 character boundary so that decoding stays strict. */
    private static ByteBuffer head(ByteBuffer bytes) {
        if (bytes.remaining() <= SNIFF_BYTES) {
            return bytes;
        }
        int cut = bytes.position() + SNIFF_BYTES;
        for (int back = 0; back < 3 && (bytes.get(cut) & 0xC0) == 0x80; back++) {
            cut--;
        }
        return bytes.duplicate().limit(cut).slice();
    }
}
