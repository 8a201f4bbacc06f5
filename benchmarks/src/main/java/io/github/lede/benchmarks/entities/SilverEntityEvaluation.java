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
 * {@code entities/wcxb-silver.json} (PERSON, ORGANIZATION and LOCATION of 80 real news and feature
 * pages from WCXB and from Mozilla Readability's test pages, annotated by hand for Lede) against
 * the text of each page, read at run time from the shared datasets by {@link SilverPageText}, analysed
 * as plain text by Lede's text extractor and then by the {@link EntityAnnotator}. Prints precision,
 * recall and F1 per type for each split: {@code dev} and {@code dev-2} (looked at while writing
 * rules), {@code held-out} and {@code held-out-2} (first scored blind, later looked at) and
 * {@code held-out-3}, {@code held-out-4} and {@code held-out-5} (each annotated and scored blind
 * before the rules were changed again), and every
 * miss and false alarm of the splits asked for.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.lede.benchmarks.entities.SilverEntityEvaluation \
 *     ../shared [--details=dev|dev-2|held-out|held-out-2|held-out-3|held-out-4|held-out-5|none|all] [--text=PAGE-ID]
 * </pre>
 * The folder is the shared folder holding {@code datasets/} (the WCXB folder itself is also
 * accepted); without one it reads {@code lede.shared.dir} (default {@code ../shared}). Without
 * {@code --details} it prints the dev split's misses and false alarms. {@code --text} prints the
 * text of one page, as annotated and scored, and nothing else.
 *
 * <p>Any folder of plain-text articles can be scored the same way against an annotation file of the
 * same shape, whose articles name their text file ({@code file}, relative to the folder) instead of
 * a page id, and may name a {@code half} (default {@code all}):
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.lede.benchmarks.entities.SilverEntityEvaluation \
 *     --texts DIR --annotations FILE [--details=HALF|none|all]
 * </pre>
 * Each text is read as UTF-8 and analysed exactly as a silver page. When the folder or the file is
 * missing, it says so and exits normally without scoring anything; a listed text missing from the
 * folder is reported and skipped.
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
        String textOf = null;
        Path texts = null;
        Path annotations = null;
        Path shared = Path.of(System.getProperty("lede.shared.dir", "../shared"));
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--texts") || arg.startsWith("--annotations")) {
                int eq = arg.indexOf('=');
                String value = eq >= 0 ? arg.substring(eq + 1) : i + 1 < args.length ? args[++i] : "";
                if (arg.startsWith("--texts")) {
                    texts = Path.of(value);
                } else {
                    annotations = Path.of(value);
                }
            } else if (arg.startsWith("--details=")) {
                details = arg.substring("--details=".length());
            } else if (arg.startsWith("--text=")) {
                textOf = arg.substring("--text=".length());
            } else if (!arg.startsWith("--")) {
                Path folder = Path.of(arg).toAbsolutePath().normalize();
                // the WCXB folder itself, as older commands passed it, stands for its shared folder
                shared = Files.isDirectory(folder.resolve("ground-truth")) ? folder.getParent().getParent() : folder;
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        if (texts != null || annotations != null) {
            scoreFolder(texts, annotations, details, json, out);
            return;
        }
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
            String text = SilverPageText.of(page, shared, json);
            if (textOf != null) {
                if (textOf.equals(id)) {
                    out.println(text);
                }
                continue;
            }
            Article article = lede.analyze(Source.text(text).contentType("text/plain").name(id).build());
            Article annotated = annotator.annotate(article, AnalysisContext.standalone());
            halves.computeIfAbsent(half, h -> new EntityScorer(TYPES)).score(id, annotated, page);
        }
        if (textOf != null) {
            return;
        }
        out.println(silver.path("credit").asText());
        for (Map.Entry<String, EntityScorer> half : halves.entrySet()) {
            out.println();
            out.println("##### " + half.getKey());
            half.getValue().print(out, details.equals("all") || details.equals(half.getKey()));
        }
    }

    /** Scores the plain-text articles of {@code texts} against the annotations in {@code file}. */
    private static void scoreFolder(Path texts, Path file, String details, ObjectMapper json, PrintStream out)
            throws IOException {
        if (texts == null || file == null || !Files.isDirectory(texts) || !Files.isRegularFile(file)) {
            out.println("skipped: --texts needs a folder and --annotations a file (got " + texts + ", " + file + ")");
            return;
        }
        Lede lede = Lede.builder().noAnnotators().build();
        EntityAnnotator annotator = new EntityAnnotator();
        Map<String, EntityScorer> halves = new LinkedHashMap<>();
        for (JsonNode entry : json.readTree(file.toFile()).path("articles")) {
            String name = entry.path("file").asText();
            EntityScorer scorer = halves.computeIfAbsent(entry.path("half").asText("all"),
                    h -> new EntityScorer(TYPES));
            Path path = texts.resolve(name);
            if (!Files.isRegularFile(path)) {
                scorer.note("== " + name + " skipped: no such file");
                continue;
            }
            String text = Files.readString(path, StandardCharsets.UTF_8);
            Article article = lede.analyze(Source.text(text).contentType("text/plain").name(name).build());
            scorer.score(name, annotator.annotate(article, AnalysisContext.standalone()), entry);
        }
        for (Map.Entry<String, EntityScorer> half : halves.entrySet()) {
            out.println();
            out.println("##### " + half.getKey());
            half.getValue().print(out, details.equals("all") || details.equals(half.getKey()));
        }
    }
}
