package io.github.lede.spi;

import io.github.lede.UnsupportedInputException;
import io.github.lede.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Serialises articles ({@code json}, {@code jsonl}, {@code xml}, {@code rss}, a user's own), and
 * reads them back where the format round-trips. Chosen by {@link #name()}.
 *
 * <pre>{@code
 * ArticleFormat json = lede.format("json");
 * try (ArticleWriter writer = json.writer(Files.newOutputStream(Path.of("articles.json")))) {
 *     writer.write(article);
 * }
 * List<Article> back = json.read(Files.newInputStream(Path.of("articles.json")));
 * }</pre>
 *
 * <p>Register an implementation in {@code META-INF/services/io.github.lede.spi.ArticleFormat}.
 */
public interface ArticleFormat extends Provider {

    /** The media type of the output, e.g. {@code "application/json"}. */
    String mediaType();

    /** The usual file extension without a dot, e.g. {@code "json"}. */
    String fileExtension();

    /** A writer of articles to {@code out}. */
    ArticleWriter writer(OutputStream out) throws IOException;

    /** Whether {@link #read(InputStream)} is supported. */
    default boolean canRead() {
        return false;
    }

    /**
     * Reads every article in {@code in}.
     *
     * @throws io.github.lede.UnreadableInputException if the content is not valid in this format
     * @throws UnsupportedInputException if this format cannot be read
     */
    default List<Article> read(InputStream in) throws IOException {
        throw new UnsupportedInputException("format " + name() + " cannot be read back", null);
    }
}
