package io.github.lede.examples.spark;

import static org.apache.spark.sql.functions.col;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A Spark job that analyses every HTML record of WARC archives with Lede — one {@code Lede} per
 * executor JVM ({@link ExecutorLede}) — and writes the articles and, apart, the failures:
 *
 * <pre>
 * spark-submit --class io.github.lede.examples.spark.LedeWarcJob lede-spark-job.jar \
 *     --output s3a://bucket/cc-news-lede --format parquet --partition-by day \
 *     's3a://commoncrawl/crawl-data/CC-NEWS/2024/01/*.warc.gz'
 * </pre>
 *
 * <ul>
 *   <li>{@code OUT/articles/site=HOST/} (or {@code day=YYYY-MM-DD/}): JSON lines — each line exactly
 *       the CLI's {@code --format jsonl} line for the record — or Parquet with the article fields as
 *       columns ({@link ResultRows}).</li>
 *   <li>{@code OUT/errors/}: one row per failed record or unreadable archive — input, record (target
 *       URI or {@code ARCHIVE#OFFSET}), error type, message — in the same format. A failure is a
 *       row, never a failed task.</li>
 * </ul>
 *
 * <p>Each archive is one task (a gzipped WARC cannot be split), read as a stream from any Hadoop
 * file system; parallelism is the number of archives. Analysis runs once: its rows are persisted
 * (memory, spilling to disk) so that the second output is read back rather than recomputed. There
 * is no shuffle: each task analyses, sorts its own rows by partition value and writes.
 */
@Command(name = "lede-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Analyses every HTML record of WARC archives with Lede and writes the articles"
                + " (OUT/articles) and the failures (OUT/errors).")
public final class LedeWarcJob implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        /** JSON lines: one article per line, the lede-format-json {@code jsonl} shape. */
        JSONL,
        /** Parquet, with the article's fields as columns and the whole JSON in {@code json}. */
        PARQUET
    }

    /** What a run wrote. */
    record Summary(long articles, long errors) {
    }

    @Parameters(paramLabel = "WARC", arity = "1..*",
            description = "WARC archives (.warc, .warc.gz): paths or URIs of any Hadoop file system"
                    + " (file:, hdfs:, s3a:, ...), globs allowed, or directories (their files).")
    private List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
            description = "The output directory (any Hadoop file system URI).")
    private String output;

    @Option(names = "--format", paramLabel = "F", defaultValue = "jsonl",
            description = "jsonl (default) or parquet; the errors are written in the same format.")
    private Format format;

    @Option(names = "--partition-by", paramLabel = "P", defaultValue = "site",
            description = "site (default: the record's host) or day (publication day); 'unknown' when absent.")
    private PartitionBy partitionBy;

    @Option(names = "--min-partitions", paramLabel = "N",
            description = "Ask for at least N input partitions (default: Spark's default parallelism);"
                    + " small archives are grouped into one task up to spark.files.maxPartitionBytes.")
    private Integer minPartitions;

    @Option(names = "--overwrite", description = "Replace OUT/articles and OUT/errors if they exist.")
    private boolean overwrite;

    private final SparkSession given;
    private Summary summary;

    private LedeWarcJob(SparkSession given) {
        this.given = given;
    }

    /** Runs the job in the session spark-submit configures, and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(null, args));
    }

    /**
     * Runs the job with the command-line arguments in a session of the caller's (tests, notebooks),
     * which stays open; or, when {@code spark} is null, in a new one that is stopped at the end.
     *
     * @return 0 when written (records that failed are rows of {@code OUT/errors}), 1 when the job
     *     failed, 2 for a usage error
     */
    public static int run(SparkSession spark, String... args) {
        CommandLine cli = new CommandLine(new LedeWarcJob(spark)).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("lede-spark: " + e);
            return 1;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("lede-spark: " + e.getMessage());
            e.getCommandLine().getErr().println("Try 'lede-spark --help' for more information.");
            return e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        SparkSession spark = given != null ? given : SparkSession.builder().appName("lede-spark").getOrCreate();
        try {
            summary = write(spark);
        } finally {
            if (given == null) {
                spark.stop();
            }
        }
        System.out.printf("lede-spark: %d articles in %s/articles, %d errors in %s/errors%n", summary.articles(),
                output, summary.errors(), output);
        return 0;
    }

    private Summary write(SparkSession spark) {
        Dataset<Row> results = results(spark, inputs, partitionBy, minPartitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            DataFrameWriter<Row> articles = articles(results, format, partitionBy).write().mode(mode)
                    .partitionBy(partitionBy.column());
            DataFrameWriter<Row> errors = errors(results).write().mode(mode);
            if (format == Format.JSONL) {
                articles.text(output + "/articles");
                errors.json(output + "/errors");
            } else {
                articles.parquet(output + "/articles");
                errors.parquet(output + "/errors");
            }
            return new Summary(ofKind(results, ResultRows.ARTICLE).count(), ofKind(results, ResultRows.ERROR).count());
        } finally {
            results.unpersist();
        }
    }

    /** Every record of the archives as a row of {@link ResultRows#SCHEMA}, computed lazily. */
    static Dataset<Row> results(SparkSession spark, List<String> inputs, PartitionBy partitionBy,
            Integer minPartitions) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String paths = String.join(",", inputs);
        var archives = minPartitions == null ? sc.binaryFiles(paths) : sc.binaryFiles(paths, minPartitions);
        JavaRDD<Row> rows = archives.flatMap(new AnalyzeArchive(partitionBy));
        return spark.createDataFrame(rows, ResultRows.SCHEMA);
    }

    /** The article output: the jsonl line alone, or the article columns; then the partition column. */
    static Dataset<Row> articles(Dataset<Row> results, Format format, PartitionBy partitionBy) {
        List<Column> columns = new ArrayList<>();
        if (format == Format.JSONL) {
            columns.add(col("json").as("value"));
        } else {
            ResultRows.ARTICLE_COLUMNS.forEach(c -> columns.add(col(c)));
        }
        columns.add(col(ResultRows.PARTITION).as(partitionBy.column()));
        return ofKind(results, ResultRows.ARTICLE).select(columns.toArray(Column[]::new));
    }

    /** The error output's columns. */
    static Dataset<Row> errors(Dataset<Row> results) {
        return ofKind(results, ResultRows.ERROR)
                .select(ResultRows.ERROR_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
    }

    private static Dataset<Row> ofKind(Dataset<Row> results, String kind) {
        return results.filter(col("kind").equalTo(kind));
    }
}
