package io.github.lede.examples.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.examples.Captured;
import io.github.lede.examples.TestArticles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelScanTest {

    @TempDir
    Path folder;

    @Test
    void manyThreadsPrintWhatOneThreadPrintsInTheSameOrder() throws Exception {
        // twelve articles, so that four threads finish them out of order, and one file that fails
        for (int i = 1; i <= 6; i++) {
            Files.writeString(folder.resolve("bridge-" + i + ".txt"), TestArticles.text(TestArticles.HARBOUR_BRIDGE));
            Files.writeString(folder.resolve("festival-" + i + ".txt"), TestArticles.text(TestArticles.RIVER_FESTIVAL));
        }
        Files.write(folder.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});

        Captured sequential = scan("1");
        Captured parallel = scan("4");

        assertEquals(1, sequential.code(), sequential.err());
        assertEquals(1, parallel.code(), parallel.err());
        List<String> lines = parallel.outLines();
        assertEquals(14, lines.size(), parallel.out());
        assertEquals(sequential.outLines().subList(0, 13), lines.subList(0, 13));
        assertEquals("bridge-1.txt: 9 paragraphs, 4 entities, 8 quotes, most quoted: Elena Varga (3)", lines.get(0));
        assertEquals("festival-6.txt: 7 paragraphs, 2 entities, 7 quotes, most quoted: Anna Brandt (3)",
                lines.get(11));
        assertTrue(lines.get(12).startsWith("photo.png: failed: no extractor supports image/png"), lines.get(12));
        assertTrue(sequential.outLines().get(13).matches("13 files \\(1 failed\\) in \\d+ ms, threads: 1, [\\d.]+ files/s"),
                sequential.outLines().get(13));
        assertTrue(lines.get(13).matches("13 files \\(1 failed\\) in \\d+ ms, threads: 4, [\\d.]+ files/s"),
                lines.get(13));
        assertEquals("", parallel.err());
    }

    @Test
    void aBadThreadCountIsAUsageError() throws Exception {
        Captured run = Captured.run((out, err) -> ParallelScan.run(new String[] {folder.toString(), "--threads", "0"},
                out, err));

        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("usage: ParallelScan"), run.err());
    }

    private Captured scan(String threads) throws Exception {
        return Captured.run((out, err) -> ParallelScan.run(new String[] {folder.toString(), "--threads", threads},
                out, err));
    }
}
