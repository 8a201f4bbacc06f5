package io.github.lede.benchmarks.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lede.Lede;
import io.github.lede.extractor.entities.EntityAnnotator;
import io.github.lede.model.Article;
import io.github.lede.model.EntityType;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the entity annotator on real news: the silver annotations of
 * {@code entities/wcxb-silver.json} (PERSON, ORGANIZATION and LOCATION of 22 WCXB news and feature
 * pages, annotated by hand for Lede) against the text of each page, read at run time from the WCXB
 * ground truth: its title, a blank line, then its {@code main_content}, analysed as plain text by
 * Lede's text extractor and then by the {@link EntityAnnotator}. Prints precision, recall and F1
 * per type for the {@code dev} half (looked at while writing rules) and the {@code held-out} half
 * (scored only as a check), and every miss and false alarm of the halves asked for.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.lede.benchmarks.entities.SilverEntityEvaluation \
 *     ../shared/datasets/wcxb-articles [--details=dev|held-out|all]
 * </pre>
 * Without a folder argument it reads {@code lede.shared.dir}/datasets/wcxb-articles (default
 * {@code ../shared}). Without {@code --details} it prints the dev half's misses and false alarms.
 */
public final class SilverEntityEvaluation {

    private static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.LOCATION);
    private static final String ANNOTATIONS = "/entities/wcxb-silver.json";

    private SilverEntityEvaluation() {
    }

    /** Runs the evaluation; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        String details = "dev";
        Path dataset = Path.of(System.getProperty("lede.shared.dir", "../shared")).resolve("datasets/wcxb-articles");
        for (String arg : args) {
            if (arg.startsWith("--details=")) {
                details = arg.substring("--details=".length());
            } else if (!arg.startsWith("--")) {
                dataset = Path.of(arg);
            }
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode silver;
        try (InputStream in = SilverEntityEvaluation.class.getResourceAsStream(ANNOTATIONS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ANNOTATIONS);
            }
            silver = json.readTree(in);
        }
        Lede lede = Lede.builder().noAnnotators().build();
        EntityAnnotator annotator = new EntityAnnotator();
        Map<String, EntityScorer> halves = new LinkedHashMap<>();
        for (JsonNode page : silver.path("articles")) {
            String id = page.path("id").asText();
            String half = page.path("half").asText();
            JsonNode truth = json.readTree(Files.readString(dataset.resolve("ground-truth/" + id + ".json"),
                    StandardCharsets.UTF_8)).path("ground_truth");
            String text = truth.path("title").asText().strip() + "\n\n" + truth.path("main_content").asText().strip();
            Article article = lede.analyze(Source.text(text).contentType("text/plain").name(id).build());
            Article annotated = annotator.annotate(article, AnalysisContext.standalone());
            halves.computeIfAbsent(half, h -> new EntityScorer(TYPES)).score(id, annotated, page);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(silver.path("credit").asText());
        for (Map.Entry<String, EntityScorer> half : halves.entrySet()) {
            out.println();
            out.println("##### " + half.getKey());
            half.getValue().print(out, details.equals("all") || details.equals(half.getKey()));
        }
    }
}
