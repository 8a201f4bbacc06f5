/**
 * Example: analyse one page and print its quotes ({@link io.github.lede.examples.quotes.PrintQuotes}).
 */
package io.github.lede.examples.quotes;
