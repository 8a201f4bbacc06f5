package io.github.lede.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What an example printed on stdout and stderr, and its exit code. */
public record Captured(int code, String out, String err) {

    /** An example's {@code run(args, out, err)}. */
    @FunctionalInterface
    public interface Example {
        int run(PrintStream out, PrintStream err) throws Exception;
    }

    /** Runs an example with both streams captured as UTF-8. */
    public static Captured run(Example example) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = example.run(o, e);
        }
        return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Standard output's lines. */
    public List<String> outLines() {
        return out.lines().toList();
    }

    /** Standard error's lines. */
    public List<String> errLines() {
        return err.lines().toList();
    }
}
