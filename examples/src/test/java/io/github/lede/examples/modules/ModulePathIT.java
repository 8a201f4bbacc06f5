package io.github.lede.examples.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: the CLI runs on the module path — every Lede jar is a named module
 * ({@code Automatic-Module-Name}) — and {@code ServiceLoader} still finds every provider.
 * Runs after packaging (failsafe), on the built jars.
 */
class ModulePathIT {

    @Test
    void theCliOnTheModulePathFindsEveryProvider() throws Exception {
        String runtime = Files.readString(Path.of(System.getProperty("lede.runtime.classpath"))).strip();
        List<String> modulePath = new ArrayList<>(List.of(runtime.split(File.pathSeparator)));
        modulePath.add(System.getProperty("lede.examples.jar"));
        for (String jar : modulePath) {
            assertTrue(jar.endsWith(".jar"), "a packaged jar, not a class directory: " + jar);
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", String.join(File.pathSeparator, modulePath),
                // automatic modules read every module, but explicit ones (picocli, jackson) must be resolved
                "--add-modules", "ALL-MODULE-PATH",
                "--module", "io.github.lede.examples/io.github.lede.examples.cli.LedeCli", "plugins");
        Path err = Files.createTempFile("lede-modules", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(err));
        for (String provider : List.of("PlainTextExtractor", "HtmlArticleExtractor", "EntityAnnotator",
                "QuoteAnnotator", "JsonFormat", "JsonLinesFormat", "XmlFormat", "RssFormat", "AtomFormat",
                "FeedExpander", "WarcExpander", "GazetteExtractor")) {
            assertTrue(out.contains("." + provider), provider + " found on the module path:\n" + out);
        }
        Files.delete(err);
    }
}
