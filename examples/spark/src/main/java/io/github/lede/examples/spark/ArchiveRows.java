package io.github.lede.examples.spark;

import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.Limits;
import io.github.lede.UnreadableInputException;
import io.github.lede.model.Article;
import io.github.lede.spi.InputExpander;
import io.github.lede.spi.InputItem;
import io.github.lede.spi.InputProbe;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;

/**
 * The result rows of one archive, read and analysed one record at a time as Spark asks for the
 * next row, so that an archive is streamed from its file system and never held in memory.
 *
 * <p>The archive is expanded by the {@link InputExpander} that reads it (for a WARC archive,
 * {@code lede-extractor-html}'s {@code warc} expander: each 2xx HTML response record is one item, a
 * broken record is an item that fails); an input no expander reads stands for itself, as it does
 * for the CLI. Each item becomes an article row, or an error row when it fails — exactly when the
 * CLI reports it failed: unreadable, empty, unsupported, too large, too slow, no article text, or
 * an unexpected provider error. An archive that cannot be read at all is one error row.
 *
 * <p>Not thread-safe: one consumer, the task that reads the archive. Closing releases the archive.
 */
final class ArchiveRows implements Iterator<Row>, AutoCloseable {

    private final String archive;
    private final PartitionBy partitionBy;
    private final Lede lede;
    private Stream<InputItem> items;
    private Iterator<InputItem> it;
    /** A row decided before iteration starts: the archive's own failure. */
    private Row pending;

    private ArchiveRows(String archive, PartitionBy partitionBy, Lede lede) {
        this.archive = archive;
        this.partitionBy = partitionBy;
        this.lede = lede;
    }

    /**
     * The rows of the archive {@code name}, which {@code opener} opens from its first byte (each
     * call a new stream).
     */
    static ArchiveRows open(String name, InputProbe.Opener opener, PartitionBy partitionBy) {
        ArchiveRows rows = new ArchiveRows(name, partitionBy, ExecutorLede.lede());
        try {
            rows.items = rows.expand(opener);
            rows.it = rows.items.iterator();
        } catch (RuntimeException e) {
            rows.pending = ResultRows.error(name, null, e);
            rows.it = Collections.emptyIterator();
        }
        return rows;
    }

    private Stream<InputItem> expand(InputProbe.Opener opener) {
        byte[] head;
        try (InputStream in = opener.open()) {
            head = in.readNBytes(InputProbe.HEAD_BYTES);
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read: " + e.getMessage(), archive, e);
        }
        InputProbe probe = new InputProbe(archive, MediaTypes.detect(ByteBuffer.wrap(head), archive), head, opener,
                null);
        return lede.registry().expanderFor(probe)
                .map(x -> x.expand(probe, fetcher()))
                .orElseGet(() -> Stream.of(new InputItem(archive, () -> whole(opener))));
    }

    /** Fetches what an expander links to (a feed item's page) as the CLI's Lede would. */
    private InputExpander.Fetcher fetcher() {
        return new InputExpander.Fetcher() {
            @Override
            public Source.Builder fetch(String url) {
                try {
                    return lede.load(URI.create(url.strip()));
                } catch (IllegalArgumentException e) {
                    throw new UnreadableInputException("not a valid URL: " + url, url, e);
                }
            }

            @Override
            public Limits limits() {
                return lede.limits();
            }
        };
    }

    /** An input no expander reads: one document, read within the limits. */
    private Source whole(InputProbe.Opener opener) {
        try (InputStream in = opener.open()) {
            return lede.load(in, archive).build();
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read: " + e.getMessage(), archive, e);
        }
    }

    @Override
    public boolean hasNext() {
        if (pending != null) {
            return true;
        }
        try {
            if (it.hasNext()) {
                return true;
            }
        } catch (RuntimeException e) {
            // the expander reports broken records as items; this is the archive failing under it
            pending = ResultRows.error(archive, null, e);
            it = Collections.emptyIterator();
            return true;
        }
        close();
        return false;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (pending != null) {
            Row row = pending;
            pending = null;
            return row;
        }
        InputItem item = it.next();
        try {
            Article article = analyze(item);
            return ResultRows.article(article, json(article), partitionBy.valueOf(article));
        } catch (RuntimeException e) {
            return ResultRows.error(archive, item.name(), e);
        }
    }

    /** The item's article; fails where the CLI reports a failed document (the same Lede option). */
    private Article analyze(InputItem item) {
        return lede.analyze(item.source());
    }

    /** The article as one {@code jsonl} line, without its line end: the CLI's {@code --format jsonl} line. */
    private static String json(Article article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = ExecutorLede.jsonLines().writer(out)) {
            writer.write(article);
        } catch (IOException e) {
            throw new LedeException("cannot write the article as JSON: " + e.getMessage(), article.source().orElse(null),
                    e);
        }
        String line = out.toString(StandardCharsets.UTF_8);
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    /** Closes the archive; further calls do nothing. */
    @Override
    public void close() {
        if (items != null) {
            items.close();
            items = null;
        }
    }
}
