package io.github.lede.benchmarks.entities;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.lede.model.Article;
import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Mention;
import java.io.PrintStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tallies how an annotated article's entities match a gold annotation ({@code entities} with
 * type, name, aliases and titles; {@code optional} names) and prints precision, recall and F1 per
 * type, alias recall, title recall, and every miss and false alarm.
 *
 * <p>A predicted entity matches a gold entity of the same type when their names or aliases share a
 * form (ignoring case and accents); each gold entity is matched at most once, so a referent split in
 * two costs a false alarm. Predictions whose every form is a gold {@code optional} name count
 * neither way. A gold alias counts as merged when the matched prediction has it as name or alias; a
 * gold title as found when the prediction has it among its titles (ignoring case).
 */
final class EntityScorer {

    private final List<EntityType> types;
    private final Map<EntityType, int[]> counts = new LinkedHashMap<>(); // tp, fp, fn
    private int aliases;
    private int aliasesMerged;
    private int titles;
    private int titlesFound;
    private final List<String> report = new ArrayList<>();

    EntityScorer(List<EntityType> types) {
        this.types = List.copyOf(types);
        types.forEach(t -> counts.put(t, new int[3]));
    }

    /** Adds a line to the detailed report (a skipped file, say). */
    void note(String line) {
        report.add(line);
    }

    void score(String label, Article article, JsonNode gold) {
        Set<String> optional = new HashSet<>();
        gold.path("optional").forEach(o -> optional.add(norm(o.asText())));
        List<JsonNode> goldEntities = new ArrayList<>();
        gold.path("entities").forEach(goldEntities::add);
        Set<JsonNode> matchedGold = new HashSet<>();
        report.add("== " + label);
        for (Entity e : article.entities()) {
            if (!types.contains(e.type())) {
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

    /** Prints the detailed report (when asked) and the summary. */
    void print(PrintStream out, boolean details) {
        if (details) {
            report.forEach(out::println);
            out.println();
        }
        int[] all = new int[3];
        counts.forEach((type, c) -> {
            out.printf(Locale.ROOT, "%-13s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n",
                    type, precision(c), recall(c), f1(c), c[0], c[1], c[2]);
            if (!type.equals(EntityType.DATE)) {
                for (int k = 0; k < 3; k++) {
                    all[k] += c[k];
                }
            }
        });
        out.printf(Locale.ROOT, "%-13s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n",
                "PER+ORG+LOC", precision(all), recall(all), f1(all), all[0], all[1], all[2]);
        out.printf(Locale.ROOT, "alias recall  %.3f (%d/%d)%n", ratio(aliasesMerged, aliases), aliasesMerged, aliases);
        out.printf(Locale.ROOT, "title recall  %.3f (%d/%d)%n", ratio(titlesFound, titles), titlesFound, titles);
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
            return e.mentions().stream().map(Mention::text).map(EntityScorer::norm).anyMatch(name::equals);
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

    /** Lower case, typographic apostrophes made plain, accents dropped ("Martínez" = "MARTINEZ"). */
    static String norm(String s) {
        String plain = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
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
