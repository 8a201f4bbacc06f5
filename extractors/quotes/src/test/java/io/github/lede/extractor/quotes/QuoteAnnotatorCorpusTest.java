package io.github.lede.extractor.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.lede.model.Article;
import io.github.lede.model.Quote;
import io.github.lede.model.Speaker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The annotator on the shared gold corpus: the sample in full, a floor over all, exact offsets. */
class QuoteAnnotatorCorpusTest {

    @Test
    void everyGoldQuoteOfTheSampleIsFoundWithItsTypeAndSpeaker() {
        Path sample = Corpus.dir().resolve("blinken-hostages.txt");
        Article article = Corpus.annotate(sample);
        JsonNode gold = Corpus.gold(sample);
        List<String> problems = new ArrayList<>();
        for (JsonNode g : gold.path("quotes")) {
            Quote best = null;
            double bestSim = 0;
            for (Quote q : article.quotes()) {
                double sim = Corpus.similarity(q.text(), g.path("text").asText());
                if (sim > bestSim) {
                    best = q;
                    bestSim = sim;
                }
            }
            String what = g.path("type").asText() + " " + g.path("text").asText();
            if (best == null || bestSim < 0.8) {
                problems.add("missing " + what);
            } else if (!best.type().name().equals(g.path("type").asText())) {
                problems.add("typed " + best.type() + ": " + what);
            } else if (!Corpus.sameSpeaker(gold, g.path("speaker").asText(),
                    best.speaker().map(Speaker::name).orElse(null))) {
                problems.add("speaker " + best.speaker() + ": " + what);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSamplesHardPronounsResolve() {
        Article article = Corpus.annotate(Corpus.dir().resolve("blinken-hostages.txt"));
        assertEquals("Benny Gantz", speakerOf(article, "That being done"));
        assertEquals("Hillary Clinton", speakerOf(article, "He needs to go, and if"));
        assertEquals("Herzi Halevi", speakerOf(article, "dismantling Hamas"));
        Quote gantz = quote(article, "That being done");
        assertEquals("He", gantz.speaker().orElseThrow().mention().orElseThrow().text());
        assertEquals("added", gantz.cue().orElseThrow().text());
    }

    /** Floor over every corpus text: the targets, with the same matching as the evaluation harness. */
    @Test
    void corpusScoresHoldTheFloor() {
        Map<String, int[]> byType = new HashMap<>(); // found with type, predicted, gold
        int found = 0;
        int speakerRight = 0;
        List<String> notQuotes = new ArrayList<>();
        for (Path file : Corpus.texts()) {
            Article article = Corpus.annotate(file);
            JsonNode gold = Corpus.gold(file);
            List<Quote> open = new ArrayList<>(article.quotes());
            for (Quote q : article.quotes()) {
                byType.computeIfAbsent(q.type().name(), k -> new int[3])[1]++;
                for (JsonNode nq : gold.path("not_quotes")) {
                    if (Corpus.similarity(q.text(), nq.asText()) >= 0.8) {
                        notQuotes.add(file.getFileName() + ": " + q.text());
                    }
                }
            }
            for (JsonNode g : gold.path("quotes")) {
                String type = g.path("type").asText();
                byType.computeIfAbsent(type, k -> new int[3])[2]++;
                Quote best = null;
                double bestSim = 0.8;
                for (Quote q : open) {
                    double sim = Corpus.similarity(q.text(), g.path("text").asText());
                    if (sim >= bestSim) {
                        best = q;
                        bestSim = sim;
                    }
                }
                if (best != null) {
                    open.remove(best);
                    found++;
                    if (best.type().name().equals(type)) {
                        byType.get(type)[0]++;
                    }
                    if (Corpus.sameSpeaker(gold, g.path("speaker").asText(), best.speaker().map(Speaker::name).orElse(null))) {
                        speakerRight++;
                    }
                }
            }
        }
        assertTrue(f1(byType.get("DIRECT")) >= 0.95, "DIRECT F1 " + f1(byType.get("DIRECT")));
        assertTrue(f1(byType.get("PARTIAL")) >= 0.95, "PARTIAL F1 " + f1(byType.get("PARTIAL")));
        assertTrue(f1(byType.get("INDIRECT")) >= 0.85, "INDIRECT F1 " + f1(byType.get("INDIRECT")));
        assertTrue((double) speakerRight / found >= 0.95, "speaker accuracy " + speakerRight + "/" + found);
        assertEquals(List.of(), notQuotes);
    }

    @Test
    void offsetsAreExactForEveryQuoteSpeakerAndCue() {
        for (Path file : Corpus.texts()) {
            Article article = Corpus.annotate(file);
            String text = article.text();
            int previous = -1;
            for (int i = 0; i < article.quotes().size(); i++) {
                Quote q = article.quotes().get(i);
                assertEquals("Q" + (i + 1), q.id(), file.toString());
                assertEquals(q.text(), text.substring(q.start(), q.end()), file + " " + q);
                assertTrue(q.start() >= previous, "text order in " + file);
                previous = q.start();
                assertFalse(q.text().isBlank());
                q.cue().ifPresent(c -> assertEquals(c.text(), text.substring(c.start(), c.end())));
                q.speaker().flatMap(Speaker::mention)
                        .ifPresent(m -> assertEquals(m.text(), text.substring(m.start(), m.end())));
                assertTrue(q.confidence() >= 0 && q.confidence() <= 1);
                assertFalse(q.text().contains("\n\n"), "a quote never crosses a paragraph: " + q);
            }
        }
    }

    private static double f1(int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Quote quote(Article a, String start) {
        return a.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
    }

    private static String speakerOf(Article a, String start) {
        return quote(a, start).speaker().map(Speaker::name).orElse(null);
    }
}
