package io.github.lede.examples.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.examples.Captured;
import io.github.lede.examples.LocalServer;
import io.github.lede.examples.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintQuotesTest {

    @Test
    void printsEveryQuoteOfAServedPageWithSpeakerTypeAndCue() throws Exception {
        try (LocalServer server = new LocalServer()) {
            server.serve("/news/harbour-bridge", "text/plain; charset=utf-8",
                    TestArticles.text(TestArticles.HARBOUR_BRIDGE));
            String url = server.uri("/news/harbour-bridge").toString();

            Captured run = Captured.run((out, err) -> PrintQuotes.run(new String[] {url}, out, err));

            assertEquals(0, run.code(), run.err());
            assertEquals("", run.err());
            assertEquals(List.of(
                    "Elena Varga: “the vote ended months of uncertainty for traders on both sides of the river”"
                            + " (INDIRECT, cue: said)",
                    "Elena Varga: “Every week the bridge stays closed costs the harbour district customers it may"
                            + " never win back,” (DIRECT, cue: told)",
                    "Elena Varga: “work would begin in June and should be finished before the winter storms”"
                            + " (INDIRECT, cue: added)",
                    "Tomas Lindqvist: “the timetable was tight” (INDIRECT, cue: warned)",
                    "Tomas Lindqvist: “We are replacing steel that has been in the water for ninety years, and we"
                            + " will not know everything we find until we open it up,” (DIRECT, cue: said)",
                    "Tomas Lindqvist: “the bridge would stay open to pedestrians and cyclists throughout the"
                            + " repairs” (INDIRECT, cue: said)",
                    "Maria Okafor: “the council had ignored cheaper proposals to build a ferry link”"
                            + " (INDIRECT, cue: saying)",
                    "Maria Okafor: “This is the most expensive answer to the question,” (DIRECT, cue: said)"),
                    run.outLines());
        }
    }

    @Test
    void aPageThatCannotBeFetchedIsOneLineOnStderrAndExitCodeOne() throws Exception {
        try (LocalServer server = new LocalServer()) {
            String url = server.uri("/gone").toString();

            Captured run = Captured.run((out, err) -> PrintQuotes.run(new String[] {url}, out, err));

            assertEquals(1, run.code());
            assertEquals("", run.out());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().startsWith(url + ": "), run.err());
            assertTrue(run.err().contains("404"), run.err());
        }
    }

    @Test
    void withoutExactlyOneUrlItPrintsUsageAndExitsTwo() throws Exception {
        Captured run = Captured.run((out, err) -> PrintQuotes.run(new String[0], out, err));

        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("usage: PrintQuotes"), run.err());
    }
}
