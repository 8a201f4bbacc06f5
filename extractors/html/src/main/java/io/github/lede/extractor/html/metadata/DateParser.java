package io.github.lede.extractor.html.metadata;

import io.github.lede.model.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages write into metadata and URLs: ISO-8601 with or without a time or an offset
 * ({@code 2024-02-08T10:15:00+0100}, {@code 2024-02-08 10:15:00}, {@code 20240208}), RFC-1123-like
 * forms ({@code Thu, 08 Feb 2024 10:15:00 GMT}), English month names ({@code February 8, 2024},
 * {@code 8 Feb 2024}), numeric day-first and month-first forms ({@code 23.07.2025} is day.month,
 * {@code 10/31/2024} month/day unless the first number cannot be a month) and Unix epoch seconds
 * or milliseconds. The precision the page gives is
 * kept: a bare day stays a day, an offset is kept and never invented. Dates before 1990 or more
 * than a day in the future are refused, since they are template defaults or mistakes.
 */
public final class DateParser {

    private static final Pattern TAG_SEPARATOR = Pattern.compile("[-_]");
    private static final Pattern REGION_CODE = Pattern.compile("[a-z]{2}|\\d{3}");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
            + "(Z|z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");
    private static final Pattern STRICT_ISO = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    /** {@code 23.07.2025}, {@code 10/31/2024}, {@code 31-12-2024}: the same separator twice, a four-digit year last. */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![\\d./-]\\d)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern EPOCH = Pattern.compile("^\\d{9,13}$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern TIME_AFTER = Pattern.compile(
            "^[^0-9]{0,6}(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?\\s*(GMT|UTC|Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2}|[A-Za-z]{3,9})[/-](\\d{1,2})(?:/|-|\\b)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})/");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private final Clock clock;
    /** How a numeric date such as {@code 03/09/2026} is read: month first (+1), day first (-1), by its separator (0). */
    private final int order;

    /** A parser that judges "the future" by the system clock. */
    public DateParser() {
        this(Clock.systemUTC());
    }

    /** A parser that judges "the future" by {@code clock}. */
    public DateParser(Clock clock) {
        this(clock, 0);
    }

    private DateParser(Clock clock, int order) {
        this.clock = clock;
        this.order = order;
    }

    /**
     * This parser reading numeric dates as a page in the language {@code tag} (BCP 47 or POSIX,
     * "en-US", "en_GB", "de") writes them: month first in the United States and the Philippines,
     * day first in other regions and in every language but English. English without a region says
     * nothing: slashes are then month first, dots and dashes day first. Either way a number over
     * 12 is the day.
     */
    public DateParser forLanguage(String tag) {
        String[] parts = TAG_SEPARATOR.split(tag.strip().toLowerCase(Locale.ROOT));
        String language = parts[0];
        String region = parts.length > 1 && REGION_CODE.matcher(parts[1]).matches() ? parts[1] : "";
        int o = region.equals("us") || region.equals("ph") ? 1
                : !region.isEmpty() || LANGUAGE_CODE.matcher(language).matches() && !language.equals("en") ? -1 : 0;
        return o == order ? this : new DateParser(clock, o);
    }

    /** Parses a date written in metadata or page text; empty when none is found or it is out of range. */
    public Optional<Timestamp> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 200) {
            return Optional.empty();
        }
        try {
            return plausible(read(s));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The first date written in a stretch of running text (at most 2,000 characters are read). */
    public Optional<Timestamp> findIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.length() > 2000 ? text.substring(0, 2000) : text;
        if (!hasYear(s)) {
            return Optional.empty(); // every form below has a four-digit year; most texts have none
        }
        // The date written first wins, whatever its form: read from the earliest match on.
        int start = s.length();
        int end = s.length();
        for (Pattern p : new Pattern[] {ISO, SLASHED, NUMERIC, MONTH_DAY_YEAR, DAY_MONTH_YEAR}) {
            Matcher m = p.matcher(s);
            while (m.find() && m.start() < start) {
                if (p == MONTH_DAY_YEAR && month(m.group(1)) == 0 || p == DAY_MONTH_YEAR && month(m.group(2)) == 0) {
                    continue;
                }
                start = m.start();
                end = m.end();
                break;
            }
        }
        if (start == s.length()) {
            return Optional.empty();
        }
        try {
            // a time written right after the date is kept (up to 30 characters on, short of another date)
            String tail = s.substring(end, Math.min(s.length(), end + 30));
            for (Pattern p : new Pattern[] {ISO, SLASHED, NUMERIC}) {
                Matcher m = p.matcher(tail);
                if (m.find()) {
                    tail = tail.substring(0, m.start());
                }
            }
            return plausible(read((s.substring(start, end) + tail).strip()));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether four ASCII digits stand in a row ({@code \d{4}}). */
    private static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** The date a URL path carries ({@code /2024/02/08/}, {@code /2024-02-08-}, {@code /20240208/}, {@code /2024/feb/08/}). */
    public Optional<Timestamp> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        int base = m.group(1) != null ? 1 : 4;
        String monthPart = m.group(base + 1);
        int month = Character.isDigit(monthPart.charAt(0)) ? Integer.parseInt(monthPart) : month(monthPart);
        try {
            return plausible(Optional.of(Timestamp.of(LocalDate.of(Integer.parseInt(m.group(base)),
                    month, Integer.parseInt(m.group(base + 2))))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Timestamp> read(String s) {
        if (EPOCH.matcher(s).matches()) {
            long v = Long.parseLong(s);
            Instant i = s.length() >= 12 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
            return Optional.of(Timestamp.of(OffsetDateTime.ofInstant(i, ZoneOffset.UTC)));
        }
        if (STRICT_ISO.matcher(s).matches()) {
            // Kept exactly as the page writes it.
            return Optional.of(Timestamp.parse(s));
        }
        Matcher m = COMPACT.matcher(s);
        if (m.find()) {
            return Optional.of(Timestamp.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
        }
        m = ISO.matcher(s);
        if (m.find()) {
            LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            if (m.group(4) == null) {
                return Optional.of(Timestamp.of(day));
            }
            LocalDateTime local = day.atTime(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6));
            return Optional.of(withZone(local, m.group(7)));
        }
        m = SLASHED.matcher(s);
        if (m.find()) {
            return Optional.of(Timestamp.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
        }
        LocalDate day = null;
        int end = 0;
        int numericAt = Integer.MAX_VALUE;
        m = NUMERIC.matcher(s);
        if (m.find()) {
            numericAt = m.start();
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find() && month(m.group(1)) > 0) {
            day = LocalDate.of(num(m, 3), month(m.group(1)), num(m, 2));
            end = m.end();
        } else {
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.find() && month(m.group(2)) > 0) {
                day = LocalDate.of(num(m, 3), month(m.group(2)), num(m, 1));
                end = m.end();
            }
        }
        if (day == null || numericAt < m.start()) {
            m = NUMERIC.matcher(s);
            if (!m.find()) {
                return Optional.empty();
            }
            day = numericDay(num(m, 1), m.group(2), num(m, 3), num(m, 4));
            end = m.end();
        }
        Matcher t = TIME_AFTER.matcher(s.substring(end));
        if (t.find()) {
            int hour = num(t, 1);
            String ampm = t.group(4);
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }
            LocalDateTime local = day.atTime(hour, num(t, 2), t.group(3) == null ? 0 : num(t, 3));
            return Optional.of(withZone(local, t.group(5)));
        }
        return Optional.of(Timestamp.of(day));
    }

    /**
     * A number over 12 is the day; otherwise the page's order (see {@link #forLanguage}) decides, and
     * without one dots and dashes are day-first (European), slashes month-first (US).
     */
    private LocalDate numericDay(int a, String separator, int b, int year) {
        boolean dayFirst = a > 12 || b <= 12 && (order == 0 ? !separator.equals("/") : order < 0);
        return dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
    }

    private static Timestamp withZone(LocalDateTime local, String zone) {
        if (zone == null) {
            return Timestamp.of(local);
        }
        String z = zone.toUpperCase(Locale.ROOT);
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
            return Timestamp.of(local.atOffset(ZoneOffset.UTC));
        }
        String digits = z.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return Timestamp.of(local.atOffset(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes)));
    }

    private Optional<Timestamp> plausible(Optional<Timestamp> t) {
        if (t.isEmpty()) {
            return t;
        }
        LocalDate d = t.get().date();
        LocalDate latest = LocalDate.now(clock).plus(1, ChronoUnit.DAYS);
        return d.isBefore(EARLIEST) || d.isAfter(latest) ? Optional.empty() : t;
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer v = n.length() < 3 ? null : MONTHS.get(n.substring(0, 3));
        return v != null && (n.length() == 3 || fullMonth(n)) ? v : 0;
    }

    private static boolean fullMonth(String n) {
        return switch (n) {
            case "january", "february", "march", "april", "june", "july", "august", "september", "sept",
                    "october", "november", "december" -> true;
            default -> false;
        };
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
