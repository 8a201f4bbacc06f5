package io.github.lede.examples.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Lede;
import io.github.lede.model.Anchored;
import io.github.lede.model.Article;
import io.github.lede.model.Entity;
import io.github.lede.model.Mention;
import io.github.lede.model.Paragraph;
import io.github.lede.model.Quote;
import io.github.lede.spi.ArticleFormat;
import io.github.lede.spi.ArticleWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What must hold for every article Lede produces, whatever the input. */
final class Invariants {

    private Invariants() {
    }

    /** Every span indexes the text exactly, every speaker's entity exists, and JSON and XML round-trip. */
    static void check(Lede lede, Article a) throws IOException {
        String text = a.text();
        for (Paragraph p : a.paragraphs()) {
            assertTrue(p.end() <= text.length(), "paragraph inside the text");
        }
        Set<String> ids = a.entities().stream().map(Entity::id).collect(Collectors.toSet());
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) {
                exact(text, m);
            }
        }
        for (Quote q : a.quotes()) {
            exact(text, q);
            q.cue().ifPresent(c -> exact(text, c));
            q.speaker().ifPresent(s -> {
                s.mention().ifPresent(m -> exact(text, m));
                s.entity().ifPresent(id -> assertTrue(ids.contains(id), "speaker entity " + id + " exists"));
            });
        }
        for (String format : List.of("json", "xml")) {
            assertEquals(a, roundTrip(lede.format(format), a), format + " round trip");
        }
    }

    private static void exact(String text, Anchored span) {
        assertEquals(span.text(), text.substring(span.start(), span.end()));
    }

    private static Article roundTrip(ArticleFormat format, Article a) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArticleWriter w = format.writer(out)) {
            w.write(a);
        }
        List<Article> back = format.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(1, back.size());
        return back.get(0);
    }
}
