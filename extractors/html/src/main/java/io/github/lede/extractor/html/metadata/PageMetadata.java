package io.github.lede.extractor.html.metadata;

import io.github.lede.model.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page says about its article, each field from the best source found (see
 * {@link MetadataExtractor} for the order). Immutable.
 *
 * @param title the headline, without a site name glued on
 * @param authors the people (or agencies) credited, in byline order
 * @param published when the article was first published
 * @param modified when it was last changed
 * @param siteName the publication's name
 * @param language the primary language subtag, lower-case ({@code "en"})
 * @param description the summary or standfirst
 * @param image the lead image's absolute URL
 * @param canonicalUrl the canonical URL the page declares, absolute
 * @param articleBody the body text a JSON-LD article carries, used when the DOM holds no body
 */
public record PageMetadata(Optional<String> title, List<String> authors, Optional<Timestamp> published,
        Optional<Timestamp> modified, Optional<String> siteName, Optional<String> language,
        Optional<String> description, Optional<String> image, Optional<String> canonicalUrl,
        Optional<String> articleBody) {

    /** Checks that no component is null and copies the author list. */
    public PageMetadata {
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(articleBody, "articleBody");
    }
}
