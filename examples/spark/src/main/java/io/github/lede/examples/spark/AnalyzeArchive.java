package io.github.lede.examples.spark;

import java.util.Iterator;
import java.util.Objects;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import scala.Tuple2;

/**
 * Turns one archive of {@code SparkContext.binaryFiles} — its path and a
 * {@link PortableDataStream}, which opens a stream from the archive's Hadoop file system and never
 * loads the file — into its result rows ({@link ArchiveRows}), lazily. The archive is closed when
 * the rows end or the task does, whichever comes first.
 */
final class AnalyzeArchive implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {

    private static final long serialVersionUID = 1L;

    private final PartitionBy partitionBy;

    AnalyzeArchive(PartitionBy partitionBy) {
        this.partitionBy = Objects.requireNonNull(partitionBy, "partitionBy");
    }

    @Override
    public Iterator<Row> call(Tuple2<String, PortableDataStream> archive) {
        PortableDataStream data = archive._2();
        ArchiveRows rows = ArchiveRows.open(archive._1(), data::open, partitionBy);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> rows.close());
        }
        return rows;
    }
}
