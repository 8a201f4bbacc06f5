package io.github.lede;

/**
 * Lede cannot choose a provider: two fit the same input (or share a format name) with the same
 * priority, or an annotator requires one that is missing or forms a cycle. The message names them.
 */
public class ProviderConflictException extends LedeException {

    private static final long serialVersionUID = 1L;

    /** A conflict about {@code input} (may be null for configuration errors). */
    public ProviderConflictException(String message, String input) {
        super(message, input);
    }
}
