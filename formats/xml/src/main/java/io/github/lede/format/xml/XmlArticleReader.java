package io.github.lede.format.xml;

import static io.github.lede.format.xml.XmlFormat.NAMESPACE;

import io.github.lede.UnreadableInputException;
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
import io.github.lede.text.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the documents {@link XmlArticleWriter} writes. One instance reads one document; it is a
 * small recursive-descent parser over StAX events, so element nesting is bounded by the format
 * and never by the input.
 */
final class XmlArticleReader {

    private final XMLStreamReader xml;

    private XmlArticleReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    static List<Article> read(InputStream in) throws IOException {
        String document = decode(in.readAllBytes());
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // No DTD means no entity declarations: nothing to expand (billion laughs) and nothing
        // external to fetch (XXE). A DOCTYPE is also refused outright in next().
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new StringReader(document));
            return new XmlArticleReader(xml).document();
        } catch (XMLStreamException e) {
            throw unreadable(e.getLocation(), withoutLocation(e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            // a model constructor refused a value: a bad span, an unknown type name, a bad number
            throw unreadable(xml == null ? null : xml.getLocation(), e.getMessage(), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing frees the parser only; the caller owns the stream
                }
            }
        }
    }

    /**
     * Decodes the bytes before the parser sees them: the JDK's parser reports bad byte sequences by
     * printing to standard error, and a library must not print. Lede writes UTF-8; UTF-16 is read
     * when a byte-order mark says so.
     */
    private static String decode(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        Charset charset = TextDecoder.bomCharset(buffer).orElse(StandardCharsets.UTF_8);
        int skip = charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3
                : charset.equals(StandardCharsets.UTF_8) ? 0 : 2;
        buffer.position(skip);
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException("invalid xml: the input is not valid " + charset.name(), null, e);
        }
    }

    private List<Article> document() throws XMLStreamException {
        List<Article> articles = new ArrayList<>();
        if (!nextChild()) {
            throw error("the document has no root element");
        }
        if (is("articles")) {
            while (nextChild()) {
                expect("article");
                articles.add(article());
            }
        } else if (is("article")) {
            articles.add(article());
        } else {
            throw error("expected <articles> or <article> in " + NAMESPACE + ", found " + found());
        }
        while (xml.hasNext()) {
            next(); // reports anything malformed after the root
        }
        return articles;
    }

    private Article article() throws XMLStreamException {
        Article.Builder b = Article.builder("");
        boolean hasText = false;
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "source" -> b.source(content());
                case "url" -> b.url(content());
                case "title" -> b.title(content());
                case "description" -> b.description(content());
                case "authors" -> b.authors(strings("author"));
                case "published" -> b.published(timestamp());
                case "modified" -> b.modified(timestamp());
                case "siteName" -> b.siteName(content());
                case "language" -> b.language(content());
                case "image" -> b.image(content());
                case "canonicalUrl" -> b.canonicalUrl(content());
                case "text" -> {
                    b.text(content());
                    hasText = true;
                }
                case "paragraphs" -> b.paragraphs(paragraphs());
                case "entities" -> b.entities(entities());
                case "quotes" -> b.quotes(quotes());
                default -> throw unexpected();
            }
        }
        if (!hasText) {
            throw error("<article> has no <text>");
        }
        return b.build();
    }

    private List<Paragraph> paragraphs() throws XMLStreamException {
        List<Paragraph> paragraphs = new ArrayList<>();
        while (nextChild()) {
            expect("paragraph");
            paragraphs.add(new Paragraph(offset("start"), offset("end"), constant("kind", ParagraphKind.class)));
            noChildren();
        }
        return paragraphs;
    }

    private List<Entity> entities() throws XMLStreamException {
        List<Entity> entities = new ArrayList<>();
        while (nextChild()) {
            expect("entity");
            String id = required("id");
            EntityType type = EntityType.of(required("type"));
            Optional<Double> salience = attribute("salience").map(v -> number("salience", v));
            Gender gender = xml.getAttributeValue(null, "gender") == null
                    ? Gender.UNKNOWN : constant("gender", Gender.class);
            GrammaticalNumber number = xml.getAttributeValue(null, "number") == null
                    ? GrammaticalNumber.UNKNOWN : constant("number", GrammaticalNumber.class);
            String name = null;
            String value = null;
            List<String> aliases = List.of();
            List<String> titles = List.of();
            List<Mention> mentions = new ArrayList<>();
            while (nextChild()) {
                switch (xml.getLocalName()) {
                    case "name" -> name = content();
                    case "value" -> value = content();
                    case "aliases" -> aliases = strings("alias");
                    case "titles" -> titles = strings("title");
                    case "mentions" -> {
                        while (nextChild()) {
                            expect("mention");
                            int start = offset("start");
                            int end = offset("end");
                            mentions.add(new Mention(start, end, content()));
                        }
                    }
                    default -> throw unexpected();
                }
            }
            if (name == null) {
                throw error("<entity id=\"" + id + "\"> has no <name>");
            }
            Entity.Builder e = Entity.builder(id, type, name).addAliases(aliases).gender(gender).number(number)
                    .value(value).addMentions(mentions);
            titles.forEach(e::addTitle);
            salience.ifPresent(e::salience);
            entities.add(e.build());
        }
        return entities;
    }

    private List<Quote> quotes() throws XMLStreamException {
        List<Quote> quotes = new ArrayList<>();
        while (nextChild()) {
            expect("quote");
            String id = required("id");
            QuoteType type = constant("type", QuoteType.class);
            int start = offset("start");
            int end = offset("end");
            double confidence = number("confidence", required("confidence"));
            String text = null;
            Speaker speaker = null;
            Cue cue = null;
            while (nextChild()) {
                switch (xml.getLocalName()) {
                    case "text" -> text = content();
                    case "speaker" -> speaker = speaker();
                    case "cue" -> {
                        int cueStart = offset("start");
                        int cueEnd = offset("end");
                        cue = new Cue(content(), cueStart, cueEnd);
                    }
                    default -> throw unexpected();
                }
            }
            if (text == null) {
                throw error("<quote id=\"" + id + "\"> has no <text>");
            }
            quotes.add(Quote.builder(id, type, new Mention(start, end, text))
                    .speaker(speaker).cue(cue).confidence(confidence).build());
        }
        return quotes;
    }

    private Speaker speaker() throws XMLStreamException {
        Optional<String> entity = attribute("entity");
        boolean named = xml.getAttributeValue(null, "start") != null;
        int start = named ? offset("start") : 0;
        int end = named ? offset("end") : 0;
        String name = null;
        String text = null;
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "name" -> name = content();
                case "text" -> text = content();
                default -> throw unexpected();
            }
        }
        if (name == null) {
            throw error("<speaker> has no <name>");
        }
        if (named != (text != null)) {
            throw error("<speaker> must have both start/end and <text>, or neither");
        }
        Speaker speaker = named ? Speaker.of(name, new Mention(start, end, text)) : Speaker.of(name);
        return entity.isPresent() ? speaker.withEntity(entity.get()) : speaker;
    }

    private List<String> strings(String item) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        while (nextChild()) {
            expect(item);
            strings.add(content());
        }
        return strings;
    }

    private Timestamp timestamp() throws XMLStreamException {
        return Timestamp.parse(content());
    }

    /**
     * The content of the current element exactly as written: character data untouched (no
     * trimming, no normalisation) and each {@code <char unit="XXXX"/>} turned back into its unit.
     * Leaves the reader on the element's end tag.
     */
    private String content() throws XMLStreamException {
        StringBuilder s = new StringBuilder();
        while (true) {
            switch (next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        s.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                case XMLStreamConstants.START_ELEMENT -> {
                    expect("char");
                    String unit = required("unit");
                    if (!unit.matches("[0-9A-Fa-f]{4}")) {
                        throw error("<char unit=\"" + unit + "\"> is not four hexadecimal digits");
                    }
                    s.append((char) Integer.parseInt(unit, 16));
                    noChildren();
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return s.toString();
                }
                default -> {
                    // comments and processing instructions carry no content
                }
            }
        }
    }

    /**
     * Moves to the next child element of the current one and returns true, or to the current
     * element's end tag and returns false. White space between elements is skipped; other text
     * is an error, since only string elements hold text.
     */
    private boolean nextChild() throws XMLStreamException {
        while (true) {
            switch (next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (!NAMESPACE.equals(xml.getNamespaceURI())) {
                        throw error("expected an element in " + NAMESPACE + ", found " + found());
                    }
                    return true;
                }
                case XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT -> {
                    return false;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!xml.isWhiteSpace()) {
                        throw error("unexpected text \"" + abbreviate(xml.getText()) + "\"");
                    }
                }
                default -> {
                    // comments and processing instructions
                }
            }
        }
    }

    private void noChildren() throws XMLStreamException {
        if (nextChild()) {
            throw unexpected();
        }
    }

    private int next() throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw error("a DTD (<!DOCTYPE>) is not accepted");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw error("undeclared entity &" + xml.getLocalName() + ";");
        }
        return event;
    }

    private boolean is(String name) {
        return xml.getLocalName().equals(name);
    }

    private void expect(String name) {
        if (!is(name) || !NAMESPACE.equals(xml.getNamespaceURI())) {
            throw error("expected <" + name + ">, found " + found());
        }
    }

    private Optional<String> attribute(String name) {
        return Optional.ofNullable(xml.getAttributeValue(null, name));
    }

    private String required(String name) {
        return attribute(name).orElseThrow(() -> error("<" + xml.getLocalName() + "> has no " + name + " attribute"));
    }

    private int offset(String name) {
        String v = required(name);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw error(name + "=\"" + v + "\" of <" + xml.getLocalName() + "> is not an offset");
        }
    }

    private double number(String name, String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error(name + "=\"" + v + "\" of <" + xml.getLocalName() + "> is not a number");
        }
    }

    private <E extends Enum<E>> E constant(String name, Class<E> type) {
        String v = required(name);
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw error(name + "=\"" + v + "\" of <" + xml.getLocalName() + "> is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private String found() {
        String ns = xml.getNamespaceURI();
        return "<" + xml.getLocalName() + ">" + (ns == null || ns.isEmpty() ? " in no namespace" : " in " + ns);
    }

    private UnreadableInputException unexpected() {
        return error("unexpected element " + found());
    }

    private UnreadableInputException error(String message) {
        return unreadable(xml.getLocation(), message, null);
    }

    private static UnreadableInputException unreadable(Location at, String message, Throwable cause) {
        String where = at == null || at.getLineNumber() < 0 ? ""
                : String.format(Locale.ROOT, " at line %d, column %d", at.getLineNumber(), at.getColumnNumber());
        return new UnreadableInputException("malformed Lede XML" + where + ": " + message, null, cause);
    }

    /** The JDK prefixes its messages with "ParseError at [row,col]:[l,c]\nMessage: "; the location is given separately. */
    private static String withoutLocation(String message) {
        int i = message == null ? -1 : message.indexOf("Message: ");
        return i < 0 ? String.valueOf(message) : message.substring(i + "Message: ".length());
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }
}
