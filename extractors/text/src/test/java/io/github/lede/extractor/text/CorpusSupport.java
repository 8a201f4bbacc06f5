package io.github.lede.extractor.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the shared gold corpus; tests that need it are skipped where it is absent. */
final class CorpusSupport {

    private CorpusSupport() {
    }

    static Path corpus() {
        Path dir = Path.of(System.getProperty("lede.shared.dir", "../../../shared")).resolve("corpus");
        assumeTrue(Files.isDirectory(dir), "gold corpus not found at " + dir.toAbsolutePath());
        return dir;
    }

    static Path corpusFile(String name) {
        Path file = corpus().resolve(name);
        assumeTrue(Files.isRegularFile(file), "missing " + file);
        return file;
    }

    /** The plain-text samples, sorted by name. */
    static List<Path> textSamples() throws IOException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }
}
