package io.github.lede.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as its own process, with the production logging configuration: standard output holds
 * only results, whatever the providers log.
 */
class LedeCliProcessTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run lede(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LedeCli.class.getName()));
        command.addAll(List.of(args));
        // stderr goes to a file so that neither pipe can fill up while the other is read
        Path errFile = Files.createTempFile("lede-err", ".txt");
        Process p = new ProcessBuilder(command).redirectError(errFile.toFile()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the CLI did not finish");
        String err = Files.readString(errFile);
        Files.delete(errFile);
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), err);
    }

    @Test
    void aFailedInputLeavesStdoutEmptyAndExitsOne() throws Exception {
        Path missing = dir.resolve("missing.txt");
        Run r = lede("analyze", missing.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals("lede: " + missing + ": no such file" + System.lineSeparator(), r.err());
    }

    @Test
    void aSignalEndsTheBatchWithWhatWasFinishedWrittenAsAWholeDocument() throws Exception {
        String story = "Bridge vote\n\n" + "The council voted 7-2 on Tuesday to rebuild the bridge, Mayor Ann Lee said. "
                .repeat(40) + "\n";
        for (int i = 0; i < 3000; i++) {
            Files.writeString(dir.resolve(String.format("story-%04d.txt", i)), story);
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LedeCli.class.getName(), "analyze", "--quiet",
                "--format", "json", dir.toString());
        Path outFile = dir.resolve("out.json");
        Path errFile = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
        // wait until articles are being written, then stop the JVM. SIGTERM runs the same shutdown
        // path as Ctrl-C's SIGINT, which a process started in the background may be set to ignore.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Files.size(outFile) < 50_000 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.destroy();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the CLI did not stop");
        String err = Files.readString(errFile);
        com.fasterxml.jackson.databind.JsonNode written = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(outFile.toFile());
        assertTrue(written.isArray(), "a whole json array");
        // 128 + SIGTERM: the JVM reports the signal, after the shutdown hook let the batch wind up
        assertEquals(143, p.exitValue(), err);
        assertTrue(err.contains("lede: interrupted"), err);
        assertTrue(written.size() > 0 && written.size() < 3000, "some, not all: " + written.size());
        for (com.fasterxml.jackson.databind.JsonNode a : written) {
            assertEquals("Bridge vote", a.get("title").asText());
        }
    }

    @Test
    void pluginsPrintsToStdoutAndExitsZero() throws Exception {
        Run r = lede("plugins");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("io.github.lede.format.json.JsonFormat"), r.out());
        assertEquals("", r.err());
    }
}
