package io.github.lede.format.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.lede.model.Article;
import io.github.lede.model.Cue;
import io.github.lede.model.Entity;
import io.github.lede.model.Gender;
import io.github.lede.model.GrammaticalNumber;
import io.github.lede.model.Mention;
import io.github.lede.model.Paragraph;
import io.github.lede.model.Quote;
import io.github.lede.model.Speaker;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes an {@link Article} in the JSON shape of Lede's public contract: keys in a fixed order,
 * keys without a value left out, lists always present.
 */
final class ArticleSerializer extends StdSerializer<Article> {

    private static final long serialVersionUID = 1L;

    ArticleSerializer() {
        super(Article.class);
    }

    @Override
    public void serialize(Article a, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        optional(g, "source", a.source());
        optional(g, "url", a.url());
        optional(g, "title", a.title());
        optional(g, "description", a.description());
        strings(g, "authors", a.authors());
        optional(g, "published", a.published().map(Object::toString));
        optional(g, "modified", a.modified().map(Object::toString));
        optional(g, "siteName", a.siteName());
        optional(g, "language", a.language());
        optional(g, "image", a.image());
        optional(g, "canonicalUrl", a.canonicalUrl());
        g.writeStringField("text", a.text());
        g.writeArrayFieldStart("paragraphs");
        for (Paragraph p : a.paragraphs()) {
            g.writeStartObject();
            g.writeNumberField("start", p.start());
            g.writeNumberField("end", p.end());
            g.writeStringField("kind", p.kind().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("entities");
        for (Entity e : a.entities()) {
            entity(g, e);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) {
            quote(g, q);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void entity(JsonGenerator g, Entity e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().name());
        g.writeStringField("name", e.name());
        strings(g, "aliases", e.aliases());
        strings(g, "titles", e.titles());
        g.writeArrayFieldStart("mentions");
        for (Mention m : e.mentions()) {
            g.writeStartObject();
            g.writeNumberField("start", m.start());
            g.writeNumberField("end", m.end());
            g.writeStringField("text", m.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (e.salience().isPresent()) {
            g.writeNumberField("salience", e.salience().getAsDouble());
        }
        if (e.gender() != Gender.UNKNOWN) {
            g.writeStringField("gender", e.gender().name());
        }
        if (e.number() != GrammaticalNumber.UNKNOWN) {
            g.writeStringField("number", e.number().name());
        }
        optional(g, "value", e.value());
        g.writeEndObject();
    }

    private static void quote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeStringField("type", q.type().name());
        g.writeStringField("text", q.text());
        g.writeNumberField("start", q.start());
        g.writeNumberField("end", q.end());
        if (q.speaker().isPresent()) {
            Speaker s = q.speaker().get();
            g.writeObjectFieldStart("speaker");
            g.writeStringField("name", s.name());
            optional(g, "entity", s.entity());
            if (s.mention().isPresent()) {
                Mention m = s.mention().get();
                g.writeNumberField("start", m.start());
                g.writeNumberField("end", m.end());
                g.writeStringField("text", m.text());
            }
            g.writeEndObject();
        }
        if (q.cue().isPresent()) {
            Cue c = q.cue().get();
            g.writeObjectFieldStart("cue");
            g.writeStringField("text", c.text());
            g.writeNumberField("start", c.start());
            g.writeNumberField("end", c.end());
            g.writeEndObject();
        }
        g.writeNumberField("confidence", q.confidence());
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String key, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(key, value.get());
        }
    }

    private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
