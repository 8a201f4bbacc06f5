package io.github.lede.format.xml;

import io.github.lede.model.Article;
import io.github.lede.spi.ArticleFormat;
import io.github.lede.spi.ArticleWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The {@code xml} format: every field of an article as XML in the namespace {@value #NAMESPACE},
 * written and read back with the JDK's StAX. The layout, the root-element rule and the escaping
 * of characters XML 1.0 cannot hold are described in the {@linkplain io.github.lede.format.xml
 * package documentation}; {@link #schema()} is the XSD.
 *
 * <p>Stateless and thread-safe; each {@link #writer(OutputStream)} and {@link #read(InputStream)}
 * call works on its own parser or serialiser.
 */
public final class XmlFormat implements ArticleFormat {

    /** The namespace of every element this format writes. */
    public static final String NAMESPACE = "https://lede.github.io/ns/article/1.0";

    /** Class-path location of the XSD, inside this module's jar. */
    public static final String SCHEMA_RESOURCE = "/io/github/lede/format/xml/lede-article-1.0.xsd";

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public XmlFormat() {
    }

    /** The XSD that output of this format validates against. */
    public static URL schema() {
        return Objects.requireNonNull(XmlFormat.class.getResource(SCHEMA_RESOURCE), SCHEMA_RESOURCE);
    }

    /** {@code "xml"}. */
    @Override
    public String name() {
        return "xml";
    }

    /** {@code "application/xml"}. */
    @Override
    public String mediaType() {
        return "application/xml";
    }

    /** {@code "xml"}. */
    @Override
    public String fileExtension() {
        return "xml";
    }

    /**
     * A writer of an {@code <articles>} document, UTF-8 encoded. Each article is written as soon
     * as it is given; {@link ArticleWriter#close()} ends the document and flushes {@code out}
     * without closing it.
     *
     * @throws io.github.lede.UnsupportedInputException from {@link ArticleWriter#write(Article)}
     *     when an entity or quote id holds a character an XML attribute cannot carry exactly
     */
    @Override
    public ArticleWriter writer(OutputStream out) throws IOException {
        return new XmlArticleWriter(out);
    }

    /** {@code true}: this format reads back what it writes. */
    @Override
    public boolean canRead() {
        return true;
    }

    /**
     * Reads an {@code <articles>} document, or a document whose root is a single {@code <article>}.
     * The encoding is taken from the byte-order mark or XML declaration (UTF-8 by default). DTDs
     * are refused, so no entity is expanded and nothing outside {@code in} is ever fetched.
     *
     * @throws io.github.lede.UnreadableInputException naming the line and column when the input is
     *     not well-formed, holds a DTD, departs from the schema's elements, or describes spans that
     *     do not match the article text
     */
    @Override
    public List<Article> read(InputStream in) throws IOException {
        return XmlArticleReader.read(in);
    }
}
