/**
 * Lede's core: the article, entity and quote models, the service provider interfaces, the
 * registry that discovers providers with {@link java.util.ServiceLoader}, the {@link io.github.lede.Lede}
 * facade and the shared text utilities. Extractors, annotators, formats and input expanders live
 * in their own modules and {@code provide} the interfaces this module {@code uses}.
 */
module io.github.lede.core {
    requires transitive org.slf4j;
    requires java.net.http;

    exports io.github.lede;
    exports io.github.lede.io;
    exports io.github.lede.model;
    exports io.github.lede.spi;
    exports io.github.lede.text;

    uses io.github.lede.spi.ArticleExtractor;
    uses io.github.lede.spi.Annotator;
    uses io.github.lede.spi.ArticleFormat;
    uses io.github.lede.spi.InputExpander;
}
