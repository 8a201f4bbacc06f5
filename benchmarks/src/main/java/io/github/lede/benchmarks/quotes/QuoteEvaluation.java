package io.github.lede.benchmarks.quotes;

import io.github.lede.Lede;
import io.github.lede.extractor.quotes.QuoteAnnotator;
import io.github.lede.extractor.quotes.RuleSet;
import io.github.lede.model.Article;
import io.github.lede.model.Cue;
import io.github.lede.model.Quote;
import io.github.lede.model.Speaker;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.Annotator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Scores the quote annotator against the gold corpus ({@code shared/corpus}): quote precision,
 * recall and F1 overall and per type, speaker accuracy and cue accuracy over the quotes found,
 * every miss and false alarm, and any {@code not_quotes} string reported as a quote.
 *
 * <p>A predicted quote is <em>found</em> when it matches a gold quote not yet taken with
 * {@link GoldQuotes#similarity} ≥ {@link GoldQuotes#MATCH} (Dice of normalised word sets;
 * best match first). It counts for a type's scores when both share the type. Its speaker is
 * right when it is the gold speaker or an alias of that entity; its cue when the texts are equal
 * ignoring case.
 *
 * <p>Usage: {@code QuoteEvaluation [CORPUS_DIR] [--quiet] [--ablation]}, e.g. from the project root:
 * {@code mvn -B -q -o -pl benchmarks -am package -DskipTests && java -cp benchmarks/target/benchmarks.jar
 * io.github.lede.benchmarks.quotes.QuoteEvaluation ../shared/corpus}. Real news is scored by
 * {@link SilverQuoteEvaluation}. Articles go through the
 * real pipeline: the registered extractor, the {@code "entities"} annotator when it is on the
 * class path, then {@link QuoteAnnotator}.
 */
public final class QuoteEvaluation {

    /** Counts for one run over the corpus. */
    public static final class Score {
        final Map<String, int[]> byType = new LinkedHashMap<>(); // tp, predicted, gold
        int tp;
        int predicted;
        int gold;
        int speakerRight;
        int namedFound;
        int namedRight;
        int cueRight;
        int notQuoteViolations;
        int articles;
        long nanos;
        final List<String> report = new ArrayList<>();

        /** An empty score. */
        public Score() {
            for (String t : List.of("DIRECT", "PARTIAL", "INDIRECT")) {
                byType.put(t, new int[3]);
            }
        }

        /** Harmonic mean of precision and recall for {@code type}, or overall when null. */
        public double f1(String type) {
            int[] c = type == null ? new int[] {tp, predicted, gold} : byType.get(type);
            double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
            double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Share of found quotes with the right speaker. */
        public double speakerAccuracy() {
            return tp == 0 ? 0 : (double) speakerRight / tp;
        }

        /**
         * Share of found quotes with the right speaker, over those whose gold speaker is a named
         * person or organisation (not an unnamed "officials" or "a source").
         */
        public double namedSpeakerAccuracy() {
            return namedFound == 0 ? 0 : (double) namedRight / namedFound;
        }

        /** Share of found quotes with the right cue. */
        public double cueAccuracy() {
            return tp == 0 ? 0 : (double) cueRight / tp;
        }

        /** How many {@code not_quotes} strings were reported as quotes. */
        public int notQuoteViolations() {
            return notQuoteViolations;
        }

        /** The misses, false alarms and wrong speakers, one line each. */
        public List<String> report() {
            return report;
        }
    }

    private QuoteEvaluation() {
    }

    /** Runs the evaluation; see the class documentation for the arguments. */
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/corpus");
        boolean quiet = List.of(args).contains("--quiet");
        PrintStream out = System.out;
        Score all = score(corpus, RuleSet.ALL);
        if (!quiet) {
            all.report.forEach(out::println);
        }
        print(out, "all rules", all);
        if (List.of(args).contains("--ablation")) {
            out.println();
            out.printf("%-14s %7s %7s %7s %7s %7s %7s%n", "without", "F1", "DIRECT", "PARTIAL", "INDIR.", "speaker", "cue");
            row(out, "(nothing)", all);
            for (String family : RuleSet.FAMILIES) {
                row(out, family, score(corpus, RuleSet.ALL.without(family)));
            }
        }
    }

    static void row(PrintStream out, String name, Score s) {
        out.printf("%-14s %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f%n", name, s.f1(null), s.f1("DIRECT"), s.f1("PARTIAL"),
                s.f1("INDIRECT"), s.speakerAccuracy(), s.cueAccuracy());
    }

    static void print(PrintStream out, String label, Score s) {
        out.printf("%n== %s: %d articles, %.1f articles/s (pipeline incl. extraction)%n", label, s.articles,
                s.articles / (s.nanos / 1e9));
        out.printf("%-9s %6s %6s %6s %5s %5s %5s%n", "type", "P", "R", "F1", "tp", "pred", "gold");
        for (Map.Entry<String, int[]> e : s.byType.entrySet()) {
            int[] c = e.getValue();
            out.printf("%-9s %6.3f %6.3f %6.3f %5d %5d %5d%n", e.getKey(), ratio(c[0], c[1]), ratio(c[0], c[2]),
                    s.f1(e.getKey()), c[0], c[1], c[2]);
        }
        out.printf("%-9s %6.3f %6.3f %6.3f %5d %5d %5d%n", "overall", ratio(s.tp, s.predicted), ratio(s.tp, s.gold),
                s.f1(null), s.tp, s.predicted, s.gold);
        out.printf("named-speaker accuracy %.3f (%d/%d)%n", s.namedSpeakerAccuracy(), s.namedRight, s.namedFound);
        out.printf("speaker accuracy %.3f (%d/%d), cue accuracy %.3f (%d/%d), not_quotes reported: %d%n",
                s.speakerAccuracy(), s.speakerRight, s.tp, s.cueAccuracy(), s.cueRight, s.tp, s.notQuoteViolations);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** The {@code "entities"} annotator {@code lede} found on the class path, if any. */
    static Optional<Annotator> entityAnnotator(Lede lede) {
        return lede.registry().annotators().stream().filter(a -> a.name().equals("entities")).findFirst();
    }

    /** Runs the entity annotator (when on the class path) and then the quote annotator under test. */
    static Article annotate(Article article, Optional<Annotator> entities, Annotator quotes) {
        AnalysisContext ctx = AnalysisContext.standalone();
        Article withEntities = entities.map(e -> e.annotate(article, ctx)).orElse(article);
        return quotes.annotate(withEntities, ctx);
    }

    /** Scores every {@code *.txt} and {@code *.html} article with a gold file in {@code corpus}. */
    public static Score score(Path corpus, RuleSet rules) throws IOException {
        Lede lede = Lede.builder().noAnnotators().build();
        Optional<Annotator> entities = entityAnnotator(lede);
        QuoteAnnotator quotes = new QuoteAnnotator(rules);
        Score score = new Score();
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path file : files) {
            String base = file.getFileName().toString().replaceFirst("\\.(txt|html)$", "");
            Path goldFile = corpus.resolve(base + ".gold.json");
            if (!Files.exists(goldFile)) {
                continue;
            }
            long t0 = System.nanoTime();
            Article article;
            try {
                article = lede.analyze(file);
            } catch (RuntimeException e) {
                score.report.add(base + ": not extracted: " + e.getMessage());
                continue;
            }
            article = annotate(article, entities, quotes);
            score.nanos += System.nanoTime() - t0;
            score.articles++;
            compare(base, GoldQuotes.read(goldFile), article.quotes(), score);
        }
        return score;
    }

    static void compare(String name, GoldQuotes gold, List<Quote> predicted, Score score) {
        List<GoldQuotes.Gold> golds = gold.quotes();
        boolean[] taken = new boolean[golds.size()];
        boolean[] matched = new boolean[predicted.size()];
        // best pairs first
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            for (int j = 0; j < golds.size(); j++) {
                double sim = GoldQuotes.similarity(predicted.get(i).text(), golds.get(j).text());
                if (sim >= GoldQuotes.MATCH) {
                    pairs.add(new double[] {sim, i, j});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        for (double[] pr : pairs) {
            int i = (int) pr[1];
            int j = (int) pr[2];
            if (matched[i] || taken[j]) {
                continue;
            }
            matched[i] = true;
            taken[j] = true;
            Quote q = predicted.get(i);
            GoldQuotes.Gold g = golds.get(j);
            score.tp++;
            if (q.type().name().equals(g.type())) {
                score.byType.get(g.type())[0]++;
            } else {
                score.report.add(name + ": TYPE " + q.type() + " for gold " + g.type() + ": " + g.text());
            }
            String speaker = q.speaker().map(Speaker::name).orElse(null);
            boolean named = gold.isNamed(g.speaker());
            score.namedFound += named ? 1 : 0;
            if (gold.sameSpeaker(g.speaker(), speaker)) {
                score.speakerRight++;
                score.namedRight += named ? 1 : 0;
            } else {
                score.report.add(name + ": SPEAKER " + speaker + " for gold " + g.speaker() + ": " + g.text());
            }
            String cue = q.cue().map(Cue::text).orElse("");
            if (cue.equalsIgnoreCase(g.cue())) {
                score.cueRight++;
            } else {
                score.report.add(name + ": CUE '" + cue + "' for gold '" + g.cue() + "': " + g.text());
            }
        }
        for (Quote q : predicted) {
            score.predicted++;
            score.byType.get(q.type().name())[1]++;
            for (String nq : gold.notQuotes()) {
                if (GoldQuotes.similarity(q.text(), nq) >= GoldQuotes.MATCH) {
                    score.notQuoteViolations++;
                    score.report.add(name + ": NOT_QUOTE reported: " + q.text());
                }
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!matched[i]) {
                Quote q = predicted.get(i);
                score.report.add(name + ": FALSE " + q.type() + " [" + q.speaker().map(Speaker::name).orElse("?") + "] "
                        + q.text());
            }
        }
        for (int j = 0; j < golds.size(); j++) {
            score.gold++;
            score.byType.get(golds.get(j).type())[2]++;
            if (!taken[j]) {
                GoldQuotes.Gold g = golds.get(j);
                score.report.add(name + ": MISS " + g.type() + " [" + g.speaker() + "] " + g.text());
            }
        }
    }
}
