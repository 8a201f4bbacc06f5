package io.github.lede.spi;

import io.github.lede.AnalysisTimeoutException;
import io.github.lede.Limits;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Carried through one analysis: the limits in force, the clock they are measured against, and the
 * source being analysed. Providers call {@link #checkDeadline(String)} inside any loop whose work
 * grows with the input, so that no input can run past the time budget.
 *
 * <p>One context serves one analysis on one thread; it is not shared.
 */
public final class AnalysisContext {

    private final Limits limits;
    private final long deadlineNanos;
    private final Source source;

    private AnalysisContext(Limits limits, long deadlineNanos, Source source) {
        this.limits = limits;
        this.deadlineNanos = deadlineNanos;
        this.source = source;
    }

    /** A context whose time budget starts now. */
    public static AnalysisContext start(Limits limits, Source source) {
        Objects.requireNonNull(limits, "limits");
        return new AnalysisContext(limits, System.nanoTime() + limits.timeBudget().toNanos(), source);
    }

    /** A context with the default limits and no source, for using one provider directly. */
    public static AnalysisContext standalone() {
        return start(Limits.DEFAULT, null);
    }

    /** The limits in force. */
    public Limits limits() {
        return limits;
    }

    /** The source being analysed; empty when a provider is used on its own. */
    public Optional<Source> source() {
        return Optional.ofNullable(source);
    }

    /** The name of the input, for error messages. */
    public String inputName() {
        return source == null ? null : source.name().orElse(null);
    }

    /** Time left before the budget runs out (negative once it has). */
    public Duration remaining() {
        return Duration.ofNanos(deadlineNanos - System.nanoTime());
    }

    /** Whether the budget has run out. */
    public boolean isExpired() {
        return System.nanoTime() - deadlineNanos > 0;
    }

    /**
     * Throws if the budget has run out.
     *
     * @param stage what is running, for the message ({@code "html extraction"})
     * @throws AnalysisTimeoutException if the time budget is exceeded
     */
    public void checkDeadline(String stage) {
        if (isExpired()) {
            throw new AnalysisTimeoutException(stage, inputName(), limits.timeBudget());
        }
    }
}
