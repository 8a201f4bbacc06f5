package io.github.lede.examples.cli;

import io.github.lede.UnreadableInputException;
import io.github.lede.spi.InputExpander;
import io.github.lede.spi.InputItem;
import io.github.lede.spi.InputProbe;
import io.github.lede.spi.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A test-only expander, found through the test class path's {@code META-INF/services}: a file
 * starting with a line {@code BUNDLE} holds plain-text documents separated by lines {@code ---},
 * named {@code FILE#1}, {@code FILE#2}, ... It stands in for the feed and WARC expanders.
 */
public final class BundleExpander implements InputExpander {

    @Override
    public String name() {
        return "test-bundle";
    }

    @Override
    public boolean supports(InputProbe probe) {
        return probe.headText().startsWith("BUNDLE\n");
    }

    @Override
    public Stream<InputItem> expand(InputProbe probe, Fetcher fetcher) {
        String all;
        try (InputStream in = probe.open()) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read: " + e.getMessage(), probe.name(), e);
        }
        List<InputItem> items = new ArrayList<>();
        String[] parts = all.substring("BUNDLE\n".length()).split("\n---\n", -1);
        for (int i = 0; i < parts.length; i++) {
            String name = probe.name() + "#" + (i + 1);
            String part = parts[i];
            items.add(new InputItem(name, () -> Source.text(part).name(name).build()));
        }
        return items.stream();
    }
}
