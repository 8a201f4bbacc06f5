package io.github.lede.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PluginsCommandTest {

    @Test
    void listsEveryProviderWithKindNamePriorityAndClass() {
        Cli.Result r = Cli.run("plugins");
        assertEquals(0, r.code());
        assertEquals("", r.err());
        List<String> lines = List.of(r.out().split("\\R"));
        assertTrue(lines.contains(
                "extractor  example-gazette   1000  io.github.lede.examples.plugin.GazetteExtractor"), r.out());
        assertTrue(lines.contains("format     json               100  io.github.lede.format.json.JsonFormat"), r.out());
        assertTrue(lines.contains("format     jsonl              100  io.github.lede.format.json.JsonLinesFormat"),
                r.out());
        assertTrue(lines.contains("expander   test-bundle        100  io.github.lede.examples.cli.BundleExpander"),
                r.out());
        for (String line : lines) {
            assertTrue(line.matches("(extractor|annotator|format|expander) +\\S+ +-?\\d+  [\\w.$]+"), line);
        }
    }
}
