package io.github.lede;

/**
 * The input could not be read or decoded: a missing file, an I/O error, an unreachable URL, an
 * HTTP error status, bytes that are not text in any charset Lede can tell.
 */
public class UnreadableInputException extends LedeException {

    private static final long serialVersionUID = 1L;

    /** {@code input} could not be read (may be null). */
    public UnreadableInputException(String message, String input, Throwable cause) {
        super(message, input, cause);
    }

    /** {@code input} could not be read (may be null). */
    public UnreadableInputException(String message, String input) {
        super(message, input);
    }
}
