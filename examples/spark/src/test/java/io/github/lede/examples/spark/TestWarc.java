package io.github.lede.examples.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

/** Writes a gzipped WARC archive to a file with jwarc's own writer, one record at a time, as a crawler does. */
final class TestWarc implements AutoCloseable {

    private final WarcWriter writer;

    TestWarc(Path file) throws IOException {
        writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP);
        writer.write(new Warcinfo.Builder().filename(file.getFileName().toString())
                .fields(Map.of("software", List.of("lede tests"))).build());
    }

    /** The offset the next record will start at. */
    long position() {
        return writer.position();
    }

    /** A GET request record and its 200 response with an HTML page. */
    TestWarc page(String url, String html) throws IOException {
        URI uri = URI.create(url);
        writer.write(new WarcRequest.Builder(uri).body(new HttpRequest.Builder("GET", uri.getRawPath())
                .addHeader("Host", uri.getHost()).build()).build());
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    TestWarc response(String url, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Status")
                .body(MediaType.parse(contentType), body).build();
        writer.write(new WarcResponse.Builder(URI.create(url)).body(http).build());
        return this;
    }

    /** A response record whose block is {@code rawHttp} as given, e.g. with a malformed status line. */
    TestWarc rawResponse(String url, String rawHttp) throws IOException {
        writer.write(new WarcResponse.Builder(URI.create(url))
                .body(MediaType.HTTP_RESPONSE, rawHttp.getBytes(StandardCharsets.ISO_8859_1)).build());
        return this;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
