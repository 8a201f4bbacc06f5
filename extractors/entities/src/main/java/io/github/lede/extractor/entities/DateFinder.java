package io.github.lede.extractor.entities;

import io.github.lede.spi.AnalysisContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds explicit calendar dates ("Thursday, February 8, 2024", "Feb. 8", "8 February 2024",
 * "the 12th of June") and gives each an ISO-8601 value when the year is written or follows from
 * the article's publication date.
 */
final class DateFinder {

    /**
     * A date as written.
     *
     * @param start first index in the text
     * @param end index after the date
     * @param iso the ISO-8601 date, or null when the year is unknown
     */
    record FoundDate(int start, int end, String iso) {
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
    private static final String DAY = "([0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:,?\\s+(\\d{4}))?";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + WEEKDAY + MONTH + "\\s+" + DAY + "(?![\\d:])" + YEAR + "\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b" + WEEKDAY + "(?:the\\s+)?" + DAY + "(?:\\s+of)?\\s+" + MONTH + YEAR + "(?![\\p{L}])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    List<FoundDate> find(String text, Optional<LocalDate> published, AnalysisContext context) {
        List<FoundDate> found = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            context.checkDeadline("date recognition");
            add(found, text, m.start(), m.end(), m.group(1), m.group(2), m.group(3), published);
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            context.checkDeadline("date recognition");
            int start = m.start();
            if (text.startsWith("the ", start)) {
                start += 4;
            }
            int s = start;
            int e = m.end();
            if (found.stream().noneMatch(f -> f.start() < e && s < f.end())) {
                add(found, text, start, m.end(), m.group(2), m.group(1), m.group(3), published);
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void add(List<FoundDate> found, String text, int start, int end, String month, String day,
                            String year, Optional<LocalDate> published) {
        int mo = MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return;
        }
        if (month.equals("May") && year == null && end - start <= 6 && !Character.isDigit(text.charAt(end - 1))) {
            return;
        }
        String iso = null;
        try {
            if (year != null) {
                iso = LocalDate.of(Integer.parseInt(year), mo, d).toString();
            } else if (published.isPresent()) {
                // the year nearest the publication date: "Dec. 30" in a January story is last year
                LocalDate pub = published.get();
                LocalDate best = null;
                for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
                    try {
                        LocalDate candidate = LocalDate.of(y, mo, d);
                        if (best == null || Math.abs(candidate.toEpochDay() - pub.toEpochDay())
                                < Math.abs(best.toEpochDay() - pub.toEpochDay())) {
                            best = candidate;
                        }
                    } catch (DateTimeException ignored) {
                        // February 29 in a year without it
                    }
                }
                iso = best == null ? null : best.toString();
            }
        } catch (DateTimeException e) {
            return; // "February 31" is not a date
        }
        found.add(new FoundDate(start, end, iso));
    }
}
