package io.github.lede.format.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.lede.model.Article;
import io.github.lede.model.Cue;
import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Gender;
import io.github.lede.model.GrammaticalNumber;
import io.github.lede.model.Mention;
import io.github.lede.model.Paragraph;
import io.github.lede.model.ParagraphKind;
import io.github.lede.model.Quote;
import io.github.lede.model.QuoteType;
import io.github.lede.model.Speaker;
import io.github.lede.model.Timestamp;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an {@link Article} from the JSON that {@link ArticleSerializer} writes. Unknown keys are
 * ignored and {@code null} counts as absent; {@code text} is required, and so is every field a
 * model value cannot be built without (a mention's {@code start}, a quote's {@code id}, ...).
 * Errors are {@link JsonMappingException}s located at the start of the article, naming the
 * offending field by its path, e.g. {@code quotes[2].speaker.name}.
 */
final class ArticleDeserializer extends StdDeserializer<Article> {

    private static final long serialVersionUID = 1L;

    ArticleDeserializer() {
        super(Article.class);
    }

    /** A value that breaks the shape; {@link #deserialize} turns it into a located exception. */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public Article deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonNode node = ctxt.readTree(p);
        try {
            return article(node);
        } catch (Invalid | IllegalArgumentException e) {
            // IllegalArgumentException: the model refuses the values, e.g. a span that misses its text
            throw new JsonMappingException(p, e.getMessage(), start);
        }
    }

    private static Article article(JsonNode n) {
        requireObject(n, "article");
        Article.Builder b = Article.builder(requiredString(n, "text", ""))
                .source(string(n, "source", ""))
                .url(string(n, "url", ""))
                .title(string(n, "title", ""))
                .description(string(n, "description", ""))
                .authors(strings(n, "authors", ""))
                .published(timestamp(n, "published"))
                .modified(timestamp(n, "modified"))
                .siteName(string(n, "siteName", ""))
                .language(string(n, "language", ""))
                .image(string(n, "image", ""))
                .canonicalUrl(string(n, "canonicalUrl", ""));
        List<Paragraph> paragraphs = new ArrayList<>();
        List<JsonNode> items = array(n, "paragraphs", "");
        for (int i = 0; i < items.size(); i++) {
            String path = "paragraphs[" + i + "].";
            JsonNode p = requireObject(items.get(i), path);
            paragraphs.add(new Paragraph(integer(p, "start", path), integer(p, "end", path),
                    constant(ParagraphKind.class, requiredString(p, "kind", path), path + "kind")));
        }
        List<Entity> entities = new ArrayList<>();
        items = array(n, "entities", "");
        for (int i = 0; i < items.size(); i++) {
            entities.add(entity(requireObject(items.get(i), "entities[" + i + "]"), "entities[" + i + "]."));
        }
        List<Quote> quotes = new ArrayList<>();
        items = array(n, "quotes", "");
        for (int i = 0; i < items.size(); i++) {
            quotes.add(quote(requireObject(items.get(i), "quotes[" + i + "]"), "quotes[" + i + "]."));
        }
        return b.paragraphs(paragraphs).entities(entities).quotes(quotes).build();
    }

    private static Entity entity(JsonNode n, String path) {
        String type = requiredString(n, "type", path);
        Entity.Builder b = Entity.builder(requiredString(n, "id", path), EntityType.of(type),
                        requiredString(n, "name", path))
                .addAliases(strings(n, "aliases", path));
        strings(n, "titles", path).forEach(b::addTitle);
        List<JsonNode> mentions = array(n, "mentions", path);
        for (int i = 0; i < mentions.size(); i++) {
            b.addMention(mention(requireObject(mentions.get(i), path + "mentions[" + i + "]"),
                    path + "mentions[" + i + "]."));
        }
        JsonNode salience = n.get("salience");
        if (present(salience)) {
            b.salience(number(salience, path + "salience"));
        }
        String gender = string(n, "gender", path);
        if (gender != null) {
            b.gender(constant(Gender.class, gender, path + "gender"));
        }
        String number = string(n, "number", path);
        if (number != null) {
            b.number(constant(GrammaticalNumber.class, number, path + "number"));
        }
        return b.value(string(n, "value", path)).build();
    }

    private static Quote quote(JsonNode n, String path) {
        Quote.Builder b = Quote.builder(requiredString(n, "id", path),
                constant(QuoteType.class, requiredString(n, "type", path), path + "type"), mention(n, path));
        JsonNode speaker = n.get("speaker");
        if (present(speaker)) {
            String sp = path + "speaker.";
            requireObject(speaker, path + "speaker");
            String name = requiredString(speaker, "name", sp);
            Speaker s = present(speaker.get("start")) || present(speaker.get("end")) || present(speaker.get("text"))
                    ? Speaker.of(name, mention(speaker, sp)) : Speaker.of(name);
            String entity = string(speaker, "entity", sp);
            b.speaker(entity == null ? s : s.withEntity(entity));
        }
        JsonNode cue = n.get("cue");
        if (present(cue)) {
            String cp = path + "cue.";
            requireObject(cue, path + "cue");
            b.cue(new Cue(requiredString(cue, "text", cp), integer(cue, "start", cp), integer(cue, "end", cp)));
        }
        JsonNode confidence = n.get("confidence");
        if (present(confidence)) {
            b.confidence(number(confidence, path + "confidence"));
        }
        return b.build();
    }

    private static Mention mention(JsonNode n, String path) {
        return new Mention(integer(n, "start", path), integer(n, "end", path), requiredString(n, "text", path));
    }

    private static boolean present(JsonNode v) {
        return v != null && !v.isNull();
    }

    private static JsonNode requireObject(JsonNode n, String what) {
        if (!n.isObject()) {
            throw new Invalid(what + " must be a JSON object, not " + describe(n));
        }
        return n;
    }

    private static String string(JsonNode n, String key, String path) {
        JsonNode v = n.get(key);
        if (!present(v)) {
            return null;
        }
        if (!v.isTextual()) {
            throw new Invalid(path + key + " must be a string, not " + describe(v));
        }
        return v.textValue();
    }

    private static String requiredString(JsonNode n, String key, String path) {
        String s = string(n, key, path);
        if (s == null) {
            throw new Invalid("missing required field " + path + key);
        }
        return s;
    }

    private static int integer(JsonNode n, String key, String path) {
        JsonNode v = n.get(key);
        if (!present(v)) {
            throw new Invalid("missing required field " + path + key);
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new Invalid(path + key + " must be an integer offset, not " + describe(v));
        }
        return v.intValue();
    }

    private static double number(JsonNode v, String path) {
        if (!v.isNumber()) {
            throw new Invalid(path + " must be a number, not " + describe(v));
        }
        return v.doubleValue();
    }

    private static List<JsonNode> array(JsonNode n, String key, String path) {
        JsonNode v = n.get(key);
        List<JsonNode> out = new ArrayList<>();
        if (!present(v)) {
            return out;
        }
        if (!v.isArray()) {
            throw new Invalid(path + key + " must be an array, not " + describe(v));
        }
        v.forEach(out::add);
        return out;
    }

    private static List<String> strings(JsonNode n, String key, String path) {
        List<JsonNode> items = array(n, key, path);
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode v = items.get(i);
            if (!v.isTextual()) {
                throw new Invalid(path + key + "[" + i + "] must be a string, not " + describe(v));
            }
            out.add(v.textValue());
        }
        return out;
    }

    private static Timestamp timestamp(JsonNode n, String key) {
        String s = string(n, key, "");
        return s == null ? null : Timestamp.parse(s);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String path) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new Invalid(path + " must be one of " + List.of(type.getEnumConstants()) + ", not \"" + name + "\"");
        }
    }

    private static String describe(JsonNode v) {
        return v.getNodeType().name().toLowerCase(Locale.ROOT) + (v.isValueNode() ? " " + v : "");
    }
}
