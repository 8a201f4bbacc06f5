package io.github.lede.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.github.lede.Lede;
import io.github.lede.examples.plugin.GazetteExtractorTest;
import io.github.lede.format.json.JsonLinesFormat;
import io.github.lede.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * A WARC archive on the command line stands for its HTML records. The archive is written here with
 * jwarc: story pages in the layout of the example plugin's site (so they are extracted for real),
 * an image, a request, a warcinfo, a response with a malformed HTTP status line and a last record
 * cut short. Each story becomes an article in archive order; each broken record one stderr line.
 */
class WarcInputCliTest {

    private static final String SITE = "https://news.example-gazette.test/story/";

    @TempDir
    Path dir;

    private Path archive;
    private long badRecord;
    private long cutRecord;

    private static String story(int n) {
        return GazetteExtractorTest.PAGE.replace("Harbour ferry to run through the winter", "Story number " + n)
                .replace("/story/4411", "/story/" + n);
    }

    @BeforeEach
    void writeArchive() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().filename("crawl.warc.gz").build());
            w.write(new WarcRequest.Builder(URI.create(SITE + 1)).body(MediaType.HTTP_REQUEST,
                    "GET /story/1 HTTP/1.1\r\nHost: news.example-gazette.test\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
                    .build());
            w.write(response(SITE + 1, "text/html; charset=utf-8", story(1).getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://news.example-gazette.test/logo.png", "image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
            w.write(response(SITE + 2, "text/html; charset=utf-8", story(2).getBytes(StandardCharsets.UTF_8)));
            badRecord = w.position();
            w.write(new WarcResponse.Builder(URI.create(SITE + "bad")).body(MediaType.HTTP_RESPONSE,
                    "HTTP/1.1 OK-ish\r\nContent-Type: text/html\r\n\r\n<p>x</p>".getBytes(StandardCharsets.US_ASCII))
                    .build());
            w.write(response(SITE + 3, "text/html; charset=utf-8", story(3).getBytes(StandardCharsets.UTF_8)));
            cutRecord = w.position();
            w.write(response(SITE + 4, "text/html; charset=utf-8", story(4).getBytes(StandardCharsets.UTF_8)));
        }
        byte[] all = bytes.toByteArray();
        archive = Files.write(dir.resolve("crawl.warc.gz"), Arrays.copyOf(all, all.length - 30));
    }

    private static WarcResponse response(String url, String type, byte[] body) throws IOException {
        return new WarcResponse.Builder(URI.create(url))
                .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build()).build();
    }

    private void assertBrokenRecordsReported(Cli.Result r) {
        assertEquals(1, r.code(), "the broken records fail the batch");
        assertEquals(2, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith("lede: " + archive + "#" + badRecord + ": malformed HTTP"), r.err());
        assertTrue(r.errLines().get(1).startsWith("lede: " + archive + "#" + cutRecord + ": broken WARC record"),
                r.err());
    }

    @Test
    void jsonLinesHoldOneArticlePerHtmlRecordInArchiveOrder() throws IOException {
        Cli.Result r = Cli.run("analyze", "--format", "jsonl", archive.toString());
        assertBrokenRecordsReported(r);
        List<Article> articles = new JsonLinesFormat().read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(SITE + 1, SITE + 2, SITE + 3), articles.stream().map(a -> a.url().orElseThrow()).toList());
        assertEquals(List.of("Story number 1", "Story number 2", "Story number 3"),
                articles.stream().map(a -> a.title().orElseThrow()).toList());
        Article first = articles.get(0);
        assertEquals(List.of("Ada Quill", "Tom Brandt"), first.authors());
        assertTrue(first.text().startsWith("The harbour ferry will keep running all winter"), first.text());
    }

    @Test
    void xmlHoldsTheSameArticles() throws IOException {
        Cli.Result r = Cli.run("analyze", "--no-annotators", "--format", "xml", archive.toString());
        assertBrokenRecordsReported(r);
        Lede lede = Lede.create();
        assumeTrue(lede.format("xml").canRead(), "the xml format reads back");
        List<Article> articles = lede.format("xml").read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(SITE + 1, SITE + 2, SITE + 3), articles.stream().map(a -> a.url().orElseThrow()).toList());
    }

    @Test
    void rssIsAFeedOfTheRecords() throws Exception {
        Cli.Result r = Cli.run("analyze", "--no-annotators", "--format", "rss", archive.toString());
        assertBrokenRecordsReported(r);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(r.out()));
        assertEquals(List.of(SITE + 1, SITE + 2, SITE + 3), feed.getEntries().stream().map(SyndEntry::getLink).toList());
        assertEquals(List.of("Story number 1", "Story number 2", "Story number 3"),
                feed.getEntries().stream().map(SyndEntry::getTitle).toList());
    }

    @Test
    void anyNewsPageInAnArchiveOnceAnHtmlExtractorIsOnTheClassPath() throws IOException {
        assumeTrue(Lede.create().registry().extractors().stream().anyMatch(x -> x.name().equals("html")),
                "no extractor named html on the class path yet");
        String page = "<!doctype html><html><head><title>Rates held steady</title></head><body><article>"
                + "<h1>Rates held steady</h1><p>The central bank held interest rates at four per cent on Wednesday,"
                + " citing slowing inflation across the region.</p><p>Markets had expected the decision, and shares"
                + " rose slightly after the announcement.</p></article></body></html>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.NONE)) {
            w.write(response("https://markets.example/rates", "text/html", page.getBytes(StandardCharsets.UTF_8)));
        }
        Path plain = Files.write(dir.resolve("markets.warc"), bytes.toByteArray());
        Cli.Result r = Cli.run("analyze", "--no-annotators", "--format", "jsonl", plain.toString());
        assertEquals(0, r.code(), r.err());
        Article a = new JsonLinesFormat().read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8))).get(0);
        assertEquals("https://markets.example/rates", a.url().orElseThrow());
        assertEquals("Rates held steady", a.title().orElseThrow());
        assertTrue(a.text().contains("The central bank held interest rates"), a.text());
    }
}
