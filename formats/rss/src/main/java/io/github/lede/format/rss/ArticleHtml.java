package io.github.lede.format.rss;

import io.github.lede.model.Article;
import io.github.lede.model.Paragraph;
import io.github.lede.model.ParagraphKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The article body as simple HTML for {@code content:encoded} and Atom {@code <content>}: a
 * {@code <p>} per paragraph, {@code <h2>} per heading, runs of list items as one {@code <ul>},
 * and {@code <blockquote><p>} per block quote. Line breaks inside a block become {@code <br>}.
 */
final class ArticleHtml {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|\\n");

    private ArticleHtml() {
    }

    /** The body of {@code article}; its text split at blank lines when it has no paragraphs. */
    static String of(Article article) {
        String text = article.text();
        List<Paragraph> paragraphs = article.paragraphs();
        StringBuilder html = new StringBuilder(text.length() + text.length() / 8);
        if (paragraphs.isEmpty()) {
            for (String block : BLANK_LINE.split(text.strip())) {
                if (!block.isBlank()) {
                    block(html, "p", block.strip());
                }
            }
            return html.toString();
        }
        boolean inList = false;
        for (Paragraph p : paragraphs) {
            boolean item = p.kind() == ParagraphKind.LIST_ITEM;
            if (item != inList) {
                html.append(item ? "<ul>" : "</ul>\n");
                inList = item;
            }
            String block = p.text(text);
            switch (p.kind()) {
                case HEADING -> block(html, "h2", block);
                case LIST_ITEM -> block(html, "li", block);
                case BLOCKQUOTE -> {
                    html.append("<blockquote>");
                    block(html, "p", block);
                    html.append("</blockquote>\n");
                }
                default -> block(html, "p", block);
            }
        }
        if (inList) {
            html.append("</ul>\n");
        }
        return html.toString();
    }

    private static void block(StringBuilder html, String tag, String text) {
        html.append('<').append(tag).append('>')
                .append(LINE_BREAK.matcher(FeedText.html(text)).replaceAll("<br>"))
                .append("</").append(tag).append(">\n");
    }
}
