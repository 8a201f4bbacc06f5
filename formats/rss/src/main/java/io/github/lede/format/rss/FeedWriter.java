package io.github.lede.format.rss;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.github.lede.model.Article;
import io.github.lede.spi.ArticleWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Collects articles and writes them as one feed on {@link #close()}: Rome builds a feed as a
 * whole document in memory, so nothing is written before then.
 */
final class FeedWriter implements ArticleWriter {

    private final OutputStream out;
    private final Function<List<Article>, WireFeed> feed;
    private final List<Article> articles = new ArrayList<>();
    private boolean closed;

    FeedWriter(OutputStream out, Function<List<Article>, WireFeed> feed) {
        this.out = Objects.requireNonNull(out, "out");
        this.feed = feed;
    }

    @Override
    public void write(Article article) {
        if (closed) {
            throw new IllegalStateException("writer is closed");
        }
        articles.add(Objects.requireNonNull(article, "article"));
    }

    /** Writes the feed, UTF-8 encoded, and flushes; the stream stays open. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        Document document;
        try {
            document = new WireFeedOutput().outputJDom(feed.apply(List.copyOf(articles)));
        } catch (FeedException e) {
            throw new IOException("Rome could not build the feed: " + e.getMessage(), e);
        }
        // declared once on the root instead of on every lede:entity and lede:quote
        document.getRootElement().addNamespaceDeclaration(LedeMarkup.NAMESPACE);
        // pretty, but text that is not all white space is kept as it is (quotes, body HTML)
        Format format = Format.getPrettyFormat().setEncoding("UTF-8").setTextMode(Format.TextMode.TRIM_FULL_WHITE);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new XMLOutputter(format).output(document, writer);
        writer.flush();
    }
}
