package io.github.lede;

import java.util.Optional;

/**
 * The one error type Lede throws for bad input, limits and configuration. Each subclass names a
 * cause a caller may handle differently; {@link #input()} names the input it concerns, when known.
 *
 * <p>Unchecked, so that analysis can run inside streams and lambdas; every public method that can
 * throw it says so.
 */
public class LedeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String input;

    /** An error about {@code input} (a file name, URL or other label; may be null). */
    public LedeException(String message, String input, Throwable cause) {
        super(message, cause);
        this.input = input;
    }

    /** An error about {@code input} (may be null). */
    public LedeException(String message, String input) {
        this(message, input, null);
    }

    /** The input this error concerns, when known. */
    public Optional<String> input() {
        return Optional.ofNullable(input);
    }
}
