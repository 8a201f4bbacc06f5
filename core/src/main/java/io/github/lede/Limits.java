package io.github.lede;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds one analysis runs within. Immutable; the defaults suit news pages and keep one
 * pathological input from stalling a batch.
 *
 * @param maxInputBytes the largest input read, in bytes; larger inputs fail with
 *     {@link InputTooLargeException} before they are parsed (default 16 MiB)
 * @param maxTextChars the longest article text an extractor keeps, in characters; longer bodies
 *     fail with {@link InputTooLargeException} (default 4 Mi characters)
 * @param timeBudget the longest one input may take from reading to the last annotator; checked
 *     between stages and inside loops that can grow (default 30 s)
 * @param maxQuoteChars the longest span a quote annotator may report as one quote (default 5,000)
 */
public record Limits(long maxInputBytes, int maxTextChars, Duration timeBudget, int maxQuoteChars) {

    /** The defaults. */
    public static final Limits DEFAULT = new Limits(16L << 20, 4 << 20, Duration.ofSeconds(30), 5_000);

    /** @throws IllegalArgumentException if a bound is not positive */
    public Limits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxInputBytes <= 0 || maxTextChars <= 0 || maxQuoteChars <= 0
                || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }

    /** A copy with another input size limit. */
    public Limits withMaxInputBytes(long bytes) {
        return new Limits(bytes, maxTextChars, timeBudget, maxQuoteChars);
    }

    /** A copy with another text length limit. */
    public Limits withMaxTextChars(int chars) {
        return new Limits(maxInputBytes, chars, timeBudget, maxQuoteChars);
    }

    /** A copy with another time budget. */
    public Limits withTimeBudget(Duration budget) {
        return new Limits(maxInputBytes, maxTextChars, budget, maxQuoteChars);
    }

    /** A copy with another quote length limit. */
    public Limits withMaxQuoteChars(int chars) {
        return new Limits(maxInputBytes, maxTextChars, timeBudget, chars);
    }
}
