/**
 * Accuracy and speed of the HTML extractor on the shared data sets ({@link
 * io.github.lede.benchmarks.html.HtmlEvaluation}).
 *
 * <p>Run from the project root (the first run downloads exec-maven-plugin):
 * <pre>
 * mvn -q -pl benchmarks -am -Phtml-eval process-classes
 * mvn -q -pl benchmarks -am -Phtml-eval process-classes -Deval.args="--failures 100 --no-speed"
 * mvn -q -pl benchmarks -am -Phtml-eval process-classes -Deval.args="--failures 100 --no-speed --split dev"
 * mvn -q -pl benchmarks -am -Phtml-eval process-classes -Deval.args="--failures 0 --no-speed --split heldout"
 * mvn -q -pl benchmarks -am -Phtml-eval process-classes -Deval.args="--dump target/html-texts"
 * </pre>
 * It reads {@code ../shared/datasets/wcxb-articles} and {@code ../shared/datasets/readability-pages}
 * (override with {@code -Dlede.shared.dir=DIR} or {@code --shared DIR}) and prints body word F1,
 * precision and recall (the WCXB metric: macro-averaged bag-of-words over Python-{@code \w}
 * tokens), with%/without% snippet shares, title / authors / published-day / site-name / language
 * accuracy with the failing pages (titles compared "normalised exact", see
 * {@code HtmlEvaluation.titleMatches}; "title±subtitle" is an extra, informational figure that
 * also accepts the headline with or without its subtitle, see {@code HtmlEvaluation.sameHeadline}), and single-thread pages per second against a bare
 * {@code Jsoup.parse(html).body().text()}. {@code --split dev} is the development half (WCXB odd
 * ids, the first half of the Readability folders), {@code --split heldout} the other half, to be
 * read only as a summary.
 */
package io.github.lede.benchmarks.html;
