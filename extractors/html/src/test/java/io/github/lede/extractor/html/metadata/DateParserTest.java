package io.github.lede.extractor.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.model.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateParserTest {

    private final DateParser dates = new DateParser(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));

    private String parse(String s) {
        return dates.parse(s).map(Timestamp::toString).orElse("-");
    }

    @Test
    void isoIsKeptAsWritten() {
        assertEquals("2025-02-06T17:42:00-06:00", parse("2025-02-06T17:42:00-06:00"));
        assertEquals("2025-02-17T16:48:11Z", parse("2025-02-17T16:48:11Z"));
        assertEquals("2024-02-08", parse("2024-02-08"));
    }

    @Test
    void otherFormatsKeepTheirPrecision() {
        assertEquals("2024-02-08T10:15:00+01:00", parse("2024-02-08 10:15:00 +0100"));
        assertEquals("2024-02-08T10:15:00Z", parse("Thu, 08 Feb 2024 10:15:00 GMT"));
        assertEquals("2024-07-27", parse("July 27, 2024"));
        assertEquals("2024-06-08", parse("8 June 2024"));
        assertEquals("2025-02-06T17:42:00", parse("Feb. 6, 2025 5:42 p.m."));
    }

    @Test
    void implausibleDatesAreRefused() {
        assertEquals("-", parse("1989-12-31"));
        assertEquals("-", parse("2025-06-03"));
        assertEquals("2025-06-02", parse("2025-06-02"), "up to a day ahead is allowed");
        assertEquals("-", parse("Updated 2 hours ago"));
    }

    @Test
    void urlsAndRunningTextCarryDates() {
        assertEquals(Optional.of("2024-03-05"), dates.fromUrl("https://x.example/2024/03/05/story").map(Timestamp::toString));
        assertEquals(Optional.of("2025-05-18"), dates.findIn("By Reyan Perumal Published on May 18, 2025 5 min read")
                .map(Timestamp::toString));
    }

    @Test
    void numericDatesAreDayFirstWithDotsAndMonthFirstWithSlashes() {
        assertEquals("2025-04-23", parse("23.04.2025"));
        assertEquals("2024-10-31", parse("Updated: 10/31/2024"));
        assertEquals("2024-03-02", parse("3/2/2024"));
        assertEquals("2024-02-13", parse("13/2/2024"), "13 cannot be a month");
        assertEquals("-", parse("1.2.3.2024"));
    }

    @Test
    void runningTextGivesTheDateWrittenFirst() {
        assertEquals(Optional.of("2024-04-08"), dates.findIn("Written by Moses Kim April 8, 2024 · updated 2025-01-02")
                .map(Timestamp::toString));
        assertEquals(Optional.of("2025-05-23"), dates.findIn("Elliot Raba 23.05.2025 · 6 min read, see 2024-01-01")
                .map(Timestamp::toString));
    }

    @Test
    void numericDatesFollowThePagesRegionAndANumberOver12IsTheDay() {
        DateParser us = dates.forLanguage("en_US");
        DateParser gb = dates.forLanguage("en-GB");
        assertEquals("2024-03-09", us.parse("03-09-2024").map(Timestamp::toString).orElse("-"));
        assertEquals("2024-03-09", us.parse("03/09/2024").map(Timestamp::toString).orElse("-"));
        assertEquals("2024-09-03", gb.parse("03/09/2024").map(Timestamp::toString).orElse("-"));
        assertEquals("2024-09-03", dates.forLanguage("de").parse("03/09/2024").map(Timestamp::toString).orElse("-"));
        assertEquals("2024-03-25", gb.parse("03/25/2024").map(Timestamp::toString).orElse("-"));
        assertEquals("2024-03-25", parse("03-25-2024"));
        // English without a region keeps the separators' custom
        assertEquals("2024-03-09", dates.forLanguage("en").parse("03/09/2024").map(Timestamp::toString).orElse("-"));
        assertEquals("2024-09-03", dates.forLanguage("en").parse("03.09.2024").map(Timestamp::toString).orElse("-"));
    }

    @Test
    void aUrlMayNameItsMonth() {
        assertEquals("2023-10-03", dates.fromUrl("https://example.org/blog/2023/october/03/wine/")
                .map(Timestamp::toString).orElse("-"));
        assertEquals("2023-10-03", dates.fromUrl("https://example.org/world/2023/oct/03/story")
                .map(Timestamp::toString).orElse("-"));
    }
}
