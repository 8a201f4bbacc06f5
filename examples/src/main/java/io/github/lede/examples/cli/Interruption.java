package io.github.lede.examples.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGINT (Ctrl-C) or SIGTERM into a request the batch loop sees between documents, so that
 * the document in progress is finished and the output is closed as a whole document (a json
 * array ends with its bracket) before the JVM exits.
 */
final class Interruption implements AutoCloseable {

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean requested;

    private Interruption(long graceMillis) {
        hook = new Thread(() -> {
            requested = true;
            try {
                finished.await(graceMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lede-interrupt");
    }

    /** Listens for the JVM's shutdown; {@code graceMillis} is how long the batch may take to wind up. */
    static Interruption install(long graceMillis) {
        Interruption i = new Interruption(graceMillis);
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    /** Whether the user asked the batch to stop. */
    boolean requested() {
        return requested;
    }

    /** The batch has written and flushed everything: the JVM may exit. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it is waiting for the countDown above
        }
    }
}
