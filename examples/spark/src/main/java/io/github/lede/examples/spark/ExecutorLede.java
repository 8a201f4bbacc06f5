package io.github.lede.examples.spark;

import io.github.lede.Lede;
import io.github.lede.spi.ArticleFormat;

/**
 * The one {@link Lede} of an executor JVM, shared by all its task threads ({@code Lede} is
 * immutable and thread-safe), with the {@code jsonl} format the job writes each article in.
 *
 * <p>Discovering the providers and loading their word lists costs far more than one article, so
 * it happens once per JVM, not once per task or record. The instance is built on first use by the
 * class-loading guarantees of the initialization-on-demand holder idiom: no locking, no mutable
 * field, nothing to serialise with the tasks. It runs with Lede's default limits, as the
 * single-machine CLI does.
 */
final class ExecutorLede {

    private ExecutorLede() {
    }

    /** The JVM's {@code Lede}, built on the first call. */
    static Lede lede() {
        return Holder.LEDE;
    }

    /** The {@code jsonl} format of the JVM's {@code Lede}. */
    static ArticleFormat jsonLines() {
        return Holder.JSON_LINES;
    }

    /** Initialised by the JVM when first touched, exactly once, safely published to every thread. */
    private static final class Holder {
        static final Lede LEDE = Lede.builder().requireArticleText().build();
        static final ArticleFormat JSON_LINES = LEDE.format("jsonl");
    }
}
