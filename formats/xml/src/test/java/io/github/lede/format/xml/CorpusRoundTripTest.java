package io.github.lede.format.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.lede.Lede;
import io.github.lede.model.Article;
import io.github.lede.spi.ArticleWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/** The plain-text gold corpus, extracted by Lede, survives XML unchanged and validates. */
class CorpusRoundTripTest {

    @Test
    void corpusArticlesRoundTripAndValidate() throws Exception {
        Path corpus = Path.of(System.getProperty("lede.shared.dir", "../../../shared")).resolve("corpus");
        assumeTrue(Files.isDirectory(corpus), "gold corpus not found at " + corpus.toAbsolutePath());
        List<Path> samples;
        try (Stream<Path> files = Files.list(corpus)) {
            samples = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!samples.isEmpty(), "no plain-text samples in " + corpus);
        Lede lede = Lede.create();
        List<Article> articles = new ArrayList<>();
        for (Path sample : samples) {
            articles.add(lede.analyze(sample));
        }
        assertTrue(articles.stream().allMatch(a -> a.text().contains("\n\n") && !a.paragraphs().isEmpty()),
                "every sample has several paragraphs");

        XmlFormat format = new XmlFormat();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArticleWriter w = format.writer(out)) {
            for (Article a : articles) {
                w.write(a);
            }
        }
        assertEquals(articles, format.read(new ByteArrayInputStream(out.toByteArray())));
        SchemaFactory.newDefaultInstance().newSchema(XmlFormat.schema()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(out.toByteArray())));
    }
}
