package io.github.lede.format.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.lede.Lede;
import io.github.lede.model.Article;
import io.github.lede.spi.ArticleFormat;
import io.github.lede.spi.ArticleWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9's round trip: JSON -> article -> XML -> article -> JSON gives the same JSON. */
class JsonXmlRoundTripTest {

    private final XmlFormat xml = new XmlFormat();

    @Test
    void jsonToXmlAndBackIsIdentical() throws IOException {
        ArticleFormat json = json();
        for (List<Article> batch : List.of(
                List.of(TestArticles.full()),
                List.of(TestArticles.full(), Article.builder("Just text.").build(), Article.builder("").build()))) {
            String before = new String(write(json, batch), StandardCharsets.UTF_8);
            List<Article> fromJson = json.read(new ByteArrayInputStream(before.getBytes(StandardCharsets.UTF_8)));
            assertEquals(batch, fromJson, "the JSON format itself round-trips");
            List<Article> fromXml = xml.read(new ByteArrayInputStream(write(xml, fromJson)));
            String after = new String(write(json, fromXml), StandardCharsets.UTF_8);
            assertEquals(before, after);
            assertTrue(before.contains("\"paragraphs\""), before);
        }
    }

    private static ArticleFormat json() {
        List<ArticleFormat> found = Lede.create().registry().formats().stream()
                .filter(f -> f.name().equals("json")).toList();
        assumeTrue(!found.isEmpty() && found.get(0).canRead(), "the json format (formats/json) is not on main yet");
        return found.get(0);
    }

    private static byte[] write(ArticleFormat format, List<Article> articles) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArticleWriter w = format.writer(out)) {
            for (Article a : articles) {
                w.write(a);
            }
        }
        return out.toByteArray();
    }
}
