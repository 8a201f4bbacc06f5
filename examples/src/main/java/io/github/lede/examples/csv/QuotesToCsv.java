package io.github.lede.examples.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.model.Quote;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Example: scans a folder of pages (HTML or plain text, in subfolders too) and writes a CSV of who
 * said what — one {@link QuoteRow} per quote, under a header line:
 *
 * <pre>
 * file,quote_id,type,speaker,speaker_entity,cue,text,confidence
 * harbour-bridge.txt,Q4,INDIRECT,Tomas Lindqvist,E3,warned,the timetable was tight,0.85
 * </pre>
 *
 * <p>The CSV is written by Jackson's CSV module ({@code jackson-dataformat-csv}), so commas, quote
 * marks and line breaks inside a quote are escaped by the RFC 4180 rules and any CSV reader reads
 * it back. Files are read in the order of their relative paths; hidden files are skipped. One
 * {@link Lede} analyses them all. A file that fails (not an article, unreadable, too large) is
 * reported as one line {@code FILE: reason} on stderr and the scan goes on.
 *
 * <p>Run it with the shaded CLI jar:
 * <pre>{@code java -cp examples/target/lede.jar io.github.lede.examples.csv.QuotesToCsv FOLDER [OUTPUT.csv]}</pre>
 * Without {@code OUTPUT.csv} the CSV goes to stdout. Exit code 0 when every file was analysed, 1
 * when some failed (their rows are missing, the others written), 2 for a usage error or a folder
 * or output that cannot be used.
 */
public final class QuotesToCsv {

    private QuotesToCsv() {
    }

    /** Runs the example and exits with its exit code when that is not 0. */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the example: {@code args} are {@code FOLDER [OUTPUT.csv]}; the CSV goes to the output
     * file or, without one, to {@code out}; failures go to {@code err}.
     *
     * @return the exit code: 0 all files analysed, 1 some failed, 2 usage or I/O error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2) {
            err.println("usage: QuotesToCsv FOLDER [OUTPUT.csv]");
            return 2;
        }
        Path folder = Path.of(args[0]);
        try {
            List<Path> files = pages(folder);
            if (args.length == 2) {
                try (OutputStream file = Files.newOutputStream(Path.of(args[1]))) {
                    return scan(folder, files, file, err);
                }
            }
            return scan(folder, files, out, err);
        } catch (IOException e) {
            err.println("QuotesToCsv: " + e);
            return 2;
        }
    }

    /** Writes the rows of every file; returns 1 if some failed. */
    private static int scan(Path folder, List<Path> files, OutputStream csv, PrintStream err) throws IOException {
        // quote a cell only where CSV needs it (a comma, quote mark or line break), not every phrase with a space
        CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
        CsvSchema schema = mapper.schemaFor(QuoteRow.class).withHeader();
        Lede lede = Lede.create();
        int failed = 0;
        // leave the stream open: it may be stdout
        try (SequenceWriter rows = mapper.writer(schema).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(csv)) {
            for (Path path : files) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                List<Quote> quotes;
                try {
                    quotes = lede.analyze(path).quotes();
                } catch (LedeException e) {
                    err.println(name + ": " + e.getMessage());
                    failed++;
                    continue;
                }
                for (Quote quote : quotes) {
                    rows.write(QuoteRow.of(name, quote));
                }
                rows.flush();
            }
        }
        return failed == 0 ? 0 : 1;
    }

    /** The regular, non-hidden files under {@code folder}, in the order of their paths. */
    private static List<Path> pages(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }
}
