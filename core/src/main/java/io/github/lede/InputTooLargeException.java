package io.github.lede;

/** The input is larger than the configured limit ({@link Limits#maxInputBytes()} and the like). */
public class InputTooLargeException extends LedeException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    /** The input exceeded {@code limit} (bytes or characters, as the message says). */
    public InputTooLargeException(String message, String input, long limit) {
        super(message, input);
        this.limit = limit;
    }

    /** The limit that was exceeded. */
    public long limit() {
        return limit;
    }
}
