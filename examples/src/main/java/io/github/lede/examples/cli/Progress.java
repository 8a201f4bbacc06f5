package io.github.lede.examples.cli;

import java.io.PrintWriter;

/**
 * Reports how far a long batch has got, on standard error: every 100 inputs and at least every
 * five seconds, once a batch has more than 20 inputs, e.g. {@code lede: 300/1000 analysed, 2 failed}:
 * inputs done out of all inputs, and documents failed (an input such as a feed may hold several).
 */
final class Progress {

    private static final int MIN_INPUTS = 20;
    private static final int EVERY_INPUTS = 100;
    private static final long EVERY_NANOS = 5_000_000_000L;

    private final int total;
    private final PrintWriter err;
    private int done;
    private int failed;
    private long lastReport = System.nanoTime();

    /** Progress of {@code total} inputs, reported to {@code err}, or not at all when it is null. */
    Progress(int total, PrintWriter err) {
        this.total = total;
        this.err = total > MIN_INPUTS ? err : null;
    }

    /** Counts one more failed document (an input may stand for several). */
    void failure() {
        failed++;
    }

    /** Counts one more input done, and reports when it is time. */
    void inputDone() {
        done++;
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (done % EVERY_INPUTS == 0 || done == total || now - lastReport >= EVERY_NANOS) {
            err.println("lede: " + done + "/" + total + " analysed, " + failed + " failed");
            lastReport = now;
        }
    }

    /** How many documents failed so far. */
    int failed() {
        return failed;
    }
}
