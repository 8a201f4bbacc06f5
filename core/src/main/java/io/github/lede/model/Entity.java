package io.github.lede.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One referent of an article — a person, organisation, place or date — with every way the text
 * names it. Immutable; build with {@link #builder(String, EntityType, String)}.
 *
 * <p>{@link #name()} is the fullest form the article uses ("Antony Blinken"); {@link #aliases()}
 * are the other forms ("Blinken", "Secretary Blinken"); {@link #titles()} the roles as written
 * ("U.S. Secretary of State"). {@link #mentions()} are sorted by position.
 */
public final class Entity {

    private final String id;
    private final EntityType type;
    private final String name;
    private final List<String> aliases;
    private final List<String> titles;
    private final List<Mention> mentions;
    private final double salience;
    private final Gender gender;
    private final GrammaticalNumber number;
    private final String value;

    private Entity(Builder b) {
        this.id = b.id;
        this.type = b.type;
        this.name = b.name;
        this.aliases = List.copyOf(b.aliases);
        this.titles = List.copyOf(b.titles);
        List<Mention> sorted = new ArrayList<>(new LinkedHashSet<>(b.mentions));
        sorted.sort(Comparator.naturalOrder());
        this.mentions = List.copyOf(sorted);
        this.salience = b.salience;
        this.gender = b.gender;
        this.number = b.number;
        this.value = b.value;
    }

    /** Starts an entity with its article-unique id (e.g. {@code "E1"}), type and canonical name. */
    public static Builder builder(String id, EntityType type, String name) {
        return new Builder(id, type, name);
    }

    /** A builder holding this entity's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(id, type, name);
        b.aliases.addAll(aliases);
        b.titles.addAll(titles);
        b.mentions.addAll(mentions);
        b.salience = salience;
        b.gender = gender;
        b.number = number;
        b.value = value;
        return b;
    }

    /** Article-unique id, referenced by {@link Speaker#entity()}. */
    public String id() {
        return id;
    }

    /** The entity's type. */
    public EntityType type() {
        return type;
    }

    /** The fullest form the article uses. */
    public String name() {
        return name;
    }

    /** The other forms the article uses, in first-seen order, without {@link #name()}. */
    public List<String> aliases() {
        return aliases;
    }

    /** Roles and titles as written. */
    public List<String> titles() {
        return titles;
    }

    /** Where the text names the entity, sorted by position. */
    public List<Mention> mentions() {
        return mentions;
    }

    /** Importance in the article in [0, 1], when computed. */
    public OptionalDouble salience() {
        return Double.isNaN(salience) ? OptionalDouble.empty() : OptionalDouble.of(salience);
    }

    /** Grammatical gender, {@link Gender#UNKNOWN} when nothing tells. */
    public Gender gender() {
        return gender;
    }

    /** Grammatical number, {@link GrammaticalNumber#UNKNOWN} when nothing tells. */
    public GrammaticalNumber number() {
        return number;
    }

    /** A normalised value, such as the ISO-8601 form of a {@link EntityType#DATE}. */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** Whether {@code form} is the name or one of the aliases, ignoring case. */
    public boolean isNamed(String form) {
        return name.equalsIgnoreCase(form) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(form));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Entity e && id.equals(e.id) && type.equals(e.type) && name.equals(e.name)
                && aliases.equals(e.aliases) && titles.equals(e.titles) && mentions.equals(e.mentions)
                && Double.compare(salience, e.salience) == 0 && gender == e.gender && number == e.number
                && Objects.equals(value, e.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, name, aliases, titles, mentions, salience, gender, number, value);
    }

    @Override
    public String toString() {
        return "Entity{" + id + " " + type + " " + name + ", " + mentions.size() + " mentions}";
    }

    /** Builds an {@link Entity}. Not thread-safe; the built entity is. */
    public static final class Builder {
        private String id;
        private EntityType type;
        private String name;
        private final List<String> aliases = new ArrayList<>();
        private final List<String> titles = new ArrayList<>();
        private final List<Mention> mentions = new ArrayList<>();
        private double salience = Double.NaN;
        private Gender gender = Gender.UNKNOWN;
        private GrammaticalNumber number = GrammaticalNumber.UNKNOWN;
        private String value;

        private Builder(String id, EntityType type, String name) {
            id(id);
            type(type);
            name(name);
        }

        /** Sets the article-unique id. */
        public Builder id(String id) {
            this.id = requireText(id, "id");
            return this;
        }

        /** Sets the type. */
        public Builder type(EntityType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /** Sets the canonical name. */
        public Builder name(String name) {
            this.name = requireText(name, "name");
            return this;
        }

        /** Adds an alias; blanks and repeats (including the name) are ignored. */
        public Builder addAlias(String alias) {
            Objects.requireNonNull(alias, "alias");
            if (!alias.isBlank() && !aliases.contains(alias)) {
                aliases.add(alias);
            }
            return this;
        }

        /** Adds aliases; see {@link #addAlias(String)}. */
        public Builder addAliases(Collection<String> forms) {
            forms.forEach(this::addAlias);
            return this;
        }

        /** Adds a title; blanks and repeats are ignored. */
        public Builder addTitle(String title) {
            Objects.requireNonNull(title, "title");
            if (!title.isBlank() && !titles.contains(title)) {
                titles.add(title);
            }
            return this;
        }

        /** Adds a mention. */
        public Builder addMention(Mention mention) {
            mentions.add(Objects.requireNonNull(mention, "mention"));
            return this;
        }

        /** Adds mentions. */
        public Builder addMentions(Collection<Mention> more) {
            more.forEach(this::addMention);
            return this;
        }

        /** Sets the salience, in [0, 1]. */
        public Builder salience(double salience) {
            if (!(salience >= 0 && salience <= 1)) {
                throw new IllegalArgumentException("salience must be in [0, 1], got " + salience);
            }
            this.salience = salience;
            return this;
        }

        /** Sets the gender. */
        public Builder gender(Gender gender) {
            this.gender = Objects.requireNonNull(gender, "gender");
            return this;
        }

        /** Sets the number. */
        public Builder number(GrammaticalNumber number) {
            this.number = Objects.requireNonNull(number, "number");
            return this;
        }

        /** Sets the normalised value, or clears it with {@code null}. */
        public Builder value(String value) {
            this.value = value == null || value.isBlank() ? null : value;
            return this;
        }

        /** The entity; the name is removed from the aliases. */
        public Entity build() {
            aliases.removeIf(a -> a.equals(name));
            return new Entity(this);
        }
    }

    static String requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return s;
    }
}
