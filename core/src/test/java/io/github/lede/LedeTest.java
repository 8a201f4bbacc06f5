package io.github.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.model.Article;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.Annotator;
import io.github.lede.spi.ArticleExtractor;
import io.github.lede.spi.LineExtractor;
import io.github.lede.spi.Provider;
import io.github.lede.spi.Source;
import java.io.ByteArrayInputStream;
import java.net.URLClassLoader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedeTest {

    private static final String STORY = "Council backs bridge\nThe council voted 7-2 on Tuesday.\n";

    /** An extractor for one invented site, as a user's plugin would be. */
    static final class SiteExtractor implements ArticleExtractor {
        @Override
        public String name() {
            return "gazette";
        }

        @Override
        public int priority() {
            return SPECIFIC;
        }

        @Override
        public boolean supports(Source source) {
            return source.host().filter("gazette.example"::equals).isPresent();
        }

        @Override
        public Article extract(Source source, AnalysisContext context) {
            return Article.builder("from the gazette").siteName("Gazette").build();
        }
    }

    @Test
    void discoversProvidersFromTheClassPathAndRunsAnnotatorsInDependencyOrder() {
        Lede lede = Lede.create();
        assertEquals(List.of("first-line-title", "shout"), lede.annotators().stream().map(Provider::name).toList());
        Article a = lede.analyze(STORY);
        assertEquals("COUNCIL BACKS BRIDGE", a.title().orElseThrow());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void hintsFillOnlyWhatThePageLacks() {
        Source s = Source.text(STORY).hint(Source.HINT_TITLE, "Feed title").hint(Source.HINT_AUTHORS, "A. Reporter, B. Writer")
                .hint(Source.HINT_PUBLISHED, "2025-04-01T09:30:00+01:00").hint(Source.HINT_DESCRIPTION, "Summary")
                .build();
        Article a = Lede.builder().annotators("first-line-title").build().analyze(s);
        assertEquals("Council backs bridge", a.title().orElseThrow());
        assertEquals(List.of("A. Reporter", "B. Writer"), a.authors());
        assertEquals("2025-04-01T09:30:00+01:00", a.published().orElseThrow().toString());
        assertEquals("Summary", a.description().orElseThrow());
        assertEquals("Feed title", Lede.builder().noAnnotators().build().analyze(s).title().orElseThrow());
    }

    @Test
    void requiringArticleTextTurnsEmptyResultsIntoTypedFailures() {
        Lede strict = Lede.builder().requireArticleText().noAnnotators().build();
        assertEquals("empty input", assertThrows(UnreadableInputException.class, () -> strict.analyze("")).getMessage());
        assertEquals("no article text found",
                assertThrows(UnsupportedInputException.class, () -> strict.analyze("\n\n  \n")).getMessage());
        assertEquals("", Lede.builder().noAnnotators().build().analyze("").text());
    }

    @Test
    void explainsWhenNoExtractorIsFound() {
        ClassLoader empty = new URLClassLoader(new URL[0], null);
        Lede lede = Lede.builder().classLoader(empty).build();
        UnsupportedInputException e = assertThrows(UnsupportedInputException.class, () -> lede.analyze(STORY));
        assertTrue(e.getMessage().contains("no extractor supports text/plain"), e.getMessage());
        assertTrue(e.getMessage().contains("is a Lede provider module on the class path?"), e.getMessage());
    }

    @Test
    void thePluginWithTheHighestPriorityWinsForItsSite() {
        Lede lede = Lede.builder().addProvider(new SiteExtractor()).noAnnotators().build();
        Source ours = Source.text(STORY).url("https://www.gazette.example/2024/story").build();
        Source other = Source.text(STORY).url("https://elsewhere.example/story").build();
        assertEquals("gazette", lede.registry().extractorFor(ours).name());
        assertEquals("lines", lede.registry().extractorFor(other).name());
        assertEquals("Gazette", lede.analyze(ours).siteName().orElseThrow());
    }

    @Test
    void twoExtractorsWithTheSamePriorityAreAConflictNamingBoth() {
        Lede lede = Lede.builder().addProvider(new LineExtractor() {
            @Override
            public String name() {
                return "other-lines";
            }
        }).build();
        ProviderConflictException e = assertThrows(ProviderConflictException.class, () -> lede.analyze(STORY));
        assertTrue(e.getMessage().contains("lines (io.github.lede.spi.LineExtractor, priority 0)"), e.getMessage());
        assertTrue(e.getMessage().contains("other-lines"), e.getMessage());
    }

    @Test
    void annotatorSelectionPullsInRequirementsAndRefusesUnknownNames() {
        assertEquals(List.of("first-line-title", "shout"),
                Lede.builder().annotators("shout").build().annotators().stream().map(Provider::name).toList());
        assertThrows(UnsupportedInputException.class, () -> Lede.builder().annotators("sentiment").build());
        Annotator needy = new Annotator() {
            @Override
            public String name() {
                return "needy";
            }

            @Override
            public java.util.Set<String> requires() {
                return java.util.Set.of("entities");
            }

            @Override
            public Article annotate(Article article, AnalysisContext context) {
                return article;
            }
        };
        ProviderConflictException e = assertThrows(ProviderConflictException.class,
                () -> Lede.builder().addProvider(needy).build());
        assertTrue(e.getMessage().contains("'needy' requires 'entities'"), e.getMessage());
    }

    @Test
    void unknownFormatsListWhatIsAvailable() {
        UnsupportedInputException e = assertThrows(UnsupportedInputException.class, () -> Lede.create().format("yaml"));
        assertTrue(e.getMessage().contains("no format named 'yaml'"), e.getMessage());
    }

    @Test
    void inputsOverTheLimitAreRefusedBeforeExtraction(@TempDir Path dir) throws Exception {
        Lede lede = Lede.builder().maxInputBytes(10).build();
        assertThrows(InputTooLargeException.class, () -> lede.analyze("x".repeat(11)));
        assertThrows(InputTooLargeException.class, () -> lede.analyze(new byte[11]));
        assertThrows(InputTooLargeException.class,
                () -> lede.analyze(new ByteArrayInputStream("y".repeat(100_000).getBytes(StandardCharsets.UTF_8))));
        Path big = Files.writeString(dir.resolve("big.txt"), "z".repeat(11));
        InputTooLargeException e = assertThrows(InputTooLargeException.class, () -> lede.analyze(big));
        assertEquals(big.toString(), e.input().orElseThrow());
        assertEquals(10, e.limit());
    }

    @Test
    void missingFilesAndDirectoriesAreUnreadable(@TempDir Path dir) {
        Lede lede = Lede.create();
        UnreadableInputException missing = assertThrows(UnreadableInputException.class,
                () -> lede.analyze(dir.resolve("nope.txt")));
        assertTrue(missing.getMessage().contains("no such file"));
        assertThrows(UnreadableInputException.class, () -> lede.analyze(dir));
    }

    @Test
    void binaryInputIsUnsupported() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        UnsupportedInputException e = assertThrows(UnsupportedInputException.class, () -> Lede.create().analyze(png));
        assertTrue(e.getMessage().contains("image/png"), e.getMessage());
    }

    @Test
    void theTimeBudgetStopsARunawayAnnotator() {
        Annotator spinning = new Annotator() {
            @Override
            public String name() {
                return "spin";
            }

            @Override
            public Article annotate(Article article, AnalysisContext context) {
                while (true) {
                    context.checkDeadline("spinning");
                    Thread.onSpinWait();
                }
            }
        };
        Lede lede = Lede.builder().addProvider(spinning).annotators("spin").timeBudget(Duration.ofMillis(50)).build();
        AnalysisTimeoutException e = assertThrows(AnalysisTimeoutException.class, () -> lede.analyze(STORY));
        assertTrue(e.getMessage().contains("spinning"));
    }

    @Test
    void aFailingProviderIsReportedByName() {
        Annotator broken = new Annotator() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Article annotate(Article article, AnalysisContext context) {
                throw new IllegalStateException("bug");
            }
        };
        Lede lede = Lede.builder().addProvider(broken).annotators("broken").build();
        LedeException e = assertThrows(LedeException.class, () -> lede.analyze(STORY));
        assertTrue(e.getMessage().startsWith("broken failed"), e.getMessage());
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        Lede lede = Lede.create();
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            inputs.add("Headline " + i + "\nBody line " + i + " of the story.\n");
        }
        List<Article> sequential = inputs.stream().map(lede::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Article>> futures = new ArrayList<>();
            for (String in : inputs) {
                futures.add(pool.submit(() -> lede.analyze(in)));
            }
            for (int i = 0; i < inputs.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
