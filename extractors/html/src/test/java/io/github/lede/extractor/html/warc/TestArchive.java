package io.github.lede.extractor.html.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes WARC archives for tests with jwarc's own writer, one record at a time. */
final class TestArchive implements AutoCloseable {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final WarcWriter writer;

    TestArchive(boolean gzip) {
        try {
            writer = new WarcWriter(Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The offset the next record will start at. */
    long position() {
        return writer.position();
    }

    TestArchive warcinfo() throws IOException {
        writer.write(new Warcinfo.Builder().filename("test.warc")
                .fields(Map.of("software", List.of("lede tests"))).build());
        return this;
    }

    TestArchive request(String url) throws IOException {
        HttpRequest request = new HttpRequest.Builder("GET", URI.create(url).getRawPath())
                .addHeader("Host", URI.create(url).getHost()).build();
        writer.write(new WarcRequest.Builder(URI.create(url)).body(request).build());
        return this;
    }

    TestArchive response(String url, int status, String contentType, byte[] body, String... headers)
            throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Status");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            http.addHeader(headers[i], headers[i + 1]);
        }
        http.body(contentType == null ? null : MediaType.parse(contentType), body);
        writer.write(new WarcResponse.Builder(URI.create(url)).body(http.build()).build());
        return this;
    }

    TestArchive html(String url, String html) throws IOException {
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A response record whose block is {@code rawHttp} as given, e.g. with a malformed status line. */
    TestArchive rawResponse(String url, String rawHttp) throws IOException {
        writer.write(new WarcResponse.Builder(URI.create(url))
                .body(MediaType.HTTP_RESPONSE, rawHttp.getBytes(StandardCharsets.ISO_8859_1)).build());
        return this;
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
