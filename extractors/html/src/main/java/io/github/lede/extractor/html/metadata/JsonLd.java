package io.github.lede.extractor.html.metadata;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The schema.org objects of a page's JSON-LD scripts, read leniently: several scripts, several
 * values in one script, arrays, {@code @graph}, objects nested in other objects, trailing commas,
 * comments, raw control characters, single quotes and HTML-escaped JSON are all accepted. A
 * script that still does not parse is skipped.
 */
final class JsonLd {

    private static final int MAX_OBJECTS = 2_000;
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_MISSING_VALUES)
            .build().readerFor(JsonNode.class);
    private static final Pattern WRAPPER = Pattern.compile("^\\s*(?://\\s*)?(?:<!--|<!\\[CDATA\\[)|(?://\\s*)?(?:-->|\\]\\]>)\\s*$");

    private final List<JsonNode> objects;
    /** The objects that describe a node, by {@code @id}: the targets of references such as {@code {"@id": "#person"}}. */
    private final Map<String, JsonNode> byId = new HashMap<>();

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
        for (JsonNode o : objects) {
            JsonNode id = o.get("@id");
            if (id != null && id.isTextual() && !isReference(o)) {
                byId.putIfAbsent(id.asText(), o);
            }
        }
    }

    /** Reads the given {@code application/ld+json} scripts. */
    static JsonLd of(List<Element> scripts) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : scripts) {
            String data = script.data();
            // the wrapper pattern is tried at every position, so it runs only where a wrapper can be
            String json = (data.contains("<!") || data.contains("-->") || data.contains("]]>")
                    ? WRAPPER.matcher(data).replaceAll("") : data).strip();
            if (json.isEmpty()) {
                continue;
            }
            List<JsonNode> roots = read(json);
            if (roots.isEmpty() && json.contains("&")) {
                roots = read(Parser.unescapeEntities(json, false));
            }
            flatten(roots, objects);
        }
        return new JsonLd(objects);
    }

    private static List<JsonNode> read(String json) {
        List<JsonNode> roots = new ArrayList<>();
        try (MappingIterator<JsonNode> it = READER.readValues(json)) {
            while (it.hasNextValue()) {
                roots.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            // keep what parsed before the error; an unreadable script is skipped
        }
        return roots;
    }

    /** Every object reachable from the roots, parents before children, in document order. */
    private static void flatten(List<JsonNode> roots, List<JsonNode> out) {
        Deque<JsonNode> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty() && out.size() < MAX_OBJECTS) {
            JsonNode n = stack.pop();
            if (n.isObject()) {
                out.add(n);
            }
            if (n.isContainerNode()) {
                List<JsonNode> children = new ArrayList<>();
                n.elements().forEachRemaining(c -> {
                    if (c.isContainerNode()) {
                        children.add(c);
                    }
                });
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            }
        }
    }

    /** The article object: the first one whose type is an article or a posting, preferring one with a headline. */
    Optional<JsonNode> article() {
        JsonNode first = null;
        for (JsonNode o : objects) {
            if (isArticle(o)) {
                if (o.hasNonNull("headline")) {
                    return Optional.of(o);
                }
                if (first == null) {
                    first = o;
                }
            }
        }
        return Optional.ofNullable(first);
    }

    /** Every object whose {@code @type} is one of {@code types} (lower-case). */
    List<JsonNode> ofType(String... types) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode o : objects) {
            for (String t : types(o)) {
                for (String want : types) {
                    if (t.equals(want)) {
                        out.add(o);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The object a reference points to: {@code {"@id": "https://example.com/#/schema/person/1"}}
     * resolved to the {@code Person} node of the page's {@code @graph} with that {@code @id};
     * {@code node} itself when it is not a reference or nothing on the page describes its target.
     */
    JsonNode resolve(JsonNode node) {
        if (node == null || !node.isObject() || !isReference(node)) {
            return node;
        }
        JsonNode target = byId.get(node.get("@id").asText());
        return target == null ? node : target;
    }

    /** Whether {@code o} only names a node: it has an {@code @id} and nothing else but a type. */
    private static boolean isReference(JsonNode o) {
        JsonNode id = o.get("@id");
        if (id == null || !id.isTextual()) {
            return false;
        }
        Iterator<String> fields = o.fieldNames();
        while (fields.hasNext()) {
            String f = fields.next();
            if (!f.equals("@id") && !f.equals("@type")) {
                return false;
            }
        }
        return true;
    }

    /** All objects, in document order. */
    List<JsonNode> objects() {
        return objects;
    }

    static boolean isArticle(JsonNode o) {
        for (String t : types(o)) {
            if (t.endsWith("article") || t.endsWith("posting") || t.equals("report") || t.equals("review")) {
                return true;
            }
        }
        return false;
    }

    static List<String> types(JsonNode o) {
        List<String> out = new ArrayList<>();
        JsonNode t = o.get("@type");
        if (t == null) {
            return out;
        }
        Iterator<JsonNode> it = t.isArray() ? t.elements() : List.of(t).iterator();
        while (it.hasNext()) {
            JsonNode v = it.next();
            if (v.isTextual()) {
                String s = v.asText().toLowerCase(Locale.ROOT);
                out.add(s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':')) + 1));
            }
        }
        return out;
    }

    /** A field's text: a string, a number, the first of an array, or an object's {@code name}/{@code url}/{@code @value}. */
    static Optional<String> text(JsonNode o, String field) {
        JsonNode v = o == null ? null : o.get(field);
        return text(v);
    }

    static Optional<String> text(JsonNode v) {
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isArray()) {
            for (JsonNode e : v) {
                Optional<String> t = text(e);
                if (t.isPresent()) {
                    return t;
                }
            }
            return Optional.empty();
        }
        if (v.isObject()) {
            for (String k : List.of("name", "url", "@value", "@id")) {
                if (v.hasNonNull(k) && v.get(k).isValueNode()) {
                    return text(v.get(k));
                }
            }
            return Optional.empty();
        }
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
