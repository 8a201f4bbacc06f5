package io.github.lede.model;

import java.util.regex.Pattern;

/**
 * The kind of an {@link Entity}. The four standard types are constants; plugins may add their
 * own with {@link #of(String)} (upper-case names such as {@code "NORP"} or {@code "PRODUCT"}).
 *
 * @param name the upper-case name as it appears in serialised output
 */
public record EntityType(String name) {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** A person, real or fictional. */
    public static final EntityType PERSON = new EntityType("PERSON");
    /** A company, agency, party, team, institution or other organised body. */
    public static final EntityType ORGANIZATION = new EntityType("ORGANIZATION");
    /** A country, region, city, geographic feature or facility. */
    public static final EntityType LOCATION = new EntityType("LOCATION");
    /** An explicit calendar date. */
    public static final EntityType DATE = new EntityType("DATE");

    /** @throws IllegalArgumentException unless the name is upper-case letters, digits and underscores */
    public EntityType {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("entity type must be an upper-case name, got: " + name);
        }
    }

    /** The type with this name; the standard constants are returned for the standard names. */
    public static EntityType of(String name) {
        return new EntityType(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
