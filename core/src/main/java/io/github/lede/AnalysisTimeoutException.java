package io.github.lede;

import java.time.Duration;

/** Analysing one input took longer than {@link Limits#timeBudget()}. */
public class AnalysisTimeoutException extends LedeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration budget;

    /** The budget ran out during {@code stage}. */
    public AnalysisTimeoutException(String stage, String input, Duration budget) {
        super("time budget of " + budget.toMillis() + " ms exceeded during " + stage, input);
        this.budget = budget;
    }

    /** The budget that ran out. */
    public Duration budget() {
        return budget;
    }
}
