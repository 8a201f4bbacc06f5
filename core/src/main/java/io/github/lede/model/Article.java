package io.github.lede.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A news article as structured data: metadata, the clean body {@link #text()} split into
 * {@link #paragraphs()}, and the {@link #entities()} and {@link #quotes()} found in it.
 *
 * <p>Immutable and safe to share between threads. Build with {@link #builder(String)}; derive a
 * changed copy with {@link #toBuilder()}. Every offset — paragraphs, mentions, quotes, speakers,
 * cues — is a UTF-16 index into {@link #text()}, and {@link Builder#build()} refuses an article in
 * which {@code text.substring(start, end)} is not the surface form a span claims.
 */
public final class Article {

    private final String source;
    private final String url;
    private final String title;
    private final String description;
    private final List<String> authors;
    private final Timestamp published;
    private final Timestamp modified;
    private final String siteName;
    private final String language;
    private final String image;
    private final String canonicalUrl;
    private final String text;
    private final List<Paragraph> paragraphs;
    private final List<Entity> entities;
    private final List<Quote> quotes;

    private Article(Builder b) {
        source = b.source;
        url = b.url;
        title = b.title;
        description = b.description;
        authors = List.copyOf(b.authors);
        published = b.published;
        modified = b.modified;
        siteName = b.siteName;
        language = b.language;
        image = b.image;
        canonicalUrl = b.canonicalUrl;
        text = b.text;
        paragraphs = List.copyOf(b.paragraphs);
        entities = List.copyOf(b.entities);
        quotes = List.copyOf(b.quotes);
    }

    /** Starts an article whose body is {@code text} (paragraphs separated by a blank line). */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** A builder holding this article's values. */
    public Builder toBuilder() {
        Builder b = new Builder(text);
        b.source = source;
        b.url = url;
        b.title = title;
        b.description = description;
        b.authors.addAll(authors);
        b.published = published;
        b.modified = modified;
        b.siteName = siteName;
        b.language = language;
        b.image = image;
        b.canonicalUrl = canonicalUrl;
        b.paragraphs.addAll(paragraphs);
        b.entities.addAll(entities);
        b.quotes.addAll(quotes);
        return b;
    }

    /** The input as given: a file name, a URL, {@code "-"} for standard input. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** The page's own URL. */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** The headline. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** The page's summary or standfirst. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** The people (or agencies) credited, in byline order. */
    public List<String> authors() {
        return authors;
    }

    /** When the article was first published. */
    public Optional<Timestamp> published() {
        return Optional.ofNullable(published);
    }

    /** When the article was last changed. */
    public Optional<Timestamp> modified() {
        return Optional.ofNullable(modified);
    }

    /** The publication's name. */
    public Optional<String> siteName() {
        return Optional.ofNullable(siteName);
    }

    /** The language as a BCP-47 tag's primary subtag, e.g. {@code "en"}. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** The lead image's URL. */
    public Optional<String> image() {
        return Optional.ofNullable(image);
    }

    /** The canonical URL the page declares. */
    public Optional<String> canonicalUrl() {
        return Optional.ofNullable(canonicalUrl);
    }

    /** The clean body text; paragraphs are separated by a blank line. Never null, possibly empty. */
    public String text() {
        return text;
    }

    /** The body's blocks in reading order. */
    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** The entities, in the order the annotator gives them. */
    public List<Entity> entities() {
        return entities;
    }

    /** The entity with this id. */
    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The quotes, in text order. */
    public List<Quote> quotes() {
        return quotes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Article a && Objects.equals(source, a.source) && Objects.equals(url, a.url)
                && Objects.equals(title, a.title) && Objects.equals(description, a.description)
                && authors.equals(a.authors) && Objects.equals(published, a.published)
                && Objects.equals(modified, a.modified) && Objects.equals(siteName, a.siteName)
                && Objects.equals(language, a.language) && Objects.equals(image, a.image)
                && Objects.equals(canonicalUrl, a.canonicalUrl) && text.equals(a.text)
                && paragraphs.equals(a.paragraphs) && entities.equals(a.entities) && quotes.equals(a.quotes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, url, title, description, authors, published, modified, siteName, language,
                image, canonicalUrl, text, paragraphs, entities, quotes);
    }

    @Override
    public String toString() {
        return "Article{" + (title == null ? "(untitled)" : title) + ", " + text.length() + " chars, "
                + paragraphs.size() + " paragraphs, " + entities.size() + " entities, " + quotes.size() + " quotes}";
    }

    /**
     * Builds an {@link Article}. Setters take {@code null} or a blank string to clear a value.
     * Not thread-safe; the built article is.
     */
    public static final class Builder {
        private String source;
        private String url;
        private String title;
        private String description;
        private final List<String> authors = new ArrayList<>();
        private Timestamp published;
        private Timestamp modified;
        private String siteName;
        private String language;
        private String image;
        private String canonicalUrl;
        private String text;
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final List<Entity> entities = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();

        private Builder(String text) {
            text(text);
        }

        private static String clean(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        /** Sets the input label. */
        public Builder source(String source) {
            this.source = clean(source);
            return this;
        }

        /** Sets the page URL. */
        public Builder url(String url) {
            this.url = clean(url);
            return this;
        }

        /** Sets the headline. */
        public Builder title(String title) {
            this.title = clean(title);
            return this;
        }

        /** Sets the description. */
        public Builder description(String description) {
            this.description = clean(description);
            return this;
        }

        /** Replaces the authors; blanks and repeats are dropped. */
        public Builder authors(Collection<String> names) {
            authors.clear();
            for (String n : names) {
                String c = clean(n);
                if (c != null && !authors.contains(c)) {
                    authors.add(c);
                }
            }
            return this;
        }

        /** Sets the publication time. */
        public Builder published(Timestamp published) {
            this.published = published;
            return this;
        }

        /** Sets the modification time. */
        public Builder modified(Timestamp modified) {
            this.modified = modified;
            return this;
        }

        /** Sets the site name. */
        public Builder siteName(String siteName) {
            this.siteName = clean(siteName);
            return this;
        }

        /** Sets the language. */
        public Builder language(String language) {
            this.language = clean(language);
            return this;
        }

        /** Sets the lead image URL. */
        public Builder image(String image) {
            this.image = clean(image);
            return this;
        }

        /** Sets the canonical URL. */
        public Builder canonicalUrl(String canonicalUrl) {
            this.canonicalUrl = clean(canonicalUrl);
            return this;
        }

        /**
         * Replaces the body text. Paragraphs, entities and quotes index the text, so they are
         * checked against the new text when the article is built.
         */
        public Builder text(String text) {
            this.text = Objects.requireNonNull(text, "text");
            return this;
        }

        /** Replaces the paragraphs. */
        public Builder paragraphs(Collection<Paragraph> list) {
            paragraphs.clear();
            list.forEach(p -> paragraphs.add(Objects.requireNonNull(p, "paragraph")));
            return this;
        }

        /** Adds a paragraph. */
        public Builder addParagraph(Paragraph p) {
            paragraphs.add(Objects.requireNonNull(p, "paragraph"));
            return this;
        }

        /** Replaces the entities. */
        public Builder entities(Collection<Entity> list) {
            entities.clear();
            list.forEach(e -> entities.add(Objects.requireNonNull(e, "entity")));
            return this;
        }

        /** Replaces the quotes. */
        public Builder quotes(Collection<Quote> list) {
            quotes.clear();
            list.forEach(q -> quotes.add(Objects.requireNonNull(q, "quote")));
            return this;
        }

        /**
         * Checks every span against the text and builds the article.
         *
         * @throws IllegalArgumentException if a span lies outside the text or does not cover the
         *     surface form it claims, paragraphs overlap or are out of order, ids repeat, or a
         *     speaker links to an entity the article does not have
         */
        public Article build() {
            int previousEnd = 0;
            for (Paragraph p : paragraphs) {
                if (p.end() > text.length()) {
                    throw new IllegalArgumentException("paragraph " + p.span() + " ends past the text (length "
                            + text.length() + ")");
                }
                if (p.start() < previousEnd) {
                    throw new IllegalArgumentException("paragraph " + p.span() + " overlaps or precedes the previous one");
                }
                previousEnd = p.end();
            }
            Set<String> entityIds = new HashSet<>();
            for (Entity e : entities) {
                if (!entityIds.add(e.id())) {
                    throw new IllegalArgumentException("entity id " + e.id() + " is used twice");
                }
                for (Mention m : e.mentions()) {
                    check(m, "mention of " + e.id());
                }
            }
            Set<String> quoteIds = new HashSet<>();
            for (Quote q : quotes) {
                if (!quoteIds.add(q.id())) {
                    throw new IllegalArgumentException("quote id " + q.id() + " is used twice");
                }
                check(q, "quote " + q.id());
                q.cue().ifPresent(c -> check(c, "cue of " + q.id()));
                if (q.speaker().isPresent()) {
                    Speaker s = q.speaker().get();
                    s.mention().ifPresent(m -> check(m, "speaker of " + q.id()));
                    s.entity().ifPresent(id -> {
                        if (!entityIds.contains(id)) {
                            throw new IllegalArgumentException("speaker of " + q.id() + " links to entity " + id
                                    + ", which the article does not have");
                        }
                    });
                }
            }
            return new Article(this);
        }

        private void check(Anchored a, String what) {
            if (a.end() > text.length()) {
                throw new IllegalArgumentException(what + " [" + a.start() + ", " + a.end()
                        + ") ends past the text (length " + text.length() + ")");
            }
            if (!text.regionMatches(a.start(), a.text(), 0, a.text().length())) {
                throw new IllegalArgumentException(what + " [" + a.start() + ", " + a.end() + ") claims \""
                        + a.text() + "\" but the text there is \"" + text.substring(a.start(), a.end()) + "\"");
            }
        }
    }
}
