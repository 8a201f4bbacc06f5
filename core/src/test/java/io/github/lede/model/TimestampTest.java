package io.github.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampTest {

    @Test
    void keepsTheFormTheSourceGave() {
        assertEquals("2024-02-08T10:15:00+01:00", Timestamp.parse("2024-02-08T10:15:00+01:00").toString());
        assertEquals("2024-02-08T10:15:00Z", Timestamp.parse("2024-02-08T10:15:00Z").toString());
        assertEquals("2024-02-08", Timestamp.parse("2024-02-08").toString());
        assertEquals("2024-02-08T10:15", Timestamp.parse("2024-02-08T10:15").toString());
    }

    @Test
    void readsOffsetsWithoutAColon() {
        Timestamp t = Timestamp.parse("2024-02-08T10:15:00+0100");
        assertEquals(OffsetDateTime.of(2024, 2, 8, 10, 15, 0, 0, ZoneOffset.ofHours(1)), t.offsetDateTime().orElseThrow());
    }

    @Test
    void neverInventsAnOffset() {
        Timestamp t = Timestamp.parse("2024-02-08T10:15:00");
        assertTrue(t.offsetDateTime().isEmpty());
        assertTrue(t.hasTime());
        assertFalse(Timestamp.of(LocalDate.of(2024, 2, 8)).hasTime());
        assertEquals("2024-02-08T10:15:00", Timestamp.of(LocalDateTime.of(2024, 2, 8, 10, 15)).toString());
        assertEquals(LocalDate.of(2024, 2, 8), t.date());
    }

    @Test
    void refusesText() {
        assertThrows(IllegalArgumentException.class, () -> Timestamp.parse("last Thursday"));
    }
}
