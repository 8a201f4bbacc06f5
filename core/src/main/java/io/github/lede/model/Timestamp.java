package io.github.lede.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A publication or modification time as precise as its source: a date, a local date-time, or a
 * date-time with a UTC offset. The offset is kept when the page gives one, and never invented
 * when it does not.
 *
 * <p>{@link #toString()} gives the ISO-8601 form used in serialised output, e.g.
 * {@code 2024-02-08}, {@code 2024-02-08T10:15} or {@code 2024-02-08T10:15:00+01:00}.
 */
public final class Timestamp implements Comparable<Timestamp> {

    private static final Pattern OFFSET = Pattern.compile("T.*[+-]\\d{2}:\\d{2}$");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("T.*[+-]\\d{4}$");

    private final Temporal value;
    private final String iso;

    private Timestamp(Temporal value, String iso) {
        this.value = value;
        this.iso = iso;
    }

    private Timestamp(Temporal value) {
        this(value, format(value));
    }

    private static String format(Temporal value) {
        if (value instanceof OffsetDateTime odt) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(odt);
        }
        if (value instanceof LocalDateTime ldt) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(ldt);
        }
        return value.toString();
    }

    /** A time with a known offset. */
    public static Timestamp of(OffsetDateTime value) {
        return new Timestamp(Objects.requireNonNull(value, "value"));
    }

    /** A time whose offset the source did not give. */
    public static Timestamp of(LocalDateTime value) {
        return new Timestamp(Objects.requireNonNull(value, "value"));
    }

    /** A day with no time. */
    public static Timestamp of(LocalDate value) {
        return new Timestamp(Objects.requireNonNull(value, "value"));
    }

    /**
     * Parses an ISO-8601 date, local date-time or offset date-time ({@code Z} or {@code ±hh:mm}).
     * The text is kept as given, so {@link #toString()} returns it unchanged.
     *
     * @throws IllegalArgumentException if the text is none of these
     */
    public static Timestamp parse(String iso) {
        Objects.requireNonNull(iso, "iso");
        String s = iso.trim();
        try {
            if (s.length() <= 10) {
                return new Timestamp(LocalDate.parse(s), s);
            }
            String t = s.replace('z', 'Z').replace('t', 'T');
            if (OFFSET_WITHOUT_COLON.matcher(t).find()) {
                t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
            }
            char last = t.charAt(t.length() - 1);
            boolean hasOffset = last == 'Z' || OFFSET.matcher(t).find();
            Temporal value = hasOffset ? OffsetDateTime.parse(t) : LocalDateTime.parse(t);
            return new Timestamp(value, t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 date or date-time: " + iso, e);
        }
    }

    /** The calendar day. */
    public LocalDate date() {
        if (value instanceof OffsetDateTime odt) {
            return odt.toLocalDate();
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.toLocalDate();
        }
        return (LocalDate) value;
    }

    /** The date-time with its offset, when the source gave one. */
    public Optional<OffsetDateTime> offsetDateTime() {
        return value instanceof OffsetDateTime odt ? Optional.of(odt) : Optional.empty();
    }

    /** Whether the source gave a time of day. */
    public boolean hasTime() {
        return !(value instanceof LocalDate);
    }

    /** The instant, reading a missing offset or time of day in {@code fallbackZone} (midnight for a bare date). */
    public Instant toInstant(ZoneId fallbackZone) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.atZone(fallbackZone).toInstant();
        }
        return ((LocalDate) value).atStartOfDay(fallbackZone).toInstant();
    }

    /** The underlying {@link OffsetDateTime}, {@link LocalDateTime} or {@link LocalDate}. */
    public Temporal temporal() {
        return value;
    }

    /** Orders by instant, reading times without an offset as UTC. */
    @Override
    public int compareTo(Timestamp o) {
        return toInstant(ZoneId.of("UTC")).compareTo(o.toInstant(ZoneId.of("UTC")));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timestamp t && value.equals(t.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The ISO-8601 form: as given to {@link #parse(String)}, else with seconds always shown. */
    @Override
    public String toString() {
        return iso;
    }
}
