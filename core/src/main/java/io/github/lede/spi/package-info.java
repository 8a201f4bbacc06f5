/**
 * The service provider interface: one small interface per extension point, each implemented in
 * its own module and found with {@link java.util.ServiceLoader}.
 *
 * <pre>
 * input (Path, URI, bytes, String)
 *   -&gt; {@link io.github.lede.spi.Source}            bytes or text + content type, charset hint, url
 *   -&gt; {@link io.github.lede.spi.ArticleExtractor}  the best provider that supports the source
 *   -&gt; {@link io.github.lede.spi.Annotator}s        in dependency order (entities, then quotes)
 *   -&gt; {@link io.github.lede.spi.ArticleFormat}     json, jsonl, xml, rss or a plugin's own
 * </pre>
 *
 * <p>{@link io.github.lede.spi.ProviderRegistry} holds the providers and chooses between them;
 * {@link io.github.lede.spi.AnalysisContext} carries limits and the deadline through one analysis.
 */
package io.github.lede.spi;
