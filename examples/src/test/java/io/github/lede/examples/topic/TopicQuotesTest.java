package io.github.lede.examples.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.examples.Captured;
import io.github.lede.examples.TestArticles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicQuotesTest {

    @Test
    void printsOnlyTheQuotesAboutTheTopicFileByFile(@TempDir Path dir) throws Exception {
        Path bridge = Files.writeString(dir.resolve("bridge.txt"), TestArticles.text(TestArticles.HARBOUR_BRIDGE));
        Path festival = Files.writeString(dir.resolve("festival.txt"), TestArticles.text(TestArticles.RIVER_FESTIVAL));
        Path missing = dir.resolve("missing.txt");
        String[] args = {"quay,ferry link", bridge.toString(), missing.toString(), festival.toString()};

        Captured run = Captured.run((out, err) -> TopicQuotes.run(args, out, err));

        assertEquals(1, run.code());
        assertEquals(List.of(
                bridge + ": Maria Okafor: “the council had ignored cheaper proposals to build a ferry link”"
                        + " (INDIRECT, cue: saying)",
                festival + ": Anna Brandt: “the programme would include a night parade of lit boats and concerts on"
                        + " the quay” (INDIRECT, cue: said)",
                festival + ": Daniel Moreau: “We want families to enjoy the evening, and we will close the quay to"
                        + " traffic from six o'clock,” (DIRECT, cue: told)"),
                run.outLines());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith(missing + ": "), run.err());
    }

    @Test
    void withoutKeywordsAndFilesItPrintsUsage() throws Exception {
        Captured run = Captured.run((out, err) -> TopicQuotes.run(new String[] {"bridge"}, out, err));

        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("usage: TopicQuotes"), run.err());
    }
}
