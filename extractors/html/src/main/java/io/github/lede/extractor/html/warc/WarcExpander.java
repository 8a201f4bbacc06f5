package io.github.lede.extractor.html.warc;

import io.github.lede.UnreadableInputException;
import io.github.lede.spi.InputExpander;
import io.github.lede.spi.InputItem;
import io.github.lede.spi.InputProbe;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.WarcReader;

/**
 * Reads a WARC archive ({@code .warc}, or {@code .warc.gz} with one gzip member per record) as
 * the HTML pages it captured, with jwarc. Registered as the {@code warc} input expander.
 *
 * <p>Records are read one at a time as the returned stream is consumed, so an archive of any size
 * is read in the memory of one record's payload, which is at most
 * {@link io.github.lede.Limits#maxInputBytes()}. Closing the stream closes the archive.
 *
 * <p>Each {@code response} record whose HTTP status is 2xx and whose payload is HTML
 * ({@code text/html}, {@code application/xhtml+xml}; by the HTTP {@code Content-Type}, else the
 * record's {@code WARC-Identified-Payload-Type}) becomes an item named by its target URI, whose
 * source has that URI as {@code url}, the HTTP {@code Content-Type}'s charset as charset hint and
 * the payload with any {@code Content-Encoding} (gzip, deflate) undone. Other records — warcinfo,
 * requests, metadata, revisits, images, redirects, errors — are skipped (logged at debug).
 *
 * <p>A broken record becomes an item named {@code ARCHIVE#OFFSET} (the record's byte offset in the
 * archive file, as WARC indexes give it) whose {@link InputItem#source()} throws: an
 * {@link io.github.lede.InputTooLargeException} for a payload larger than the limit, an
 * {@link UnreadableInputException} for a malformed HTTP header or payload. Reading goes on with
 * the next record. A record whose WARC header cannot be read, or that the archive ends inside,
 * leaves the rest of the archive unreachable: it is reported the same way and ends the items.
 *
 * <p>Stateless and thread-safe; each {@link #expand} call reads its own archive.
 */
public final class WarcExpander implements InputExpander {

    /** How every WARC record, and so every archive, starts. */
    private static final String MAGIC = "WARC/";

    /** The expander's name, {@code warc}. */
    @Override
    public String name() {
        return "warc";
    }

    /**
     * A WARC archive by its name ({@code .warc}, {@code .warc.gz}), or by its head: starting
     * {@code WARC/}, or a gzip member that inflates to a start of {@code WARC/}.
     */
    @Override
    public boolean supports(InputProbe probe) {
        String name = probe.name().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return true;
        }
        ByteBuffer head = probe.head();
        byte[] bytes = new byte[head.remaining()];
        head.get(bytes);
        if (startsWithMagic(bytes)) {
            return true;
        }
        if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) {
            return false;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return startsWithMagic(in.readNBytes(MAGIC.length()));
        } catch (IOException e) {
            return false; // not gzip after all, or a first member longer than the head: only a name tells
        }
    }

    private static boolean startsWithMagic(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, MAGIC.length()), StandardCharsets.ISO_8859_1)
                .equals(MAGIC);
    }

    /**
     * The archive's HTML response records, read lazily (see the class description). Close the
     * stream to close the archive.
     *
     * @throws UnreadableInputException if the archive cannot be opened
     */
    @Override
    public Stream<InputItem> expand(InputProbe probe, Fetcher fetcher) {
        InputStream in = null;
        WarcReader reader;
        try {
            in = probe.open();
            reader = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            throw new UnreadableInputException("cannot open the WARC archive: " + e.getMessage(), probe.name(), e);
        }
        WarcItems items = new WarcItems(reader, probe.name(), fetcher.limits().maxInputBytes());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(items::close);
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the open failure is what gets reported
            }
        }
    }
}
