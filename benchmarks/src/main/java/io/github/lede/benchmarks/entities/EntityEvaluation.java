package io.github.lede.benchmarks.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lede.Lede;
import io.github.lede.extractor.entities.EntityAnnotator;
import io.github.lede.model.Article;
import io.github.lede.model.EntityType;
import io.github.lede.spi.AnalysisContext;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores the entity annotator against the gold corpus and prints precision, recall and F1 per type
 * (PERSON, ORGANIZATION, LOCATION; DATE separately), alias recall, title recall, throughput, and
 * every miss and false alarm.
 *
 * <p>How a prediction matches the gold is told by {@link EntityScorer}.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.github.lede.benchmarks.entities.EntityEvaluation ../shared/corpus
 * </pre>
 * Add {@code --html} to score the HTML pages too, once an HTML extractor is installed.
 */
public final class EntityEvaluation {

    private static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.LOCATION, EntityType.DATE);

    private EntityEvaluation() {
    }

    /** Runs the evaluation over the corpus folder given as first argument (or the shared corpus). */
    public static void main(String[] args) throws IOException {
        boolean html = List.of(args).contains("--html");
        String[] paths = List.of(args).stream().filter(a -> !a.startsWith("--")).toArray(String[]::new);
        Path dir = CorpusArticles.corpusDir(paths);
        Lede lede = Lede.builder().noAnnotators().build();
        EntityAnnotator annotator = new EntityAnnotator();
        ObjectMapper json = new ObjectMapper();
        EntityScorer eval = new EntityScorer(TYPES);
        List<Article> loaded = new ArrayList<>();
        for (Path file : CorpusArticles.articles(dir, html)) {
            Article article = CorpusArticles.load(lede, file);
            if (article == null) {
                eval.note("skipped (no extractor): " + file.getFileName());
                continue;
            }
            loaded.add(article);
            Article annotated = annotator.annotate(article, AnalysisContext.standalone());
            JsonNode gold = json.readTree(CorpusArticles.gold(file).toFile());
            eval.score(file.getFileName().toString(), annotated, gold);
        }
        // throughput: annotation alone, single thread, after a warm-up
        for (int i = 0; i < 20; i++) {
            loaded.forEach(a -> annotator.annotate(a, AnalysisContext.standalone()));
        }
        int rounds = 50;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            loaded.forEach(a -> annotator.annotate(a, AnalysisContext.standalone()));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("articles: " + loaded.size());
        eval.print(out, true);
        out.printf(Locale.ROOT, "throughput    %.1f articles/s (annotation only, single thread)%n",
                rounds * loaded.size() / seconds);
    }
}
