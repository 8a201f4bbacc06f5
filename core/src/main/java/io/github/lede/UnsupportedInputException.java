package io.github.lede;

/**
 * No provider can handle the input or request: no extractor supports the content (binary data,
 * an image), or no format has the requested name.
 */
public class UnsupportedInputException extends LedeException {

    private static final long serialVersionUID = 1L;

    /** An unsupported {@code input} (may be null). */
    public UnsupportedInputException(String message, String input) {
        super(message, input);
    }
}
