package io.github.lede.benchmarks.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The quote part of one {@code *.gold.json} file: the gold quotes, the names each speaker
 * entity goes by, and the {@code not_quotes}.
 *
 * @param quotes the gold quotes in file order
 * @param speakerForms for each gold speaker name (lower-cased), every form it goes by (lower-cased)
 * @param notQuotes strings in quote marks that are nobody's words
 */
public record GoldQuotes(List<Gold> quotes, java.util.Map<String, Set<String>> speakerForms, List<String> notQuotes) {

    /** One gold quote. */
    public record Gold(String text, String type, String speaker, String cue) {
    }

    /** Reads {@code file}. */
    public static GoldQuotes read(Path file) throws IOException {
        return of(new ObjectMapper().readTree(file.toFile()), "entities");
    }

    /**
     * The quote part of one gold object: {@code quotes}, {@code not_quotes}, and the
     * {@code {name, aliases}} objects under {@code speakersField} that give each speaker's forms.
     */
    public static GoldQuotes of(JsonNode root, String speakersField) {
        List<Gold> quotes = new ArrayList<>();
        for (JsonNode q : root.path("quotes")) {
            quotes.add(new Gold(q.path("text").asText(), q.path("type").asText(), q.path("speaker").asText(),
                    q.path("cue").asText()));
        }
        java.util.Map<String, Set<String>> forms = new java.util.HashMap<>();
        for (JsonNode e : root.path(speakersField)) {
            Set<String> f = new HashSet<>();
            f.add(lower(e.path("name").asText()));
            e.path("aliases").forEach(a -> f.add(lower(a.asText())));
            forms.put(lower(e.path("name").asText()), f);
        }
        List<String> notQuotes = new ArrayList<>();
        root.path("not_quotes").forEach(n -> notQuotes.add(n.asText()));
        return new GoldQuotes(quotes, forms, notQuotes);
    }

    /** Whether {@code gold} is a named person or organisation listed with its forms. */
    public boolean isNamed(String gold) {
        return speakerForms.containsKey(lower(gold));
    }

    /** Whether {@code predicted} names the gold speaker: its name or one of its entity's aliases. */
    public boolean sameSpeaker(String gold, String predicted) {
        if (predicted == null) {
            return false;
        }
        String p = lower(predicted);
        if (p.equals(lower(gold))) {
            return true;
        }
        Set<String> f = speakerForms.get(lower(gold));
        return f != null && f.contains(p);
    }

    /**
     * How closely two quote texts match: the Dice coefficient of their normalised word sets
     * (NFKC, lower case, letters and digits only, apostrophes dropped inside words), in [0, 1].
     */
    public static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size());
    }

    /** The threshold of {@link #similarity} at which a predicted quote counts as the gold one. */
    public static final double MATCH = 0.8;

    static Set<String> words(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("(?<=\\p{L})['’‘ʼ](?=\\p{L})", "");
        Set<String> out = new HashSet<>();
        for (String w : n.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).strip();
    }
}
