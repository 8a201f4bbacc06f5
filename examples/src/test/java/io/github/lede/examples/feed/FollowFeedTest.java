package io.github.lede.examples.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.examples.Captured;
import io.github.lede.examples.LocalServer;
import io.github.lede.examples.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowFeedTest {

    private static final String TEXT = "text/plain; charset=utf-8";

    @Test
    void theSecondPollAnalysesOnlyTheNewItemsAndPrintsThePersonsQuotes() throws Exception {
        try (LocalServer server = new LocalServer()) {
            server.serve("/news/harbour-bridge", TEXT, TestArticles.text(TestArticles.HARBOUR_BRIDGE))
                    .serve("/news/river-festival", TEXT, TestArticles.text(TestArticles.RIVER_FESTIVAL))
                    // the second poll finds two new items on top, one of them a dead link
                    .serve("/feed.xml", "application/rss+xml", n -> n == 1
                            ? rss(item(server, "Harbour Bridge repairs approved", "/news/harbour-bridge"))
                            : rss(item(server, "River festival returns", "/news/river-festival")
                                    + item(server, "A story taken down", "/news/gone")
                                    + item(server, "Harbour Bridge repairs approved", "/news/harbour-bridge")));
            String feed = server.uri("/feed.xml").toString();
            String[] args = {"--person", "moreau", "--interval", "0", "--rounds", "2", feed};

            Captured run = Captured.run((out, err) -> FollowFeed.run(args, out, err));

            assertEquals(0, run.code(), run.err());
            assertEquals(List.of(
                    server.uri("/news/river-festival").toString(),
                    "  Daniel Moreau: “extra officers would patrol the bridges during the parade” (INDIRECT, cue: said)",
                    "  Daniel Moreau: “We want families to enjoy the evening, and we will close the quay to traffic from"
                            + " six o'clock,” (DIRECT, cue: told)",
                    "  Daniel Moreau: “visitors should leave their cars at home and use the shuttle buses”"
                            + " (INDIRECT, cue: added)"),
                    run.outLines());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().startsWith(server.uri("/news/gone") + ": "), run.err());
            assertEquals(2, server.hits("/feed.xml"));
            assertEquals(1, server.hits("/news/harbour-bridge"), "an item seen at the first poll is not fetched again");
            assertEquals(1, server.hits("/news/river-festival"));
        }
    }

    @Test
    void theFirstPollPrintsThePersonsQuotesInEveryItem() throws Exception {
        try (LocalServer server = new LocalServer()) {
            server.serve("/news/harbour-bridge", TEXT, TestArticles.text(TestArticles.HARBOUR_BRIDGE))
                    .serve("/feed.xml", "application/rss+xml",
                            rss(item(server, "Harbour Bridge repairs approved", "/news/harbour-bridge")));
            String[] args = {"--rounds", "1", "--person", "Elena Varga", server.uri("/feed.xml").toString()};

            Captured run = Captured.run((out, err) -> FollowFeed.run(args, out, err));

            assertEquals(0, run.code(), run.err());
            assertEquals(List.of(
                    server.uri("/news/harbour-bridge").toString(),
                    "  Elena Varga: “the vote ended months of uncertainty for traders on both sides of the river”"
                            + " (INDIRECT, cue: said)",
                    "  Elena Varga: “Every week the bridge stays closed costs the harbour district customers it may"
                            + " never win back,” (DIRECT, cue: told)",
                    "  Elena Varga: “work would begin in June and should be finished before the winter storms”"
                            + " (INDIRECT, cue: added)"),
                    run.outLines());
            assertEquals("", run.err());
        }
    }

    @Test
    void aMissingPersonOrFeedIsAUsageError() throws Exception {
        Captured noPerson = Captured.run((out, err) -> FollowFeed.run(new String[] {"http://127.0.0.1:9/feed"},
                out, err));
        Captured badRounds = Captured.run((out, err) -> FollowFeed.run(
                new String[] {"--person", "Varga", "--rounds", "-1", "http://127.0.0.1:9/feed"}, out, err));

        assertEquals(2, noPerson.code());
        assertTrue(noPerson.err().startsWith("FollowFeed: --person is required"), noPerson.err());
        assertEquals(2, badRounds.code());
        assertTrue(badRounds.err().startsWith("FollowFeed: --rounds needs a whole number"), badRounds.err());
        assertEquals("", noPerson.out() + badRounds.out());
    }

    private static String rss(String items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0">
                  <channel>
                    <title>City News</title>
                    <link>https://city-news.example/</link>
                    <description>Local news</description>
                %s  </channel>
                </rss>
                """.formatted(items);
    }

    private static String item(LocalServer server, String title, String path) {
        return """
                    <item><title>%s</title><link>%s</link></item>
                """.formatted(title, server.uri(path));
    }
}
