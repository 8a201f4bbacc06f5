package io.github.lede.format.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.lede.Lede;
import io.github.lede.UnreadableInputException;
import io.github.lede.model.Article;
import io.github.lede.model.Paragraph;
import io.github.lede.model.ParagraphKind;
import io.github.lede.spi.ArticleFormat;
import io.github.lede.spi.ArticleWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFormatTest {

    private final JsonFormat json = new JsonFormat();

    /** A two-paragraph article with a title and nothing else. */
    private static Article small() {
        return Article.builder("First line.\n\nSecond “line”.")
                .title("A small one")
                .paragraphs(List.of(new Paragraph(0, 11, ParagraphKind.PARAGRAPH),
                        new Paragraph(13, 27, ParagraphKind.PARAGRAPH)))
                .build();
    }

    static String write(ArticleFormat format, List<Article> articles) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArticleWriter w = format.writer(out)) {
            for (Article a : articles) {
                w.write(a);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<Article> read(ArticleFormat format, String text) throws IOException {
        return format.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesTheContractShapeExactly() throws IOException {
        assertEquals("""
                {
                  "title": "A small one",
                  "authors": [],
                  "text": "First line.\\n\\nSecond “line”.",
                  "paragraphs": [
                    {
                      "start": 0,
                      "end": 11,
                      "kind": "PARAGRAPH"
                    },
                    {
                      "start": 13,
                      "end": 27,
                      "kind": "PARAGRAPH"
                    }
                  ],
                  "entities": [],
                  "quotes": []
                }
                """, write(json, List.of(small())));
    }

    @Test
    void writesEveryKeyInContractOrder() throws IOException {
        String out = write(json, List.of(Articles.full()));
        List<String> keys = List.of("\"source\"", "\"url\"", "\"title\"", "\"description\"", "\"authors\"",
                "\"published\"", "\"modified\"", "\"siteName\"", "\"language\"", "\"image\"", "\"canonicalUrl\"",
                "\"text\"", "\"paragraphs\"", "\"entities\"", "\"quotes\"");
        int previous = -1;
        for (String k : keys) {
            int at = out.indexOf(k);
            assertTrue(at > previous, k + " out of order in\n" + out);
            previous = at;
        }
        assertTrue(out.contains("\"published\": \"2024-02-08T10:15:00Z\""), out);
        assertTrue(out.contains("\"modified\": \"2024-02-08T12:00:00+02:00\""), out);
    }

    @Test
    void writesEntitiesAndQuotesCompactlyInJsonLines() throws IOException {
        String line = write(new JsonLinesFormat(), List.of(Articles.full())).strip();
        assertTrue(line.contains("{\"id\":\"E1\",\"type\":\"PERSON\",\"name\":\"Antony Blinken\","
                + "\"aliases\":[\"Blinken\"],\"titles\":[\"U.S. Secretary of State\"],\"mentions\":[{\"start\":45,"
                + "\"end\":59,\"text\":\"Antony Blinken\"},{\"start\":159,\"end\":166,\"text\":\"Blinken\"}],"
                + "\"salience\":0.31,\"gender\":\"MALE\",\"number\":\"SINGULAR\"}"), line);
        // UNKNOWN gender and number, no salience, no value: keys left out, lists kept
        assertTrue(line.contains("{\"id\":\"E2\",\"type\":\"PERSON\",\"name\":\"Benny Gantz\",\"aliases\":[],"
                + "\"titles\":[],\"mentions\":[{\"start\":64,\"end\":75,\"text\":\"Benny Gantz\"},{\"start\":149,"
                + "\"end\":151,\"text\":\"he\"}]},"), line);
        assertTrue(line.contains("\"value\":\"2024-02-08\"}"), line);
        assertTrue(line.contains("{\"id\":\"Q1\",\"type\":\"DIRECT\",\"text\":\"That being done, many things can be"
                + " achieved,\",\"start\":102,\"end\":147,\"speaker\":{\"name\":\"Benny Gantz\",\"entity\":\"E2\","
                + "\"start\":149,\"end\":151,\"text\":\"he\"},\"cue\":{\"text\":\"added\",\"start\":152,\"end\":157},"
                + "\"confidence\":0.93}"), line);
        // no cue, a speaker without a place in the text
        assertTrue(line.contains("{\"id\":\"Q3\",\"type\":\"INDIRECT\",\"text\":\"agreed\",\"start\":218,"
                + "\"end\":224,\"speaker\":{\"name\":\"Halevi‘s aides\"},\"confidence\":0.5}]}"), line);
    }

    @Test
    void roundTripsAFullyPopulatedArticle() throws IOException {
        Article full = Articles.full();
        assertEquals(List.of(full), read(json, write(json, List.of(full))));
        JsonLinesFormat jsonl = new JsonLinesFormat();
        assertEquals(List.of(full, small(), full), read(jsonl, write(jsonl, List.of(full, small(), full))));
    }

    @Test
    void moduleRoundTripsOnTheUsersOwnMapper() throws IOException {
        ObjectMapper mapper = JsonMapper.builder().addModule(new LedeJsonModule()).build();
        Article full = Articles.full();
        assertEquals(full, mapper.readValue(mapper.writeValueAsString(full), Article.class));
    }

    @Test
    void oneArticleIsAnObjectSeveralAnArrayNoneAnEmptyArray() throws IOException {
        assertTrue(write(json, List.of(small())).startsWith("{\n"));
        String two = write(json, List.of(small(), Articles.full()));
        assertTrue(two.startsWith("[\n  {\n    \"title\": \"A small one\","), two);
        assertTrue(two.endsWith("\n]\n"), two);
        assertEquals(List.of(small(), Articles.full()), read(json, two));
        assertEquals("[]\n", write(json, List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArticleWriter w = json.arrayWriter(out)) {
            w.write(small());
        }
        assertEquals("[\n" + write(json, List.of(small())).indent(2).stripTrailing() + "\n]\n",
                out.toString(StandardCharsets.UTF_8));
        out.reset();
        json.arrayWriter(out).close();
        assertEquals("[]\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), read(json, "[]"));
    }

    @Test
    void jsonLinesWritesOneCompactObjectPerLineInOrder() throws IOException {
        Article a = small();
        Article b = small().toBuilder().title("Another").build();
        String out = write(new JsonLinesFormat(), List.of(a, b));
        String line = "{\"title\":\"A small one\",\"authors\":[],\"text\":\"First line.\\n\\nSecond “line”.\","
                + "\"paragraphs\":[{\"start\":0,\"end\":11,\"kind\":\"PARAGRAPH\"},{\"start\":13,\"end\":27,"
                + "\"kind\":\"PARAGRAPH\"}],\"entities\":[],\"quotes\":[]}";
        assertEquals(line + "\n" + line.replace("A small one", "Another") + "\n", out);
        assertEquals(List.of(a, b), read(new JsonLinesFormat(), "\n" + out.replace("\n", "\n\n  \n")));
    }

    @Test
    void readingIgnoresUnknownKeysAndNeedsOnlyText() throws IOException {
        List<Article> read = read(json, "{\"text\": \"Hello.\", \"score\": {\"x\": [1, 2]}, \"title\": null}");
        assertEquals(List.of(Article.builder("Hello.").build()), read);
    }

    @Test
    void malformedJsonGivesItsLineAndColumn() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> read(json, "{\n  \"text\": \"a\",\n  \"title\": }"));
        assertTrue(e.getMessage().startsWith("invalid json at line 3, column 12: Unexpected character ('}'"),
                e.getMessage());
    }

    @Test
    void missingTextIsNamedWithTheArticlesLocation() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> read(json, "[\n  {\"text\": \"a\"},\n  {\"title\": \"no body\"}\n]"));
        assertEquals("invalid json at line 3, column 3: missing required field text", e.getMessage());
    }

    @Test
    void aSpanThatMissesTheTextIsRefused() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> read(json,
                "{\"text\": \"Ann spoke.\", \"entities\": [{\"id\": \"E1\", \"type\": \"PERSON\", \"name\": \"Ann\","
                        + " \"mentions\": [{\"start\": 1, \"end\": 4, \"text\": \"Ann\"}]}]}"));
        assertTrue(e.getMessage().startsWith("invalid json at line 1, column 1: mention of E1 [1, 4) claims \"Ann\""),
                e.getMessage());
        e = assertThrows(UnreadableInputException.class, () -> read(json,
                "{\"text\": \"Ann spoke.\", \"paragraphs\": [{\"start\": 0, \"end\": \"ten\", \"kind\": \"PARAGRAPH\"}]}"));
        assertEquals("invalid json at line 1, column 1: paragraphs[0].end must be an integer offset, not string \"ten\"",
                e.getMessage());
    }

    @Test
    void anythingButArticlesIsRefused() {
        assertEquals("invalid json at line 1, column 1: expected an article object or an array of them, found the value 42",
                assertThrows(UnreadableInputException.class, () -> read(json, "42")).getMessage());
        assertEquals("invalid json at line 1, column 2: expected an article object, found the value \"x\"",
                assertThrows(UnreadableInputException.class, () -> read(json, "[\"x\"]")).getMessage());
        assertEquals("invalid json at line 1, column 15: expected the end of the input, found '{'",
                assertThrows(UnreadableInputException.class, () -> read(json, "{\"text\": \"a\"} {}")).getMessage());
        assertEquals("invalid json: the input is empty",
                assertThrows(UnreadableInputException.class, () -> read(json, " \n")).getMessage());
    }

    @Test
    void jsonLinesErrorsNameTheLine() {
        JsonLinesFormat jsonl = new JsonLinesFormat();
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> read(jsonl, "{\"text\": \"a\"}\n\n{\"text\": \"b\"\n"));
        assertTrue(e.getMessage().startsWith("invalid jsonl at line 3, column 13: Unexpected end-of-input"),
                e.getMessage());
        assertEquals("invalid jsonl at line 2, column 15: expected the end of the line, found '{'",
                assertThrows(UnreadableInputException.class,
                        () -> read(jsonl, "{\"text\": \"a\"}\n{\"text\": \"b\"} {\"text\": \"c\"}")).getMessage());
        assertInstanceOf(JsonMappingException.class, assertThrows(UnreadableInputException.class,
                () -> read(jsonl, "{\"id\": 1}")).getCause());
    }

    @Test
    void bothFormatsAreFoundByName() {
        Lede lede = Lede.builder().noAnnotators().build();
        assertInstanceOf(JsonFormat.class, lede.format("json"));
        assertInstanceOf(JsonLinesFormat.class, lede.format("JSONL"));
        assertEquals("application/x-ndjson", lede.format("jsonl").mediaType());
    }
}
