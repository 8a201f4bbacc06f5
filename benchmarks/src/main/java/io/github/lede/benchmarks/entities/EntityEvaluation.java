package io.github.lede.benchmarks.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lede.Lede;
import io.github.lede.extractor.entities.EntityAnnotator;
import io.github.lede.model.Article;
import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Mention;
import io.github.lede.spi.AnalysisContext;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the entity annotator against the gold corpus and prints precision, recall and F1 per type
 * (PERSON, ORGANIZATION, LOCATION; DATE separately), alias recall, title recall, throughput, and
 * every miss and false alarm.
 *
 * <p>A predicted entity matches a gold entity of the same type when their names or aliases share a
 * form (ignoring case); each gold entity is matched at most once, so a referent split in two costs
 * a false alarm. Predictions whose every form is a gold {@code optional} name count neither way.
 * A gold alias counts as merged when the matched prediction has it as name or alias; a gold title
 * as found when the prediction has it among its titles (ignoring case).
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

    private final Map<EntityType, int[]> counts = new LinkedHashMap<>(); // tp, fp, fn
    private int aliases;
    private int aliasesMerged;
    private int titles;
    private int titlesFound;
    private final List<String> report = new ArrayList<>();

    private EntityEvaluation() {
        TYPES.forEach(t -> counts.put(t, new int[3]));
    }

    /** Runs the evaluation over the corpus folder given as first argument (or the shared corpus). */
    public static void main(String[] args) throws IOException {
        boolean html = List.of(args).contains("--html");
        String[] paths = List.of(args).stream().filter(a -> !a.startsWith("--")).toArray(String[]::new);
        Path dir = CorpusArticles.corpusDir(paths);
        Lede lede = Lede.builder().noAnnotators().build();
        EntityAnnotator annotator = new EntityAnnotator();
        ObjectMapper json = new ObjectMapper();
        EntityEvaluation eval = new EntityEvaluation();
        List<Article> loaded = new ArrayList<>();
        for (Path file : CorpusArticles.articles(dir, html)) {
            Article article = CorpusArticles.load(lede, file);
            if (article == null) {
                eval.report.add("skipped (no extractor): " + file.getFileName());
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
        eval.report.forEach(out::println);
        out.println();
        out.println("articles: " + loaded.size());
        eval.counts.forEach((type, c) -> out.printf(Locale.ROOT, "%-13s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n",
                type, precision(c), recall(c), f1(c), c[0], c[1], c[2]));
        out.printf(Locale.ROOT, "alias recall  %.3f (%d/%d)%n", ratio(eval.aliasesMerged, eval.aliases),
                eval.aliasesMerged, eval.aliases);
        out.printf(Locale.ROOT, "title recall  %.3f (%d/%d)%n", ratio(eval.titlesFound, eval.titles),
                eval.titlesFound, eval.titles);
        out.printf(Locale.ROOT, "throughput    %.1f articles/s (annotation only, single thread)%n",
                rounds * loaded.size() / seconds);
    }

    private void score(String file, Article article, JsonNode gold) {
        Set<String> optional = new HashSet<>();
        gold.path("optional").forEach(o -> optional.add(norm(o.asText())));
        List<JsonNode> goldEntities = new ArrayList<>();
        gold.path("entities").forEach(goldEntities::add);
        Set<JsonNode> matchedGold = new HashSet<>();
        report.add("== " + file);
        for (Entity e : article.entities()) {
            if (!TYPES.contains(e.type())) {
                continue;
            }
            Set<String> forms = forms(e);
            JsonNode match = null;
            for (JsonNode g : goldEntities) {
                if (!matchedGold.contains(g) && g.path("type").asText().equals(e.type().name()) && overlaps(forms, g, e)) {
                    match = g;
                    break;
                }
            }
            int[] c = counts.get(e.type());
            if (match != null) {
                matchedGold.add(match);
                c[0]++;
                for (JsonNode a : match.path("aliases")) {
                    aliases++;
                    if (forms.contains(norm(a.asText()))) {
                        aliasesMerged++;
                    } else {
                        report.add("  alias not merged: " + a.asText() + " -> " + describe(e));
                    }
                }
                for (JsonNode t : match.path("titles")) {
                    titles++;
                    if (e.titles().stream().anyMatch(x -> norm(x).equals(norm(t.asText())))) {
                        titlesFound++;
                    } else {
                        report.add("  title missed: " + t.asText() + " -> " + describe(e));
                    }
                }
            } else if (forms.stream().allMatch(optional::contains) || e.type().equals(EntityType.DATE)
                    && e.mentions().stream().anyMatch(m -> optional.stream().anyMatch(norm(m.text())::contains))) {
                report.add("  (optional) " + describe(e));
            } else {
                c[1]++;
                report.add("  FALSE ALARM " + describe(e));
            }
        }
        for (JsonNode g : goldEntities) {
            EntityType type = EntityType.of(g.path("type").asText());
            if (!matchedGold.contains(g) && counts.containsKey(type)) {
                counts.get(type)[2]++;
                report.add("  MISSED " + type + " " + g.path("name").asText());
                aliases += g.path("aliases").size();
                titles += g.path("titles").size();
            }
        }
    }

    private static boolean overlaps(Set<String> forms, JsonNode gold, Entity e) {
        if (forms.contains(norm(gold.path("name").asText()))) {
            return true;
        }
        for (JsonNode a : gold.path("aliases")) {
            if (forms.contains(norm(a.asText()))) {
                return true;
            }
        }
        if (e.type().equals(EntityType.DATE)) {
            String name = norm(gold.path("name").asText());
            return e.mentions().stream().map(Mention::text).map(EntityEvaluation::norm).anyMatch(name::equals);
        }
        return false;
    }

    private static Set<String> forms(Entity e) {
        Set<String> forms = new HashSet<>();
        forms.add(norm(e.name()));
        e.aliases().forEach(a -> forms.add(norm(a)));
        return forms;
    }

    private static String describe(Entity e) {
        return e.type() + " " + e.name() + " " + e.aliases() + " " + e.titles()
                + (e.value().map(v -> " =" + v).orElse(""));
    }

    private static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }

    private static double precision(int[] c) {
        return ratio(c[0], c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return ratio(c[0], c[0] + c[2]);
    }

    private static double f1(int[] c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
