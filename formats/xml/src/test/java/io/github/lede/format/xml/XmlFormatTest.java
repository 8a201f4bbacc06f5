package io.github.lede.format.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Lede;
import io.github.lede.UnreadableInputException;
import io.github.lede.UnsupportedInputException;
import io.github.lede.model.Article;
import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Paragraph;
import io.github.lede.model.ParagraphKind;
import io.github.lede.spi.ArticleWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

class XmlFormatTest {

    private final XmlFormat format = new XmlFormat();

    @Test
    void fullyPopulatedArticleRoundTripsExactly() throws IOException {
        Article article = TestArticles.full();
        List<Article> back = format.read(new ByteArrayInputStream(write(article)));
        assertEquals(List.of(article), back);
        // equals covers every field; check the parts XML likes to mangle directly too
        assertEquals(article.text(), back.get(0).text());
        assertEquals(article.entities().get(0).mentions(), back.get(0).entities().get(0).mentions());
    }

    @Test
    void severalArticlesKeepTheirOrder() throws IOException {
        Article minimal = Article.builder("Just text.").build();
        Article empty = Article.builder("").build();
        List<Article> articles = List.of(TestArticles.full(), minimal, empty);
        assertEquals(articles, format.read(new ByteArrayInputStream(write(articles.toArray(Article[]::new)))));
    }

    @Test
    void noArticlesGiveAnEmptyArticlesElement() throws IOException {
        byte[] xml = write();
        assertTrue(new String(xml, StandardCharsets.UTF_8).contains("<articles xmlns=\"" + XmlFormat.NAMESPACE + "\">"));
        assertEquals(List.of(), format.read(new ByteArrayInputStream(xml)));
    }

    @Test
    void textStaysReadableAndEscapesOnlyWhatXmlCannotCarry() throws IOException {
        String xml = new String(write(TestArticles.full()), StandardCharsets.UTF_8);
        // paragraph breaks and typographic quotes are written as they are
        assertTrue(xml.contains("ceasefire.\n\n“We are close,” Blinken said"), xml);
        assertTrue(xml.contains("<char unit=\"0007\"/>"), xml);
        assertTrue(xml.contains("<char unit=\"D800\"/>"), xml);
        assertTrue(xml.contains("line one&#13;\nline two"), xml);
        assertTrue(xml.contains("a ]]&gt; b &amp; c &lt; d"), xml);
        assertFalse(xml.contains("\r"), "a literal carriage return would be read back as a line feed");
    }

    @Test
    void writerOutputIsValidAgainstTheShippedSchema() throws Exception {
        Validator validator = SchemaFactory.newDefaultInstance().newSchema(XmlFormat.schema()).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(
                write(TestArticles.full(), Article.builder("").build()))));
        validator.validate(new StreamSource(new ByteArrayInputStream(write())));
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() throws Exception {
        Validator validator = SchemaFactory.newDefaultInstance().newSchema(XmlFormat.schema()).newValidator();
        String noText = "<articles xmlns=\"" + XmlFormat.NAMESPACE + "\"><article><authors/><paragraphs/>"
                + "<entities/><quotes/></article></articles>";
        assertThrows(SAXException.class,
                () -> validator.validate(new StreamSource(new ByteArrayInputStream(bytes(noText)))));
        assertThrows(UnreadableInputException.class, () -> format.read(new ByteArrayInputStream(bytes(noText))));
    }

    @Test
    void readsASingleArticleRoot() throws IOException {
        String xml = "<?xml version=\"1.0\"?>\n<article xmlns=\"" + XmlFormat.NAMESPACE + "\">"
                + "<title>  Kept as built  </title><text>  two\n\nparas  </text>"
                + "<paragraphs><paragraph start=\"2\" end=\"5\" kind=\"HEADING\"/></paragraphs></article>";
        List<Article> read = format.read(new ByteArrayInputStream(bytes(xml)));
        assertEquals(1, read.size());
        assertEquals("  two\n\nparas  ", read.get(0).text(), "character data is never trimmed");
        assertEquals(List.of(new Paragraph(2, 5, ParagraphKind.HEADING)), read.get(0).paragraphs());
        assertEquals("Kept as built", read.get(0).title().orElseThrow());
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        String xml = "<articles xmlns=\"" + XmlFormat.NAMESPACE + "\">\n<article>\n<text>a</txt>\n</article></articles>";
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> format.read(new ByteArrayInputStream(bytes(xml))));
        assertTrue(e.getMessage().contains("line 3, column"), e.getMessage());
    }

    @Test
    void notXmlAtAllIsUnreadable() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> format.read(new ByteArrayInputStream(bytes("{\"text\": \"json\"}"))));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        assertThrows(UnreadableInputException.class, () -> format.read(new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void spansThatDoNotMatchTheTextAreUnreadable() {
        String xml = "<article xmlns=\"" + XmlFormat.NAMESPACE + "\"><text>Hello Ada</text><entities>\n"
                + "<entity id=\"E1\" type=\"PERSON\"><name>Ada</name><mentions>"
                + "<mention start=\"0\" end=\"3\">Ada</mention></mentions></entity></entities></article>";
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> format.read(new ByteArrayInputStream(bytes(xml))));
        assertTrue(e.getMessage().contains("claims \"Ada\""), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void badAttributesAndStrayElementsAreUnreadable() {
        String ns = "<article xmlns=\"" + XmlFormat.NAMESPACE + "\"><text>Hi</text>";
        for (String body : List.of(
                "<paragraphs><paragraph start=\"0\" end=\"2\" kind=\"CHAPTER\"/></paragraphs>",
                "<paragraphs><paragraph start=\"zero\" end=\"2\" kind=\"PARAGRAPH\"/></paragraphs>",
                "<paragraphs><paragraph end=\"2\" kind=\"PARAGRAPH\"/></paragraphs>",
                "<byline>x</byline>",
                "<title xmlns=\"urn:other\">x</title>",
                "<authors>stray text</authors>",
                "<title>a<char unit=\"XYZ\"/></title>",
                "<title>a<char xmlns=\"urn:other\" unit=\"0001\"/></title>",
                "<title>a<b>bold</b></title>")) {
            UnreadableInputException e = assertThrows(UnreadableInputException.class,
                    () -> format.read(new ByteArrayInputStream(bytes(ns + body + "</article>"))), body);
            assertTrue(e.getMessage().startsWith("malformed Lede XML at line 1, column"), e.getMessage());
        }
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<article xmlns=\"" + XmlFormat.NAMESPACE + "\"><text>&xxe;</text></article>";
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> format.read(new ByteArrayInputStream(bytes(xml))));
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
    }

    @Test
    void entityExpansionIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE article [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<article xmlns=\"" + XmlFormat.NAMESPACE + "\"><text>&c;</text></article>";
        assertThrows(UnreadableInputException.class, () -> format.read(new ByteArrayInputStream(bytes(xml))));
    }

    @Test
    void undeclaredEntityIsUnreadable() {
        String xml = "<article xmlns=\"" + XmlFormat.NAMESPACE + "\"><text>&nbsp;</text></article>";
        assertThrows(UnreadableInputException.class, () -> format.read(new ByteArrayInputStream(bytes(xml))));
    }

    @Test
    void idsAnAttributeCannotCarryAreRefusedBeforeAnythingIsWritten() throws IOException {
        String text = "Ada spoke.";
        Article bad = Article.builder(text).source("bad.txt")
                .entities(List.of(Entity.builder("E\n1", EntityType.PERSON, "Ada").build())).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArticleWriter w = format.writer(out)) {
            UnsupportedInputException e = assertThrows(UnsupportedInputException.class, () -> w.write(bad));
            assertTrue(e.getMessage().contains("U+000A at index 1"), e.getMessage());
            assertEquals("bad.txt", e.input().orElseThrow());
            w.write(Article.builder(text).build());
        }
        assertEquals(List.of(Article.builder(text).build()), format.read(new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    void writerLeavesTheStreamOpenAndClosesOnce() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArticleWriter w = format.writer(out);
        w.write(Article.builder("x").build());
        w.close();
        w.close();
        out.write(' ');
        assertThrows(IllegalStateException.class, () -> w.write(Article.builder("y").build()));
        assertTrue(new String(out.toByteArray(), StandardCharsets.UTF_8).endsWith("</articles>\n "));
    }

    @Test
    void isFoundByServiceLoader() {
        assertInstanceOf(XmlFormat.class, Lede.create().format("xml"));
        assertTrue(format.canRead());
        assertEquals("application/xml", format.mediaType());
        assertEquals("xml", format.fileExtension());
    }

    @Test
    void schemaIsInTheArtifact() throws IOException {
        try (var in = XmlFormat.schema().openStream()) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .contains("targetNamespace=\"" + XmlFormat.NAMESPACE + "\""));
        }
    }

    private byte[] write(Article... articles) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArticleWriter w = format.writer(out)) {
            for (Article a : articles) {
                w.write(a);
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
