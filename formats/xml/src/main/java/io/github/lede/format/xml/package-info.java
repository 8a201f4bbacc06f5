/**
 * XML form of the article: a writer, a reader that round-trips, and its XSD (issue 9).
 *
 * <p>Not yet implemented: this module holds its package layout only, and provides nothing to
 * {@link java.util.ServiceLoader} until it is.
 */
package io.github.lede.format.xml;
