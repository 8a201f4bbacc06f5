package io.github.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.lede.model.Article;
import io.github.lede.spi.InputExpander;
import io.github.lede.spi.InputItem;
import io.github.lede.spi.InputProbe;
import io.github.lede.spi.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpandTest {

    /** Reads "BUNDLE" files: documents separated by lines of three dashes; an empty one is broken. */
    static class BundleExpander implements InputExpander {
        @Override
        public String name() {
            return "bundle";
        }

        @Override
        public boolean supports(InputProbe probe) {
            return probe.headText().startsWith("BUNDLE\n");
        }

        @Override
        public Stream<InputItem> expand(InputProbe probe, Fetcher fetcher) {
            String all;
            try (InputStream in = probe.open()) {
                all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<InputItem> items = new ArrayList<>();
            String[] parts = all.substring("BUNDLE\n".length()).split("\n---\n");
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                String name = probe.name() + "#" + (i + 1);
                items.add(new InputItem(name, () -> {
                    if (part.isBlank()) {
                        throw new UnreadableInputException("empty document", name);
                    }
                    return Source.text(part).name(name).build();
                }));
            }
            return items.stream();
        }
    }

    private final Lede lede = Lede.builder().addProvider(new BundleExpander()).noAnnotators().build();

    @Test
    void aFileAnExpanderReadsStandsForItsItems(@TempDir Path dir) throws IOException {
        Path bundle = Files.writeString(dir.resolve("b.txt"), "BUNDLE\nFirst story.\n---\n \n---\nThird story.\n");
        List<String> results = new ArrayList<>();
        try (Stream<InputItem> items = lede.expand(bundle)) {
            items.forEach(item -> {
                try {
                    Article a = lede.analyze(item.source());
                    results.add(a.source().orElseThrow() + ": " + a.text().strip());
                } catch (LedeException e) {
                    results.add(item.name() + " failed: " + e.getMessage());
                }
            });
        }
        assertEquals(List.of(bundle + "#1: First story.", bundle + "#2 failed: empty document",
                bundle + "#3: Third story."), results);
    }

    @Test
    void anyOtherFileStandsForItself(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("story.txt"), "Just one story.\n");
        List<InputItem> items = lede.expand(plain).toList();
        assertEquals(1, items.size());
        assertEquals("Just one story.", lede.analyze(items.get(0).source()).text().strip());
        assertEquals(1, lede.expand(Source.text("Words.").build()).count());
    }

    @Test
    void missingFilesFailAtOnce(@TempDir Path dir) {
        assertThrows(UnreadableInputException.class, () -> lede.expand(dir.resolve("missing.txt")));
        assertThrows(UnreadableInputException.class, () -> lede.expand(dir));
    }

    @Test
    void expandersReadWithinTheCallersLimits(@TempDir Path dir) throws IOException {
        Path bundle = Files.writeString(dir.resolve("b.txt"), "BUNDLE\nA story.\n");
        List<Long> seen = new ArrayList<>();
        InputExpander recording = new BundleExpander() {
            @Override
            public Stream<InputItem> expand(InputProbe probe, Fetcher fetcher) {
                seen.add(fetcher.limits().maxInputBytes());
                return super.expand(probe, fetcher);
            }
        };
        Lede small = Lede.builder().addProvider(recording).maxInputBytes(1234).noAnnotators().build();
        try (Stream<InputItem> items = small.expand(bundle)) {
            assertEquals(1, items.count());
        }
        assertEquals(List.of(1234L), seen);
    }
}
