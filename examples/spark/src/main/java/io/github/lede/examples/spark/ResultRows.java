package io.github.lede.examples.spark;

import io.github.lede.LedeException;
import io.github.lede.model.Article;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one row type the analysis yields: an analysed article or a failure, told apart by
 * {@code kind}, so that one pass over the archives feeds both outputs.
 *
 * <p>Article columns: {@value #PARTITION} (site or day, see {@link PartitionBy}), {@code source}
 * (the record's name: its target URI), {@code url}, {@code title}, {@code authors},
 * {@code published} (ISO-8601 as the page gives it), {@code siteName}, {@code language},
 * {@code text}, {@code quotes} and {@code entities} (counts) and {@code json}: the whole article as
 * the {@code lede-format-json} {@code jsonl} line. Error columns: {@code input} (the archive),
 * {@code record} (the record's target URI, or {@code ARCHIVE#OFFSET} for a broken record; null when
 * the whole archive failed), {@code error} (the exception's type) and {@code message}.
 */
final class ResultRows {

    /** {@code kind} of an article row. */
    static final String ARTICLE = "article";
    /** {@code kind} of an error row. */
    static final String ERROR = "error";
    /** The column that holds the partition value, renamed to {@link PartitionBy#column()} on output. */
    static final String PARTITION = "partition";

    /** The columns the article output holds, besides the partition column. */
    static final List<String> ARTICLE_COLUMNS = List.of("source", "url", "title", "authors", "published",
            "siteName", "language", "text", "quotes", "entities", "json");
    /** The columns of the error output. */
    static final List<String> ERROR_COLUMNS = List.of("input", "record", "error", "message");

    /** The schema of every row. */
    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add(PARTITION, DataTypes.StringType, true)
            .add("source", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("title", DataTypes.StringType, true)
            .add("authors", DataTypes.createArrayType(DataTypes.StringType, false), true)
            .add("published", DataTypes.StringType, true)
            .add("siteName", DataTypes.StringType, true)
            .add("language", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("quotes", DataTypes.IntegerType, true)
            .add("entities", DataTypes.IntegerType, true)
            .add("json", DataTypes.StringType, true)
            .add("input", DataTypes.StringType, true)
            .add("record", DataTypes.StringType, true)
            .add("error", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true);

    private ResultRows() {
    }

    /** The row of an analysed article, {@code json} being its {@code jsonl} line. */
    static Row article(Article a, String json, String partition) {
        return RowFactory.create(ARTICLE, partition, a.source().orElse(null), a.url().orElse(null),
                a.title().orElse(null), a.authors().toArray(String[]::new),
                a.published().map(Object::toString).orElse(null), a.siteName().orElse(null),
                a.language().orElse(null), a.text(), a.quotes().size(), a.entities().size(), json,
                null, null, null, null);
    }

    /**
     * The row of a failure.
     *
     * @param input the archive
     * @param record the record that failed, or null when the archive as a whole did
     * @param e the failure: its type and message are kept; a failure that is not a
     *     {@link LedeException} is a bug in a provider and says so, as the CLI does
     */
    static Row error(String input, String record, RuntimeException e) {
        String message = e instanceof LedeException ? e.getMessage() : "unexpected error: " + e;
        return RowFactory.create(ERROR, null, null, null, null, null, null, null, null, null, null, null, null,
                input, record, e.getClass().getSimpleName(), message == null ? "" : oneLine(message));
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
