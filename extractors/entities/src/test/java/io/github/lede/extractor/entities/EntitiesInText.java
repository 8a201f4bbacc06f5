package io.github.lede.extractor.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.model.Article;
import io.github.lede.model.Entity;
import io.github.lede.model.Mention;
import io.github.lede.spi.AnalysisContext;
import java.util.List;

/** The rule tests' shared steps: annotate a text, check every offset, find an entity by name. */
final class EntitiesInText {

    private static final EntityAnnotator ANNOTATOR = new EntityAnnotator();

    private EntitiesInText() {
    }

    /** The entities of {@code text}, after checking that every mention indexes it exactly. */
    static List<Entity> entities(String text) {
        Article article = ANNOTATOR.annotate(Article.builder(text).build(), AnalysisContext.standalone());
        for (Entity e : article.entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets of " + e.name());
            }
        }
        return article.entities();
    }

    /** The entity whose canonical name is {@code name}. */
    static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + entities));
    }

    /** Whether some entity has {@code name} as its name or an alias. */
    static boolean hasName(List<Entity> entities, String name) {
        return entities.stream().anyMatch(e -> e.name().equals(name) || e.aliases().contains(name));
    }
}
