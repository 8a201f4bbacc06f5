/**
 * An example plugin: {@link io.github.lede.examples.plugin.GazetteExtractor}, a site-specific
 * article extractor registered in {@code META-INF/services/io.github.lede.spi.ArticleExtractor}.
 */
package io.github.lede.examples.plugin;
