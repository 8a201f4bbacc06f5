package io.github.lede.extractor.entities;

import io.github.lede.model.Gender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the entity finder consults: gazetteers of places and organisations, nationality
 * adjectives, first names with gender, title heads, honorifics, name suffixes and a list of common
 * lower-case English words. Loaded once from the jar's resources (see the NOTICE files beside
 * them for sources and licences); immutable and shared by every thread.
 */
final class Lexicon {

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    private final Set<String> commonWords;
    private final Map<String, Gender> firstNames;
    private final Map<String, Gender> honorifics;
    private final Map<String, Gender> titleHeads;
    private final Set<String> titleModifiers;
    private final Set<String> orgSuffixes;
    private final Set<String> locationWords;
    private final Set<String> locationPrefixes;
    private final Map<String, String> places;
    private final Set<String> minorCities;
    private final Set<String> countries;
    private final Map<String, String> organizations;
    private final Map<String, String> nationalities;
    private final Set<String> acronymStoplist;

    private Lexicon() {
        commonWords = Set.copyOf(lines("common-words.txt"));
        Map<String, Gender> names = new HashMap<>();
        lines("first-names-female.txt").forEach(n -> names.merge(lower(n), Gender.FEMALE, Lexicon::combine));
        lines("first-names-male.txt").forEach(n -> names.merge(lower(n), Gender.MALE, Lexicon::combine));
        for (String[] row : rows("first-names-extra.txt")) {
            names.put(lower(row[0]), gender(row.length > 1 ? row[1] : "U"));
        }
        firstNames = Map.copyOf(names);
        honorifics = genderTable("honorifics.txt");
        titleHeads = genderTable("title-heads.txt");
        titleModifiers = Set.copyOf(lines("title-modifiers.txt"));
        orgSuffixes = Set.copyOf(lines("org-suffixes.txt"));
        locationWords = Set.copyOf(lines("location-words.txt"));
        locationPrefixes = Set.copyOf(lines("location-prefixes.txt"));
        Map<String, String> placeMap = new HashMap<>();
        // The JDK's English country names are a free, complete country gazetteer.
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!name.isBlank() && !name.equals(code)) {
                placeMap.put(name, name);
                // the JDK's short forms as news writes them in full: "Trinidad and Tobago", "Saint
                // Vincent and the Grenadines", "St Kitts and Nevis"
                for (String and : List.of(" and ", " and the ")) {
                    String full = name.replace(" & ", and);
                    for (String saint : List.of("St. ", "Saint ", "St ")) {
                        placeMap.putIfAbsent(full.replace("St. ", saint), name);
                    }
                }
            }
        }
        countries = Set.copyOf(placeMap.keySet());
        placeMap.putAll(formTable("places.txt"));
        // GeoNames cities of 100,000 or more: those of a million or more, and every name of two
        // words or more, are places wherever they stand; a smaller one-word city ("Lancaster",
        // "Batman", "Columbia") is often a surname, a character or a body too, so it only tells
        // that a longer name built on it is no person's ("Cambridge Analytica") and that "X City"
        // is a club's name, and context alone makes it a place
        Set<String> minor = new HashSet<>();
        for (String[] row : rows("cities.txt")) {
            long population = Long.parseLong(row[2]);
            if (population >= 1_000_000 || row[0].contains(" ")) {
                placeMap.putIfAbsent(row[0], row[0]);
            } else if (!placeMap.containsKey(row[0])) {
                minor.add(row[0]);
            }
        }
        places = Map.copyOf(placeMap);
        minorCities = Set.copyOf(minor);
        organizations = formTable("organizations.txt");
        Map<String, String> nat = new HashMap<>();
        for (String[] row : rows("nationalities.txt")) {
            nat.put(row[0], row.length > 1 ? row[1] : "");
        }
        nationalities = Map.copyOf(nat);
        acronymStoplist = Set.copyOf(lines("acronym-stoplist.txt"));
    }

    /** The shared instance. */
    static Lexicon get() {
        return Holder.INSTANCE;
    }

    /** Whether the lower-case form of {@code word} is a common English word. */
    boolean isCommonWord(String word) {
        return commonWords.contains(lower(word));
    }

    /** The gender a first name suggests (UNKNOWN when used for both), or null if it is no known first name. */
    Gender firstNameGender(String word) {
        return firstNames.get(lower(word));
    }

    boolean isFirstName(String word) {
        return firstNames.containsKey(lower(word));
    }

    /** Gender of an honorific (with or without its full stop), or null if the word is none. */
    Gender honorific(String word) {
        return honorifics.get(lower(stripDot(word)));
    }

    /** Gender a title head implies, or null if the word heads no title. */
    Gender titleHead(String word) {
        Gender g = titleHeads.get(lower(word));
        if (g == null) {
            g = titleHeads.get(lower(stripDot(word)));
        }
        if (g == null && word.indexOf('-') > 0) {
            // "Attorney-General", "Governor-General", "Deputy-Mayor": titles joined by a hyphen are one
            String[] parts = word.split("-");
            Gender last = titleHeads.get(lower(parts[parts.length - 1]));
            boolean allTitles = last != null && Arrays.stream(parts, 0, parts.length - 1)
                    .allMatch(p -> titleHeads.containsKey(lower(p)) || titleModifiers.contains(lower(p)));
            g = allTitles ? last : null;
        }
        return g;
    }

    boolean isTitleHead(String word) {
        return titleHead(word) != null;
    }

    boolean isTitleModifier(String word) {
        return titleModifiers.contains(lower(word));
    }

    boolean isOrgSuffix(String word) {
        return orgSuffixes.contains(word);
    }

    boolean isLocationWord(String word) {
        return locationWords.contains(word);
    }

    boolean isLocationPrefix(String word) {
        return locationPrefixes.contains(word);
    }

    /** Whether {@code form} names a country ("US", "New Zealand"), not a state or city. */
    boolean isCountry(String form) {
        String canonical = places.get(form);
        return canonical != null && countries.contains(canonical);
    }

    /** The canonical name of a known place written {@code form}, or null. */
    String place(String form) {
        return places.get(form);
    }

    /**
     * Whether {@code form} is a city of 100,000 to a million people with a one-word name that is
     * no {@link #place}: not typed a place by itself, as it may be a surname or a character.
     */
    boolean isMinorCity(String form) {
        return minorCities.contains(form);
    }

    /** The canonical name of a known organisation written {@code form}, or null. */
    String organization(String form) {
        return organizations.get(form);
    }

    /**
     * Whether {@code word} is a nationality, creed or political group word, or its plural: "Hispanic",
     * "Hispanics", "Democrats".
     */
    boolean isNationality(String word) {
        return nationalities.containsKey(word)
                || word.length() > 3 && word.endsWith("s") && nationalities.containsKey(word.substring(0, word.length() - 1));
    }

    boolean isStoppedAcronym(String word) {
        return acronymStoplist.contains(word);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static Gender combine(Gender a, Gender b) {
        return a == b ? a : Gender.UNKNOWN;
    }

    private static Gender gender(String code) {
        return switch (code.trim()) {
            case "M" -> Gender.MALE;
            case "F" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    private static Map<String, Gender> genderTable(String resource) {
        Map<String, Gender> map = new HashMap<>();
        for (String[] row : rows(resource)) {
            map.put(lower(row[0]), gender(row.length > 1 ? row[1] : "U"));
        }
        return Map.copyOf(map);
    }

    /** Rows "canonical TAB form|form": every form (and the canonical name) maps to the canonical name. */
    private static Map<String, String> formTable(String resource) {
        Map<String, String> map = new HashMap<>();
        for (String[] row : rows(resource)) {
            map.put(row[0], row[0]);
            if (row.length > 1) {
                for (String form : row[1].split("\\|")) {
                    if (!form.isBlank()) {
                        map.putIfAbsent(form.trim(), row[0]);
                    }
                }
            }
        }
        return Map.copyOf(map);
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            rows.add(line.split("\t"));
        }
        return rows;
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && seen.add(line)) {
                    out.add(line.endsWith("\t") ? line.substring(0, line.length() - 1) : line.stripLeading());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return out;
    }
}
