package io.github.lede.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.examples.plugin.GazetteExtractorTest;
import io.github.lede.format.json.JsonFormat;
import io.github.lede.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's contract where it does not depend on which extractors are on the class path. */
class AnalyzeCommandTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dir;

    static List<Article> readJson(String out) throws IOException {
        return new JsonFormat().read(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aMissingFileIsOneLineOnStderrAndExitOne() {
        Path missing = dir.resolve("missing.txt");
        Cli.Result r = Cli.run("analyze", missing.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals("lede: " + missing + ": no such file\n", r.err());
    }

    @Test
    void anEmptyFileIsAFailedInputNotAnEmptyArticle() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Cli.Result r = Cli.run("analyze", empty.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals("lede: " + empty + ": empty input\n", r.err());
    }

    @Test
    void binaryBytesNamedHtmlAreOneLineOnStderr() throws IOException {
        Path png = Files.write(dir.resolve("page.html"), PNG);
        Cli.Result r = Cli.run("analyze", png.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("lede: " + png + ": no extractor supports image/png content"), r.err());
    }

    @Test
    void severalInputsThatAllFailStillGiveAWholeJsonArray() throws IOException {
        Path empty = Files.write(dir.resolve("a.txt"), new byte[0]);
        Path png = Files.write(dir.resolve("b.html"), PNG);
        Cli.Result r = Cli.run("analyze", dir.toString());
        assertEquals(1, r.code());
        assertEquals("[]\n", r.out());
        assertEquals(List.of("lede: " + empty + ": empty input"), r.errLines().subList(0, 1));
        assertTrue(r.errLines().get(1).startsWith("lede: " + png + ": "), r.err());
        assertEquals(2, r.errLines().size(), r.err());
    }

    @Test
    void aDirectoryStandsForItsVisibleFilesInNameOrder() throws IOException {
        Files.write(dir.resolve("b.txt"), new byte[0]);
        Files.write(dir.resolve("a.txt"), new byte[0]);
        Files.write(dir.resolve(".hidden.txt"), new byte[0]);
        Files.createDirectory(dir.resolve("c-sub"));
        Cli.Result r = Cli.run("analyze", "--format", "jsonl", dir.toString());
        assertEquals(List.of("lede: " + dir.resolve("a.txt") + ": empty input",
                "lede: " + dir.resolve("b.txt") + ": empty input"), r.errLines());
        assertEquals("", r.out());
        Files.createDirectory(dir.resolve("nothing"));
        assertEquals("lede: " + dir.resolve("nothing") + ": the directory holds no files\n",
                Cli.run("analyze", dir.resolve("nothing").toString()).err());
    }

    @Test
    void theExamplePluginServesStandardInputWithItsUrl() throws IOException {
        byte[] page = GazetteExtractorTest.PAGE.getBytes(StandardCharsets.UTF_8);
        Cli.Result r = Cli.runWithInput(page, "analyze", "--no-annotators", "--type", "html",
                "--url", "https://news.example-gazette.test/story/4411", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        Article a = readJson(r.out()).get(0);
        assertEquals("-", a.source().orElseThrow());
        assertEquals("https://news.example-gazette.test/story/4411", a.url().orElseThrow());
        assertEquals("Harbour ferry to run through the winter", a.title().orElseThrow());
        assertTrue(r.out().startsWith("{\n  \"source\": \"-\",\n  \"url\": "), r.out());
    }

    @Test
    void anUnwritableOutputIsOneLineAndExitOne() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path out = dir.resolve("no-such-dir").resolve("out.json");
        Cli.Result r = Cli.run("analyze", "--output", out.toString(), empty.toString(), empty.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals(List.of("lede: " + empty + ": empty input", "lede: " + empty + ": empty input",
                "lede: " + out + ": cannot write: no such directory"), r.errLines());
    }

    @Test
    void unknownFormatIsAUsageErrorNamingTheFormats() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Some text.");
        Cli.Result r = Cli.run("analyze", "--format", "yaml", file.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("lede: unknown format 'yaml'; formats available: "), r.err());
        assertTrue(r.err().endsWith("\nTry 'lede analyze --help' for more information.\n"), r.err());
        assertTrue(r.errLines().get(0).contains("json, jsonl") || r.errLines().get(0).contains("jsonl, json"), r.err());
    }

    @Test
    void otherUsageErrorsExitTwoBeforeReadingAnything() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Some text.");
        Files.writeString(dir.resolve("b.txt"), "More text.");
        String f = file.toString();
        for (String[] args : List.of(new String[] {}, new String[] {"analyze"}, new String[] {"frobnicate"},
                new String[] {"analyze", "--type", "pdf", f}, new String[] {"analyze", "--timeout", "soon", f},
                new String[] {"analyze", "--timeout", "0", f}, new String[] {"analyze", "--max-bytes", "0", f},
                new String[] {"analyze", "--max-text-chars", "-1", f}, new String[] {"analyze", "--max-quote-chars", "0", f},
                new String[] {"analyze", "--no-annotators", "--annotators", "entities", f},
                new String[] {"analyze", "--annotators", "no-such-annotator", f},
                new String[] {"analyze", "--url", "not a url", f},
                new String[] {"analyze", "--url", "https://example.test/a", dir.toString()})) {
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + "\n" + r.err());
            assertEquals("", r.out(), String.join(" ", args));
            assertTrue(!r.err().isEmpty(), String.join(" ", args));
        }
    }

    @Test
    void limitsFromTheCommandLineApplyToEachInput() throws IOException {
        Path big = Files.writeString(dir.resolve("big.txt"), "Headline\n\n" + "The council met on Tuesday. ".repeat(100));
        Cli.Result text = Cli.run("analyze", "--max-text-chars", "100", big.toString());
        assertEquals(1, text.code());
        assertTrue(text.err().contains("longer than the limit of 100 characters"), text.err());
        Cli.Result bytes = Cli.run("analyze", "--max-bytes", "100", big.toString());
        assertEquals(1, bytes.code());
        assertTrue(bytes.err().contains("larger than the limit of 100 bytes"), bytes.err());
    }

    @Test
    void longBatchesReportProgressUnlessQuiet() {
        String[] args = new String[122];
        args[0] = "analyze";
        args[1] = "--format=jsonl";
        for (int i = 2; i < args.length; i++) {
            args[i] = dir.resolve("missing-" + i + ".txt").toString();
        }
        Cli.Result r = Cli.run(args);
        assertEquals(1, r.code());
        List<String> progress = r.errLines().stream().filter(l -> l.contains(" analysed, ")).toList();
        assertEquals(List.of("lede: 100/120 analysed, 100 failed", "lede: 120/120 analysed, 120 failed"),
                progress.stream().filter(l -> l.contains("100/") || l.contains("120/")).toList());
        assertEquals(120, r.errLines().size() - progress.size());
        String[] quiet = new String[args.length + 1];
        System.arraycopy(args, 0, quiet, 0, args.length);
        quiet[args.length] = "--quiet";
        assertEquals(120, Cli.run(quiet).errLines().size());
    }

    @Test
    void shortBatchesPrintNoProgress() {
        Cli.Result r = Cli.run("analyze", dir.resolve("x.txt").toString(), dir.resolve("y.txt").toString());
        assertEquals(2, r.errLines().size(), r.err());
    }

    @Test
    void versionAndHelpGoToStdout() {
        Cli.Result v = Cli.run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("lede "), v.out());
        Cli.Result h = Cli.run("analyze", "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("--format=F"), h.out());
        assertEquals("", h.err());
    }
}
