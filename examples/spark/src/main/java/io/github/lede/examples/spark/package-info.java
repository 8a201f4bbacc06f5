/**
 * Lede at crawl scale: an Apache Spark job ({@link io.github.lede.examples.spark.LedeWarcJob}) that
 * analyses the HTML records of WARC archives — local or on any Hadoop file system — with one
 * {@code Lede} per executor, and writes JSON lines or Parquet partitioned by site or day, with the
 * failures as rows of a separate output.
 */
package io.github.lede.examples.spark;
