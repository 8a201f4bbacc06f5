package io.github.lede.spi;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One document an input stands for: a plain file or URL itself, a feed item, a WARC record. The
 * source is produced on demand, so that a failing item (an unreachable link, a broken record)
 * fails alone with its {@link io.github.lede.LedeException} while the others are still analysed.
 */
public final class InputItem {

    private final String name;
    private final Supplier<Source> source;

    /**
     * @param name how the item is named in results and errors ({@code feed.xml#3}, a record's URL)
     * @param source produces the source; may throw a {@link io.github.lede.LedeException}
     */
    public InputItem(String name, Supplier<Source> source) {
        this.name = Objects.requireNonNull(name, "name");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** An item whose source is already at hand. */
    public static InputItem of(Source source) {
        return new InputItem(source.name().orElse("(input)"), () -> source);
    }

    /** The item's name. */
    public String name() {
        return name;
    }

    /**
     * Produces the item's source (fetching or decoding it now).
     *
     * @throws io.github.lede.LedeException if the item cannot be read
     */
    public Source source() {
        return source.get();
    }

    @Override
    public String toString() {
        return "InputItem{" + name + "}";
    }
}
