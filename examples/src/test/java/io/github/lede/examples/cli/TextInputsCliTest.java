package io.github.lede.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.lede.Lede;
import io.github.lede.format.json.JsonLinesFormat;
import io.github.lede.model.Article;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI on real plain-text inputs, through the real text extractor (module extractors/text).
 * Skipped while that extractor is not on the class path.
 */
class TextInputsCliTest {

    private static final Path SAMPLE = Path.of("samples", "blinken-hostages.txt");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsATextExtractor() {
        Source text = Source.text("Some words.").contentType(MediaTypes.TEXT).build();
        assumeTrue(Lede.builder().noAnnotators().build().registry().extractors().stream()
                .anyMatch(e -> e.supports(text)), "no plain-text extractor on the class path");
    }

    @Test
    void theBundledSampleGivesOneCleanArticle() throws IOException {
        assumeTrue(Files.isRegularFile(SAMPLE), "run from the examples module");
        Cli.Result r = Cli.run("analyze", SAMPLE.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<Article> articles = AnalyzeCommandTest.readJson(r.out());
        assertEquals(1, articles.size());
        Article a = articles.get(0);
        assertEquals(SAMPLE.toString(), a.source().orElseThrow());
        assertTrue(a.paragraphs().size() >= 25 && a.paragraphs().size() <= 30, "paragraphs: " + a.paragraphs().size());
        assertTrue(a.text().contains("“The most urgent issue is of course to find ways to bring back the hostages,”"
                + " Gantz told Blinken."), a.text());
        assertFalse(r.out().contains("READ ALSO"), "the teaser is page furniture");
        assertFalse(r.out().contains("Bawumia"), "the teaser is page furniture");
    }

    @Test
    void aBadFileAmongGoodOnesLeavesTheOthersWrittenInOrder() throws IOException {
        Files.writeString(dir.resolve("1-first.txt"), "The first story.\n\nIt has two paragraphs.");
        Files.write(dir.resolve("2-broken.html"), AnalyzeCommandTest.PNG);
        Files.write(dir.resolve("3-empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("4-last.txt"), "The last story, in one paragraph.");
        Cli.Result r = Cli.run("analyze", "--no-annotators", dir.toString());
        assertEquals(1, r.code());
        assertEquals(2, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith("lede: " + dir.resolve("2-broken.html") + ": "), r.err());
        assertEquals("lede: " + dir.resolve("3-empty.txt") + ": empty input", r.errLines().get(1));
        List<Article> articles = AnalyzeCommandTest.readJson(r.out());
        assertTrue(r.out().startsWith("[\n"), r.out());
        assertEquals(List.of(dir.resolve("1-first.txt").toString(), dir.resolve("4-last.txt").toString()),
                articles.stream().map(a -> a.source().orElseThrow()).toList());
        assertTrue(articles.get(0).text().contains("It has two paragraphs."), articles.get(0).text());
    }

    @Test
    void readsStandardInput() throws IOException {
        Cli.Result r = Cli.runWithInput("A story from a pipe.\n\nSecond paragraph.".getBytes(StandardCharsets.UTF_8),
                "analyze", "--no-annotators", "-");
        assertEquals(0, r.code(), r.err());
        Article a = AnalyzeCommandTest.readJson(r.out()).get(0);
        assertEquals("-", a.source().orElseThrow());
        assertTrue(a.text().contains("Second paragraph."), a.text());
    }

    @Test
    void writesJsonLinesToAFileInInputOrder() throws IOException {
        Path b = Files.writeString(dir.resolve("b.txt"), "Story B is here.");
        Path a = Files.writeString(dir.resolve("a.txt"), "Story A is here.");
        Path out = dir.resolve("out.jsonl");
        Cli.Result r = Cli.run("analyze", "--no-annotators", "--format", "jsonl", "--output", out.toString(),
                b.toString(), a.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        List<Article> articles = new JsonLinesFormat().read(new ByteArrayInputStream(Files.readAllBytes(out)));
        assertEquals(List.of(b.toString(), a.toString()), articles.stream().map(x -> x.source().orElseThrow()).toList());
    }

    @Test
    void aDeclaredTypeOverridesTheFileName() throws IOException {
        Path misnamed = Files.writeString(dir.resolve("story.html"), "Plain words <b>not markup</b> in a misnamed file.");
        Cli.Result r = Cli.run("analyze", "--no-annotators", "--type", "text", misnamed.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(AnalyzeCommandTest.readJson(r.out()).get(0).text().contains("<b>not markup</b>"), r.out());
    }

    @Test
    void anInputThatStandsForSeveralDocumentsGivesEachAndReportsTheBadOneAlone() throws IOException {
        Path bundle = Files.writeString(dir.resolve("bundle.txt"), "BUNDLE\nFirst story.\n---\n\n---\nThird story.");
        Cli.Result r = Cli.run("analyze", "--no-annotators", bundle.toString());
        assertEquals(1, r.code());
        assertEquals("lede: " + bundle + "#2: empty input\n", r.err());
        assertTrue(r.out().startsWith("[\n"), "a feed's items make an array: " + r.out());
        assertEquals(List.of(bundle + "#1", bundle + "#3"),
                AnalyzeCommandTest.readJson(r.out()).stream().map(a -> a.source().orElseThrow()).toList());

        Path one = Files.writeString(dir.resolve("one.txt"), "BUNDLE\nThe only story.");
        r = Cli.run("analyze", "--no-annotators", one.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("[\n"), "even a one-item feed makes an array: " + r.out());
    }
}
