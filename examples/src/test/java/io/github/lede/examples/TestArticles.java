package io.github.lede.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The news articles written for the examples' tests, in {@code src/test/resources/articles}: invented
 * local news with direct and reported quotes (not copies of the gold corpus).
 */
public final class TestArticles {

    /** A council story: Elena Varga, Tomas Lindqvist and Maria Okafor quoted. */
    public static final String HARBOUR_BRIDGE = "harbour-bridge.txt";
    /** A festival story: Anna Brandt and Daniel Moreau quoted. */
    public static final String RIVER_FESTIVAL = "river-festival.txt";

    private TestArticles() {
    }

    /** The text of an article. */
    public static String text(String name) {
        try (InputStream in = TestArticles.class.getResourceAsStream("/articles/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test article " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
