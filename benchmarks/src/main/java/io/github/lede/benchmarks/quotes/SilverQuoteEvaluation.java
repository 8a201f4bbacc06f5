package io.github.lede.benchmarks.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lede.Lede;
import io.github.lede.extractor.quotes.QuoteAnnotator;
import io.github.lede.extractor.quotes.RuleSet;
import io.github.lede.model.Article;
import io.github.lede.spi.Annotator;
import io.github.lede.spi.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Scores the quote annotator on real news: the silver annotations in
 * {@code quotes/wcxb-silver.json} (a class-path resource) over article pages of the shared
 * datasets, with the matching of {@link QuoteEvaluation}.
 *
 * <p>Each article is read at run time from {@code DATASETS_DIR} (default
 * {@code ../shared/datasets}): for an id {@code wcxb:NNNN}, the title and {@code main_content}
 * of {@code wcxb-articles/ground-truth/NNNN.json}; for {@code readability:NAME}, the title of
 * {@code readability-pages/NAME/expected-metadata.json} and the block paragraphs of its
 * {@code expected.html}. The text is {@code title + "\n\n" + body}, analysed as plain text by the
 * text extractor, the {@code "entities"} annotator and {@link QuoteAnnotator}.
 *
 * <p>Usage: {@code SilverQuoteEvaluation [DATASETS_DIR] [--split dev|heldout|heldout-2|heldout-3|all] [--quiet]
 * [--ablation] [--text ID]}. Articles are split into a dev half (read while fixing rules) and two
 * held-out parts {@code heldout}, {@code heldout-2} and {@code heldout-3} (only scored, never read while fixing);
 * the default prints each, then all. {@code --text ID} prints the text of one article, as scored,
 * for annotating it. From the project root:
 * <pre>{@code
 * mvn -B -q -o -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.github.lede.benchmarks.quotes.SilverQuoteEvaluation ../shared/datasets
 * }</pre>
 * Add {@code --quiet} for the scores alone and {@code --split all --ablation} for the effect of
 * each rule family. Besides speaker accuracy it prints named-speaker accuracy: the share over
 * quotes whose gold speaker is a named person or organisation, since the silver set keeps
 * unnamed sources ("officials", "a source") under the noun the text uses.
 */
public final class SilverQuoteEvaluation {

    private static final String RESOURCE = "/quotes/wcxb-silver.json";
    private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "div", "br", "tr", "figcaption", "pre");

    private SilverQuoteEvaluation() {
    }

    /** Runs the evaluation; see the class documentation for the arguments. */
    public static void main(String[] args) throws IOException {
        List<String> a = List.of(args);
        Path datasets = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/datasets");
        int s = a.indexOf("--split");
        String split = s >= 0 && s + 1 < args.length ? args[s + 1] : null;
        boolean quiet = a.contains("--quiet");
        PrintStream out = System.out;
        int t = a.indexOf("--text");
        if (t >= 0 && t + 1 < args.length) {
            out.println(text(datasets, args[t + 1]));
            return;
        }
        for (String part : split == null ? List.of("dev", "heldout", "heldout-2", "heldout-3", "all") : List.of(split)) {
            QuoteEvaluation.Score score = score(datasets, part, RuleSet.ALL);
            if (!quiet) {
                score.report().forEach(out::println);
            }
            QuoteEvaluation.print(out, "silver " + part + ", all rules", score);
        }
        if (a.contains("--ablation")) {
            String part = split == null ? "all" : split;
            out.println();
            out.printf("%-14s %7s %7s %7s %7s %7s %7s%n", "without", "F1", "DIRECT", "PARTIAL", "INDIR.", "speaker", "cue");
            QuoteEvaluation.row(out, "(nothing)", score(datasets, part, RuleSet.ALL));
            for (String family : RuleSet.FAMILIES) {
                QuoteEvaluation.row(out, family, score(datasets, part, RuleSet.ALL.without(family)));
            }
        }
    }

    /** Scores the silver articles of {@code split} ({@code dev}, {@code heldout}, {@code heldout-2}, {@code heldout-3} or {@code all}). */
    public static QuoteEvaluation.Score score(Path datasets, String split, RuleSet rules) throws IOException {
        JsonNode silver;
        try (InputStream in = SilverQuoteEvaluation.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            silver = new ObjectMapper().readTree(in);
        }
        Lede lede = Lede.builder().noAnnotators().build();
        Optional<Annotator> entities = QuoteEvaluation.entityAnnotator(lede);
        QuoteAnnotator quotes = new QuoteAnnotator(rules);
        QuoteEvaluation.Score score = new QuoteEvaluation.Score();
        for (JsonNode art : silver.path("articles")) {
            if (!split.equals("all") && !split.equals(art.path("split").asText())) {
                continue;
            }
            String id = art.path("id").asText();
            String text = text(datasets, id);
            long t0 = System.nanoTime();
            Article article = lede.analyze(Source.text(text).contentType("text/plain").name(id).build());
            article = QuoteEvaluation.annotate(article, entities, quotes);
            score.nanos += System.nanoTime() - t0;
            score.articles++;
            QuoteEvaluation.compare(id, GoldQuotes.of(art, "speakers"), article.quotes(), score);
        }
        return score;
    }

    /** The article text of a silver id: title, a blank line, the body paragraphs separated by blank lines. */
    static String text(Path datasets, String id) throws IOException {
        ObjectMapper json = new ObjectMapper();
        if (id.startsWith("wcxb:")) {
            JsonNode gt = json.readTree(datasets.resolve("wcxb-articles/ground-truth/" + id.substring(5) + ".json")
                    .toFile()).path("ground_truth");
            return gt.path("title").asText("") + "\n\n" + gt.path("main_content").asText("");
        }
        if (id.startsWith("readability:")) {
            Path dir = datasets.resolve("readability-pages/" + id.substring(12));
            String title = json.readTree(dir.resolve("expected-metadata.json").toFile()).path("title").asText("");
            String html = Files.readString(dir.resolve("expected.html"), StandardCharsets.UTF_8);
            return title + "\n\n" + paragraphs(Jsoup.parseBodyFragment(html).body());
        }
        throw new IOException("unknown silver id: " + id);
    }

    /** The text of each block element, whitespace collapsed, joined by blank lines. */
    private static String paragraphs(Element body) {
        StringBuilder all = new StringBuilder();
        StringBuilder cur = new StringBuilder();
        Runnable flush = () -> {
            String t = cur.toString().replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                all.append(all.length() > 0 ? "\n\n" : "").append(t);
            }
            cur.setLength(0);
        };
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    cur.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush.run();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    flush.run();
                }
            }
        });
        flush.run();
        return all.toString();
    }
}
