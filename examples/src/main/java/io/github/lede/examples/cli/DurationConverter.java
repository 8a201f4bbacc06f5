package io.github.lede.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a positive duration: seconds ({@code 30}, {@code 2.5}), a number with a unit
 * ({@code 500ms}, {@code 10s}, {@code 2m}) or ISO-8601 ({@code PT1M30S}).
 */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Duration d;
        try {
            if (v.startsWith("pt")) {
                d = Duration.parse(v);
            } else if (v.endsWith("ms")) {
                d = Duration.ofMillis(new BigDecimal(v.substring(0, v.length() - 2)).longValueExact());
            } else if (v.endsWith("m")) {
                d = ofSeconds(new BigDecimal(v.substring(0, v.length() - 1)).multiply(BigDecimal.valueOf(60)));
            } else {
                d = ofSeconds(new BigDecimal(v.endsWith("s") ? v.substring(0, v.length() - 1) : v));
            }
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a duration such as 30, 2.5s, 500ms, 2m or PT1M");
        }
        if (d.isNegative() || d.isZero()) {
            throw new TypeConversionException("'" + value + "' is not a positive duration");
        }
        return d;
    }

    private static Duration ofSeconds(BigDecimal seconds) {
        return Duration.ofMillis(seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
