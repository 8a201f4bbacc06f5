package io.github.lede.extractor.html.warc;

import io.github.lede.InputTooLargeException;
import io.github.lede.UnreadableInputException;
import io.github.lede.spi.InputItem;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The items of one archive, each read from the {@link WarcReader} when asked for: the reader moves
 * on (skipping the rest of a record) at the next call, so a record's payload is read into its
 * item's source before the next record is looked at. Not thread-safe: one consumer, as a stream's.
 */
final class WarcItems implements Iterator<InputItem>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WarcItems.class);

    private final WarcReader reader;
    private final String archive;
    private final long maxBytes;
    private InputItem next;
    private boolean done;
    /** The offset of the record last reported broken, so that jwarc stopping there is not reported again. */
    private long failedAt = -1;

    WarcItems(WarcReader reader, String archive, long maxBytes) {
        this.reader = reader;
        this.archive = archive;
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            next = read();
        }
        return next != null;
    }

    @Override
    public InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputItem item = next;
        next = null;
        return item;
    }

    /** The next record's item, or null when the record is skipped or the archive has ended. */
    private InputItem read() {
        Optional<WarcRecord> record;
        try {
            record = reader.next();
        } catch (IOException | RuntimeException e) {
            // jwarc cannot find the next record after this; the position is where it stopped
            long at = reader.position();
            close();
            if (at == failedAt) {
                LOG.debug("{}: reading stops after the broken record at {}: {}", archive, at, e.toString());
                return null;
            }
            return broken(at, "broken WARC record (truncated archive or malformed WARC header): " + message(e));
        }
        if (record.isEmpty()) {
            close();
            return null;
        }
        WarcRecord r = record.get();
        try {
            return r instanceof WarcResponse response ? item(response) : skip(r, "a " + r.type() + " record");
        } catch (RuntimeException e) {
            return broken(r.position(), "broken WARC record: " + message(e));
        }
    }

    private InputItem item(WarcResponse response) {
        long offset = response.position();
        if (!MediaType.HTTP.equals(response.contentType().base())) {
            return skip(response, "not an HTTP response (" + response.contentType() + ")");
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException e) {
            return broken(offset, "malformed HTTP response header: " + message(e));
        }
        if (http.status() < 200 || http.status() > 299) {
            return skip(response, "HTTP status " + http.status());
        }
        MediaType type = payloadType(response, http);
        String essence = type.base().toString().toLowerCase(java.util.Locale.ROOT);
        if (!MediaTypes.isHtml(essence)) {
            return skip(response, "not HTML (" + essence + ")");
        }
        byte[] payload;
        try {
            long declared = http.body().size();
            if (declared > maxBytes) {
                return tooLarge(offset, declared);
            }
            try (InputStream in = http.bodyDecoded().stream()) {
                payload = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } catch (IOException e) {
            return broken(offset, "cannot read the HTTP payload: " + message(e));
        }
        if (payload.length > maxBytes) {
            return tooLarge(offset, payload.length);
        }
        String target = response.target();
        String name = target == null || target.isBlank() ? archive + "#" + offset : target;
        Source source = Source.bytes(payload).name(name).url(target).contentType(essence)
                .charset(charset(type)).build();
        return new InputItem(name, () -> source);
    }

    /** The HTTP {@code Content-Type}, else what the crawler identified, else unknown. */
    private static MediaType payloadType(WarcResponse response, HttpResponse http) {
        Optional<String> declared = http.headers().first("Content-Type");
        if (declared.isPresent()) {
            return MediaType.parseLeniently(declared.get());
        }
        return response.identifiedPayloadType().orElse(MediaType.OCTET_STREAM);
    }

    private static Charset charset(MediaType type) {
        String name = type.parameters().get("charset");
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // the decoder detects it from the page
        }
    }

    private InputItem skip(WarcRecord record, String why) {
        LOG.debug("{}: skipping the record at {}: {}", archive, record.position(), why);
        return null;
    }

    private InputItem broken(long offset, String message) {
        failedAt = offset;
        String name = archive + "#" + offset;
        return new InputItem(name, () -> {
            throw new UnreadableInputException(message, name);
        });
    }

    private InputItem tooLarge(long offset, long seen) {
        failedAt = offset;
        String name = archive + "#" + offset;
        return new InputItem(name, () -> {
            throw new InputTooLargeException("HTTP payload is larger than the limit of " + maxBytes
                    + " bytes (at least " + seen + " bytes)", name, maxBytes);
        });
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Closes the archive; further calls do nothing. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            reader.close();
        } catch (IOException e) {
            LOG.debug("{}: closing failed: {}", archive, e.toString());
        }
    }
}
