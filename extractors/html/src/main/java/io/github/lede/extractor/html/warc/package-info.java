/**
 * WARC input: a {@code .warc} or {@code .warc.gz} archive, given to
 * {@link io.github.lede.Lede#expand(java.nio.file.Path)}, stands for its HTML response records,
 * streamed. See {@link io.github.lede.extractor.html.warc.WarcExpander}.
 */
package io.github.lede.extractor.html.warc;
