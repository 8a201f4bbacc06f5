package io.github.lede.format.xml;

import static io.github.lede.format.xml.XmlFormat.NAMESPACE;

import io.github.lede.UnsupportedInputException;
import io.github.lede.model.Article;
import io.github.lede.model.Cue;
import io.github.lede.model.Entity;
import io.github.lede.model.Gender;
import io.github.lede.model.GrammaticalNumber;
import io.github.lede.model.Mention;
import io.github.lede.model.Paragraph;
import io.github.lede.model.Quote;
import io.github.lede.model.Speaker;
import io.github.lede.model.Timestamp;
import io.github.lede.spi.ArticleWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Streams articles into an {@code <articles>} document: each article is serialised as soon as it
 * is written, so memory does not grow with the number of articles.
 */
final class XmlArticleWriter implements ArticleWriter {

    private final Writer chars;
    private final XMLStreamWriter xml;
    private boolean closed;

    XmlArticleWriter(OutputStream out) throws IOException {
        chars = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            // The JDK's own factory, not whatever StAX implementation the class path offers:
            // writeEntityRef("#13") below relies on its behaviour.
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(chars);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            indent(0);
            xml.writeStartElement(NAMESPACE, "articles");
            xml.writeDefaultNamespace(NAMESPACE);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /**
     * Writes one {@code <article>} element.
     *
     * @throws UnsupportedInputException if an entity or quote id holds a control character or a
     *     lone surrogate; nothing of the article is written then
     */
    @Override
    public void write(Article article) throws IOException {
        if (closed) {
            throw new IllegalStateException("writer is closed");
        }
        checkIds(article);
        try {
            indent(1);
            xml.writeStartElement(NAMESPACE, "article");
            optional("source", article.source());
            optional("url", article.url());
            optional("title", article.title());
            optional("description", article.description());
            list(2, "authors", article.authors(), a -> element(3, "author", a));
            optional("published", article.published().map(Timestamp::toString));
            optional("modified", article.modified().map(Timestamp::toString));
            optional("siteName", article.siteName());
            optional("language", article.language());
            optional("image", article.image());
            optional("canonicalUrl", article.canonicalUrl());
            element(2, "text", article.text());
            list(2, "paragraphs", article.paragraphs(), this::paragraph);
            list(2, "entities", article.entities(), this::entity);
            list(2, "quotes", article.quotes(), this::quote);
            indent(1);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void paragraph(Paragraph p) throws XMLStreamException {
        indent(3);
        xml.writeEmptyElement(NAMESPACE, "paragraph");
        span(p.start(), p.end());
        xml.writeAttribute("kind", p.kind().name());
    }

    private void entity(Entity e) throws XMLStreamException {
        indent(3);
        xml.writeStartElement(NAMESPACE, "entity");
        xml.writeAttribute("id", e.id());
        xml.writeAttribute("type", e.type().name());
        if (e.salience().isPresent()) {
            xml.writeAttribute("salience", Double.toString(e.salience().getAsDouble()));
        }
        if (e.gender() != Gender.UNKNOWN) {
            xml.writeAttribute("gender", e.gender().name());
        }
        if (e.number() != GrammaticalNumber.UNKNOWN) {
            xml.writeAttribute("number", e.number().name());
        }
        element(4, "name", e.name());
        if (e.value().isPresent()) {
            element(4, "value", e.value().get());
        }
        list(4, "aliases", e.aliases(), a -> element(5, "alias", a));
        list(4, "titles", e.titles(), t -> element(5, "title", t));
        list(4, "mentions", e.mentions(), this::mention);
        indent(3);
        xml.writeEndElement();
    }

    private void mention(Mention m) throws XMLStreamException {
        indent(5);
        xml.writeStartElement(NAMESPACE, "mention");
        span(m.start(), m.end());
        content(m.text());
        xml.writeEndElement();
    }

    private void quote(Quote q) throws XMLStreamException {
        indent(3);
        xml.writeStartElement(NAMESPACE, "quote");
        xml.writeAttribute("id", q.id());
        xml.writeAttribute("type", q.type().name());
        span(q.start(), q.end());
        xml.writeAttribute("confidence", Double.toString(q.confidence()));
        element(4, "text", q.text());
        if (q.speaker().isPresent()) {
            speaker(q.speaker().get());
        }
        if (q.cue().isPresent()) {
            Cue c = q.cue().get();
            indent(4);
            xml.writeStartElement(NAMESPACE, "cue");
            span(c.start(), c.end());
            content(c.text());
            xml.writeEndElement();
        }
        indent(3);
        xml.writeEndElement();
    }

    private void speaker(Speaker s) throws XMLStreamException {
        indent(4);
        xml.writeStartElement(NAMESPACE, "speaker");
        if (s.entity().isPresent()) {
            xml.writeAttribute("entity", s.entity().get());
        }
        if (s.mention().isPresent()) {
            span(s.mention().get().start(), s.mention().get().end());
        }
        element(5, "name", s.name());
        if (s.mention().isPresent()) {
            element(5, "text", s.mention().get().text());
        }
        indent(4);
        xml.writeEndElement();
    }

    private void span(int start, int end) throws XMLStreamException {
        xml.writeAttribute("start", Integer.toString(start));
        xml.writeAttribute("end", Integer.toString(end));
    }

    private void optional(String name, Optional<String> value) throws XMLStreamException {
        if (value.isPresent()) {
            element(2, name, value.get());
        }
    }

    private void element(int depth, String name, String value) throws XMLStreamException {
        indent(depth);
        xml.writeStartElement(NAMESPACE, name);
        content(value);
        xml.writeEndElement();
    }

    /** A wrapper element, always written (empty when there are no items), as in the JSON shape. */
    private <T> void list(int depth, String name, List<T> items, ItemWriter<T> item) throws XMLStreamException {
        indent(depth);
        if (items.isEmpty()) {
            xml.writeEmptyElement(NAMESPACE, name);
            return;
        }
        xml.writeStartElement(NAMESPACE, name);
        for (T t : items) {
            item.write(t);
        }
        indent(depth);
        xml.writeEndElement();
    }

    /**
     * Writes {@code s} as element content that a parser gives back unchanged: a carriage return
     * as the reference {@code &#13;} (a literal one would be read as a line feed), and each UTF-16
     * unit XML 1.0 cannot hold at all as {@code <char unit="XXXX"/>}.
     */
    private void content(String s) throws XMLStreamException {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\r' && XmlChars.isAllowed(s, i)) {
                if (Character.isHighSurrogate(c)) {
                    i++; // the pair's low half, already checked
                }
                continue;
            }
            if (run < i) {
                xml.writeCharacters(s.substring(run, i));
            }
            if (c == '\r') {
                xml.writeEntityRef("#13");
            } else {
                xml.writeEmptyElement(NAMESPACE, "char");
                xml.writeAttribute("unit", String.format(Locale.ROOT, "%04X", (int) c));
            }
            run = i + 1;
        }
        if (run < s.length()) {
            xml.writeCharacters(s.substring(run));
        }
    }

    private void indent(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Ids go into attributes, where white space other than the space is normalised away. */
    private static void checkIds(Article article) {
        for (Entity e : article.entities()) {
            checkId(article, "entity id", e.id());
        }
        for (Quote q : article.quotes()) {
            checkId(article, "quote id", q.id());
            q.speaker().flatMap(Speaker::entity).ifPresent(id -> checkId(article, "speaker entity id", id));
        }
    }

    private static void checkId(Article article, String what, String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || !XmlChars.isAllowed(id, i)) {
                throw new UnsupportedInputException(String.format(Locale.ROOT,
                        "%s holds U+%04X at index %d, which an XML attribute cannot carry exactly", what, (int) c, i),
                        article.source().orElse(null));
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
    }

    /** Ends the document and flushes; the underlying stream stays open. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            indent(0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close(); // does not close the underlying writer
            chars.write('\n');
            chars.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private static IOException failed(XMLStreamException e) {
        return e.getNestedException() instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }

    @FunctionalInterface
    private interface ItemWriter<T> {
        void write(T item) throws XMLStreamException;
    }
}
