package io.github.lede.format.rss;

import io.github.lede.spi.ArticleFormat;
import io.github.lede.spi.ArticleWriter;
import java.io.OutputStream;

/**
 * The {@code rss} format: analysed articles as an RSS 2.0 feed, one {@code <item>} per article,
 * written with Rome. See the {@linkplain io.github.lede.format.rss package documentation} for
 * what each item holds and for the Lede namespace {@value #LEDE_NAMESPACE}.
 *
 * <p>Write-only ({@link #canRead()} is false). The writer keeps the articles until
 * {@link ArticleWriter#close()}, which writes the whole feed. Stateless and thread-safe.
 */
public final class RssFormat implements ArticleFormat {

    /** The namespace of the {@code lede:entity} and {@code lede:quote} elements in RSS and Atom feeds. */
    public static final String LEDE_NAMESPACE = "https://lede.github.io/ns/feed/1.0";

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public RssFormat() {
    }

    /** {@code "rss"}. */
    @Override
    public String name() {
        return "rss";
    }

    /** {@code "application/rss+xml"}. */
    @Override
    public String mediaType() {
        return "application/rss+xml";
    }

    /** {@code "rss"}. */
    @Override
    public String fileExtension() {
        return "rss";
    }

    /** A writer that collects articles and writes the feed, UTF-8 encoded, on close; {@code out} stays open. */
    @Override
    public ArticleWriter writer(OutputStream out) {
        return new FeedWriter(out, RssFeed::of);
    }
}
