/**
 * Quote detection and speaker attribution: direct, partial and reported speech (issue 8).
 *
 * <p>Not yet implemented: this module holds its package layout only, and provides nothing to
 * {@link java.util.ServiceLoader} until it is.
 */
package io.github.lede.extractor.quotes;
