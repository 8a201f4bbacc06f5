/**
 * Lede turns news articles into structured data. Start with {@link io.github.lede.Lede}: build
 * one instance, share it between threads, and call {@code analyze} on a file, URL, string or bytes.
 * Every failure is a {@link io.github.lede.LedeException}; the bounds are
 * {@link io.github.lede.Limits}.
 */
package io.github.lede;
