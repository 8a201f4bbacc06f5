/**
 * The {@code lede} command-line tool ({@link io.github.lede.examples.cli.LedeCli}):
 * {@code lede analyze [options] INPUT...} and {@code lede plugins}, built on picocli and packaged
 * as the executable jar {@code examples/target/lede.jar}.
 */
package io.github.lede.examples.cli;
