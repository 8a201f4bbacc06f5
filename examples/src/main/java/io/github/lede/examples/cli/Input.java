package io.github.lede.examples.cli;

import io.github.lede.Lede;
import io.github.lede.UnreadableInputException;
import io.github.lede.spi.InputItem;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One input of a batch, named as the user will see it in error lines: a file, an http(s) URL,
 * standard input, or an argument that could not be turned into any of these (it fails when
 * expanded, so that it is reported like any other failed input).
 *
 * @param label the input as given, or the path of a file found in a directory given
 * @param expander gives the documents the input stands for
 */
record Input(String label, Expander expander) {

    /** Gives the documents one input stands for. */
    @FunctionalInterface
    interface Expander {
        /** @throws io.github.lede.LedeException if the input cannot be read at all */
        Stream<InputItem> expand(Lede lede, InputStream stdin);
    }

    /**
     * The documents this input stands for: itself, or a feed's items or an archive's records
     * where an {@link io.github.lede.spi.InputExpander} reads it. Close the stream when done.
     *
     * @throws io.github.lede.LedeException if the input cannot be read at all
     */
    Stream<InputItem> expand(Lede lede, InputStream stdin) {
        return expander.expand(lede, stdin);
    }

    /** Whether {@code item} is a document inside this input rather than the input itself. */
    boolean isPartOf(InputItem item) {
        return !item.name().equals(label);
    }

    /**
     * The inputs an argument stands for: {@code -} for standard input, an http(s) URL, the regular
     * files directly inside a directory (sorted by name, hidden ones skipped), or a file.
     */
    static List<Input> expand(String arg) {
        if (arg.equals("-")) {
            return List.of(new Input("-", (lede, stdin) -> lede.expand(lede.load(stdin, "-").build())));
        }
        String lower = arg.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI uri = new URI(arg);
                return List.of(new Input(arg, (lede, stdin) -> lede.expand(uri)));
            } catch (URISyntaxException e) {
                return List.of(failed(arg, "not a valid URL: " + e.getMessage()));
            }
        }
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            return List.of(failed(arg, "not a valid path: " + e.getMessage()));
        }
        if (!Files.isDirectory(path)) {
            return List.of(file(path));
        }
        List<Input> files = new ArrayList<>();
        try (Stream<Path> children = Files.list(path)) {
            children.filter(p -> !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .forEach(p -> files.add(file(p)));
        } catch (IOException | RuntimeException e) {
            return List.of(failed(arg, "cannot list the directory: " + e.getMessage()));
        }
        return files.isEmpty() ? List.of(failed(arg, "the directory holds no files")) : files;
    }

    private static Input file(Path path) {
        return new Input(path.toString(), (lede, stdin) -> lede.expand(path));
    }

    private static Input failed(String label, String reason) {
        return new Input(label, (lede, stdin) -> {
            throw new UnreadableInputException(reason, label);
        });
    }
}
