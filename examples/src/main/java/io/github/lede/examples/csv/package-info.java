/**
 * Example: scan a folder of pages to a CSV of who said what
 * ({@link io.github.lede.examples.csv.QuotesToCsv}, one {@link io.github.lede.examples.csv.QuoteRow}
 * per quote).
 */
package io.github.lede.examples.csv;
