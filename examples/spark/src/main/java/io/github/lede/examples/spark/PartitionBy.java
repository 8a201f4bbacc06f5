package io.github.lede.examples.spark;

import io.github.lede.model.Article;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** How the article output is split into directories: {@code site=HOST/} or {@code day=YYYY-MM-DD/}. */
enum PartitionBy {

    /** By the host of the article's URL (the WARC record's target URI), lower-cased. */
    SITE,

    /** By the day the article was published, as the page states it (its own time zone). */
    DAY;

    /** The partition value of an article without a host or a publication date. */
    static final String UNKNOWN = "unknown";

    /** The partition column's name, which is also the directory prefix. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The article's partition value; {@link #UNKNOWN} when it has none. */
    String valueOf(Article article) {
        return switch (this) {
            case SITE -> article.url().map(PartitionBy::host).orElse(UNKNOWN);
            case DAY -> article.published().map(t -> t.date().toString()).orElse(UNKNOWN);
        };
    }

    private static String host(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            return host == null || host.isEmpty() ? UNKNOWN : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return UNKNOWN;
        }
    }
}
