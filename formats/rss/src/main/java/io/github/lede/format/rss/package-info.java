/**
 * RSS 2.0 and Atom feeds of analysed articles, with entities and quotes in a Lede namespace (issue 9).
 *
 * <p>Not yet implemented: this module holds its package layout only, and provides nothing to
 * {@link java.util.ServiceLoader} until it is.
 */
package io.github.lede.format.rss;
