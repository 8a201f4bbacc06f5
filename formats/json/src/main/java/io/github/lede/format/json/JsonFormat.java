package io.github.lede.format.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.lede.UnreadableInputException;
import io.github.lede.model.Article;
import io.github.lede.spi.ArticleFormat;
import io.github.lede.spi.ArticleWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code json} format: one article is written as one JSON object, several as a JSON array,
 * none as {@code []}; pretty-printed with a two-space indent and ending with a newline. The shape
 * is {@link LedeJsonModule}'s.
 *
 * <p>The writer streams: it holds only the first article, and opens the array when a second one
 * arrives. {@link #read} accepts an object or an array of objects. Thread-safe.
 */
public final class JsonFormat implements ArticleFormat {

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENT)
            .withArrayIndenter(INDENT);

    private final ObjectMapper mapper = ArticleJson.mapper();
    private final ObjectWriter articleWriter = mapper.writerFor(Article.class);
    private final ObjectReader articleReader = mapper.readerFor(Article.class);

    /** The format, as {@link java.util.ServiceLoader} creates it. */
    public JsonFormat() {
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    /** A writer of a JSON object (one article) or array (any other number) to {@code out}, which it does not close. */
    @Override
    public ArticleWriter writer(OutputStream out) throws IOException {
        return new Writer(generator(out), false);
    }

    /**
     * A writer of a JSON array to {@code out} (not closed), even for one article: for a caller that
     * promises an array whenever it was given several inputs, however many of them succeed.
     */
    public ArticleWriter arrayWriter(OutputStream out) throws IOException {
        return new Writer(generator(out), true);
    }

    private JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = ArticleJson.generator(mapper, Objects.requireNonNull(out, "out"));
        g.setPrettyPrinter(PRETTY.createInstance());
        return g;
    }

    @Override
    public boolean canRead() {
        return true;
    }

    /**
     * Reads one article (a JSON object) or several (an array of objects), in UTF-8, -16 or -32.
     * Does not close {@code in}.
     *
     * @throws io.github.lede.UnreadableInputException if the input is not JSON, holds anything but
     *     articles, misses a required field or has content after the document; the message gives
     *     the line and column
     */
    @Override
    public List<Article> read(InputStream in) throws IOException {
        List<Article> articles = new ArrayList<>();
        try (JsonParser p = mapper.createParser(Objects.requireNonNull(in, "in"))) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new UnreadableInputException("invalid json: the input is empty", null);
            }
            if (t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t != JsonToken.START_OBJECT) {
                        throw ArticleJson.unexpected(name(), p, "an article object", 0);
                    }
                    articles.add(articleReader.readValue(p));
                }
            } else if (t == JsonToken.START_OBJECT) {
                articles.add(articleReader.readValue(p));
            } else {
                throw ArticleJson.unexpected(name(), p, "an article object or an array of them", 0);
            }
            if (p.nextToken() != null) {
                throw ArticleJson.unexpected(name(), p, "the end of the input", 0);
            }
        } catch (JsonProcessingException e) {
            throw ArticleJson.unreadable(name(), e, 0);
        }
        return articles;
    }

    /**
     * Unless it always writes an array, holds the first article until a second one shows whether
     * an array is needed.
     */
    private final class Writer implements ArticleWriter {
        private final JsonGenerator g;
        private final boolean array;
        private Article first;
        private int count;
        private boolean closed;

        Writer(JsonGenerator g, boolean array) {
            this.g = g;
            this.array = array;
        }

        @Override
        public void write(Article article) throws IOException {
            Objects.requireNonNull(article, "article");
            if (closed) {
                throw new IllegalStateException("the writer is closed");
            }
            if (count == 0 && !array) {
                first = article;
            } else {
                if (count == 0) {
                    g.writeStartArray();
                } else if (count == 1 && !array) {
                    g.writeStartArray();
                    articleWriter.writeValue(g, first);
                    first = null;
                }
                articleWriter.writeValue(g, article);
                g.flush();
            }
            count++;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (count == 1 && !array) {
                articleWriter.writeValue(g, first);
            } else {
                if (count == 0) {
                    g.writeStartArray();
                }
                g.writeEndArray();
            }
            g.writeRaw('\n');
            g.close();
        }
    }
}
