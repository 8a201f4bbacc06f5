package io.github.lede.format.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.lede.model.Article;
import io.github.lede.spi.ArticleFormat;
import io.github.lede.spi.ArticleWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code jsonl} format (JSON lines, NDJSON): one compact JSON object per article, one per
 * line, in the order written, in UTF-8. Each line is flushed as soon as it is written, so a
 * consumer can follow a long batch. The shape is {@link LedeJsonModule}'s. Thread-safe.
 */
public final class JsonLinesFormat implements ArticleFormat {

    private final ObjectMapper mapper = ArticleJson.mapper();
    private final ObjectWriter articleWriter = mapper.writerFor(Article.class);
    private final ObjectReader articleReader = mapper.readerFor(Article.class);

    /** The format, as {@link java.util.ServiceLoader} creates it. */
    public JsonLinesFormat() {
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String mediaType() {
        return "application/x-ndjson";
    }

    @Override
    public String fileExtension() {
        return "jsonl";
    }

    /** A writer of one line per article to {@code out}, which it does not close. */
    @Override
    public ArticleWriter writer(OutputStream out) throws IOException {
        JsonGenerator g = ArticleJson.generator(mapper, Objects.requireNonNull(out, "out"));
        // lines are ended by hand, right after each object, instead of before the next one
        g.setRootValueSeparator(null);
        return new ArticleWriter() {
            @Override
            public void write(Article article) throws IOException {
                articleWriter.writeValue(g, Objects.requireNonNull(article, "article"));
                g.writeRaw('\n');
                g.flush();
            }

            @Override
            public void close() throws IOException {
                g.close();
            }
        };
    }

    @Override
    public boolean canRead() {
        return true;
    }

    /**
     * Reads one article per line (UTF-8); blank lines are skipped. Does not close {@code in}.
     *
     * @throws io.github.lede.UnreadableInputException if a line is not one article object; the
     *     message gives its line and column
     */
    @Override
    public List<Article> read(InputStream in) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, "in"),
                StandardCharsets.UTF_8));
        List<Article> articles = new ArrayList<>();
        String line;
        long number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            try (JsonParser p = mapper.createParser(line)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw ArticleJson.unexpected(name(), p, "an article object", number);
                }
                articles.add(articleReader.readValue(p));
                if (p.nextToken() != null) {
                    throw ArticleJson.unexpected(name(), p, "the end of the line", number);
                }
            } catch (JsonProcessingException e) {
                throw ArticleJson.unreadable(name(), e, number);
            }
        }
        return articles;
    }
}
