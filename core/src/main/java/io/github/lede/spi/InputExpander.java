package io.github.lede.spi;

import io.github.lede.Limits;
import java.util.stream.Stream;

/**
 * Expands one input that stands for many documents — an RSS or Atom feed into its items, a WARC
 * archive into its HTML response records — into {@link InputItem}s, streaming, so that an archive
 * larger than memory is never held in it.
 *
 * <p>Register an implementation in {@code META-INF/services/io.github.lede.spi.InputExpander}.
 * Of the expanders that support an input the one with the highest priority is used; an input no
 * expander supports stands for itself.
 */
public interface InputExpander extends Provider {

    /** Whether this expander reads the input. Must be cheap (look at the head) and must not throw. */
    boolean supports(InputProbe probe);

    /**
     * The items the input stands for, produced lazily; closing the stream releases the input.
     *
     * @param probe the input
     * @param fetcher fetches linked documents (a feed item's page) within the caller's limits
     * @throws io.github.lede.LedeException if the input as a whole cannot be read
     */
    Stream<InputItem> expand(InputProbe probe, Fetcher fetcher);

    /** Fetches a linked document with the limits, timeouts and User-Agent of the calling Lede. */
    @FunctionalInterface
    interface Fetcher {
        /**
         * @param url an http(s) URL
         * @return the fetched document, to which the caller may add hints
         * @throws io.github.lede.LedeException if it cannot be fetched
         */
        Source.Builder fetch(String url);

        /**
         * The caller's limits, which an expander that reads documents itself (a WARC record's
         * payload) applies while reading, so that one huge record is refused rather than held in
         * memory. A fetcher written as a lambda has {@link Limits#DEFAULT}.
         */
        default Limits limits() {
            return Limits.DEFAULT;
        }
    }
}
