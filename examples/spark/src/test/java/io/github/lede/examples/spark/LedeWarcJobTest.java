package io.github.lede.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lede.examples.cli.LedeCli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link LedeWarcJob} in Spark local mode on an archive written here — four news pages on two
 * sites, an image, a 404, a page with no story, a broken record — and holds its output to the
 * single-machine CLI's for the same archive, record for record.
 */
class LedeWarcJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static Path archive;
    private static long brokenOffset;
    private static CliRun cli;
    /** The job's output for the archive with the default options: JSON lines by site. */
    private static Path jsonl;

    /** The CLI's output lines and its stderr's {@code lede: NAME: REASON} lines. */
    private record CliRun(int code, List<String> out, List<String> err) {
    }

    @BeforeAll
    static void start() throws IOException {
        archive = dir.resolve("crawl").resolve("CC-NEWS-20241120-00001.warc.gz");
        Files.createDirectories(archive.getParent());
        try (TestWarc warc = new TestWarc(archive)) {
            warc.page("https://www.coastalherald.example/news/2024/03/harbour-bridge-closure", NewsPages.harbourBridge());
            warc.response("https://www.coastalherald.example/img/bridge.jpg", 200, "image/jpeg",
                    new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'});
            warc.page("https://www.coastalherald.example/news/2024/06/river-festival-record", NewsPages.riverFestival());
            warc.response("https://valleytimes.example/gone", 404, "text/html",
                    "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.UTF_8));
            brokenOffset = warc.position();
            warc.rawResponse("https://valleytimes.example/broken",
                    "HTTP/1.1 OK-ish\r\nContent-Type: text/html\r\n\r\n<p>half a page</p>");
            warc.page("https://valleytimes.example/education/free-school-meals", NewsPages.schoolMeals());
            warc.page("https://valleytimes.example/empty", "<!doctype html><html><head><title></title></head>"
                    + "<body></body></html>");
            warc.page("https://valleytimes.example/science/observatory-reopens", NewsPages.observatory());
        }
        cli = cli(archive);
        spark = SparkSession.builder().master("local[2]").appName("lede-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        jsonl = dir.resolve("jsonl");
        assertEquals(0, LedeWarcJob.run(spark, "--output", jsonl.toString(), archive.toString()));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static CliRun cli(Path input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LedeCli.run(new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true,
                StandardCharsets.UTF_8), "analyze", "--format", "jsonl", "--quiet", input.toString());
        return new CliRun(code, lines(out.toString(StandardCharsets.UTF_8)), lines(err.toString(StandardCharsets.UTF_8)));
    }

    private static List<String> lines(String s) {
        return s.lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void jsonLinesEqualTheClisRecordForRecordInSiteDirectories() throws IOException {
        assertEquals(1, cli.code(), "the CLI reports the failed records");
        assertEquals(4, cli.out().size(), "the CLI analysed the four stories");
        Map<String, List<String>> bySite = partFiles(jsonl.resolve("articles"));
        assertEquals(List.of("site=valleytimes.example", "site=www.coastalherald.example"),
                List.copyOf(bySite.keySet()));
        List<String> sparkLines = bySite.values().stream().flatMap(List::stream).toList();
        assertEquals(sorted(cli.out()), sorted(sparkLines));
        bySite.forEach((site, lines) -> lines.forEach(line ->
                assertEquals(site.substring("site=".length()), URI.create(parse(line).get("url").asText()).getHost())));
    }

    @Test
    void failedRecordsAreErrorRowsWithTheClisReasons() throws IOException {
        List<JsonNode> errors = partFiles(jsonl.resolve("errors")).values().stream().flatMap(List::stream)
                .map(LedeWarcJobTest::parse).toList();
        String input = errors.get(0).get("input").asText();
        assertTrue(input.endsWith(archive.toString()), input);
        List<String> sparkErrors = new ArrayList<>();
        for (JsonNode e : errors) {
            assertEquals(input, e.get("input").asText());
            // the record as the CLI names it: the archive path as given, then #offset, or the record's URL
            String record = e.get("record").asText().replace(input, archive.toString());
            sparkErrors.add("lede: " + record + ": " + e.get("message").asText());
        }
        assertEquals(cli.err().stream().sorted().toList(), sparkErrors.stream().sorted().toList());
        assertEquals(2, errors.size(), "the broken record and the page with no story: " + errors);
        JsonNode broken = errors.stream().filter(e -> e.get("record").asText().endsWith("#" + brokenOffset))
                .findFirst().orElseThrow(() -> new AssertionError("no error row for the broken record: " + errors));
        assertEquals("UnreadableInputException", broken.get("error").asText());
        assertTrue(broken.get("message").asText().startsWith("malformed HTTP response header"), broken.toString());
    }

    @Test
    void parquetHasTheArticleFieldsAsColumnsPartitionedByDay() {
        Path out = dir.resolve("parquet");
        String glob = archive.getParent().toUri() + "*.warc.gz";
        assertEquals(0, LedeWarcJob.run(spark, "--output", out.toString(), "--format", "PARQUET",
                "--partition-by", "day", glob));

        List<Row> rows = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
        assertEquals(sorted(cli.out()), sorted(rows.stream().map(r -> r.<String>getAs("json")).toList()));
        for (Row r : rows) {
            JsonNode a = parse(r.getAs("json"));
            assertEquals(a.get("url").asText(), r.getAs("url"));
            assertEquals(a.get("source").asText(), r.getAs("source"));
            assertEquals(a.get("title").asText(), r.getAs("title"));
            assertEquals(a.get("text").asText(), r.getAs("text"));
            assertEquals(a.get("published").asText(), r.getAs("published"));
            assertEquals(a.get("published").asText().substring(0, 10), r.getAs("day").toString());
            List<String> authors = new ArrayList<>();
            a.get("authors").forEach(n -> authors.add(n.asText()));
            assertEquals(authors, r.getList(r.fieldIndex("authors")));
            assertEquals(a.get("quotes").size(), r.<Integer>getAs("quotes"));
            assertEquals(a.get("entities").size(), r.<Integer>getAs("entities"));
        }
        assertTrue(rows.stream().anyMatch(r -> r.<Integer>getAs("quotes") > 0), "the stories' quotes are found");
        assertEquals(List.of("2024-03-11", "2024-06-02", "2024-09-15", "2024-11-20"),
                rows.stream().map(r -> r.getAs("day").toString()).sorted().toList());
        assertEquals(2, spark.read().parquet(out.resolve("errors").toString()).count());
    }

    @Test
    void theAnalysisIsNotShuffledBeforeTheWrite() {
        Dataset<Row> results = LedeWarcJob.results(spark, List.of(archive.toString()), PartitionBy.SITE, null);
        for (LedeWarcJob.Format format : LedeWarcJob.Format.values()) {
            String plan = LedeWarcJob.articles(results, format, PartitionBy.SITE).queryExecution().executedPlan()
                    .toString();
            assertFalse(plan.contains("Exchange"), plan);
        }
        assertFalse(LedeWarcJob.errors(results).queryExecution().executedPlan().toString().contains("Exchange"));
    }

    @Test
    void anExistingOutputIsAnErrorUnlessOverwriteIsGiven() throws IOException {
        Path out = dir.resolve("twice");
        Files.createDirectories(out.resolve("articles"));
        Files.writeString(out.resolve("articles").resolve("part-00000-old.txt"), "an earlier run's line\n");
        assertEquals(1, LedeWarcJob.run(spark, "--output", out.toString(), archive.toString()));
        assertEquals(0, LedeWarcJob.run(spark, "--overwrite", "--output", out.toString(), archive.toString()));
        assertEquals(sorted(cli.out()), sorted(partFiles(out.resolve("articles")).values().stream()
                .flatMap(List::stream).toList()));
    }

    @Test
    void aMissingArchiveFailsTheJobAndBadOptionsAreUsageErrors() {
        assertEquals(1, LedeWarcJob.run(spark, "--output", dir.resolve("none").toString(),
                dir.resolve("no-such.warc.gz").toString()));
        assertEquals(2, LedeWarcJob.run(spark, "--output", dir.resolve("none").toString(), "--format", "csv",
                archive.toString()));
        assertEquals(2, LedeWarcJob.run(spark, archive.toString()));
    }

    /** The lines of each partition directory's data files, by directory name, sorted. */
    private static Map<String, List<String>> partFiles(Path root) throws IOException {
        Map<String, List<String>> lines = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                String key = f.getParent().equals(root) ? "" : f.getParent().getFileName().toString();
                lines.computeIfAbsent(key, k -> new ArrayList<>()).addAll(lines(Files.readString(f)));
            }
        }
        return lines;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON objects in a canonical order, compared as objects (field order and spacing aside). */
    private static List<JsonNode> sorted(List<String> lines) {
        return lines.stream().map(LedeWarcJobTest::parse).sorted(Comparator.comparing(JsonNode::toString))
                .collect(Collectors.toList());
    }
}
