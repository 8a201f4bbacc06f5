package io.github.lede.format.rss;

import io.github.lede.model.Article;
import io.github.lede.model.Timestamp;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a feed says about itself, derived from its articles alone so the same articles always
 * give the same feed:
 * <ul>
 *   <li>title: the articles' site name when they all share one, else {@value #DEFAULT_TITLE};</li>
 *   <li>link: the site root ({@code https://host/}) when every article's link is on the same
 *       host, else the first article's link, else Lede's project page;</li>
 *   <li>language: the articles' language when they all share one;</li>
 *   <li>updated: the newest publication or modification time of any article.</li>
 * </ul>
 *
 * @param title the feed's title
 * @param link the site the feed is about
 * @param description a one-line summary of the feed
 * @param language the shared language, if any
 * @param updated the newest article time, if any
 * @param id a stable id for the feed, derived from its items' ids
 */
record FeedChannel(String title, String link, String description, Optional<String> language,
        Optional<Date> updated, String id) {

    static final String DEFAULT_TITLE = "Articles analysed by Lede";
    static final String PROJECT_URL = "https://github.com/lede/lede";
    static final String GENERATOR = "Lede";

    static FeedChannel of(List<Article> articles) {
        Optional<String> site = shared(articles, Article::siteName);
        String title = FeedText.clean(site.orElse(DEFAULT_TITLE));
        String description = articles.size() + (articles.size() == 1 ? " article" : " articles")
                + site.map(s -> " from " + s).orElse("") + ", analysed by Lede";
        String link = sharedOrigin(articles)
                .or(() -> articles.stream().map(FeedChannel::link).flatMap(Optional::stream).findFirst())
                .orElse(PROJECT_URL);
        Optional<Date> updated = articles.stream()
                .flatMap(a -> Stream.of(a.published(), a.modified()).flatMap(Optional::stream))
                .max(Timestamp::compareTo).map(FeedChannel::date);
        String id = uuid(articles.stream().map(FeedChannel::id).collect(Collectors.joining("\n")));
        return new FeedChannel(title, FeedText.clean(link), FeedText.clean(description),
                shared(articles, Article::language).map(FeedText::clean), updated, id);
    }

    /** The article's own address: its URL, else its canonical URL. */
    static Optional<String> link(Article article) {
        return article.url().or(article::canonicalUrl);
    }

    /** The article's link, or a name-based {@code urn:uuid:} from its source, title and text. */
    static String id(Article article) {
        return link(article).map(FeedText::clean).orElseGet(() -> uuid(
                article.source().orElse("") + "\n" + article.title().orElse("") + "\n" + article.text()));
    }

    /** The instant of {@code t}; a time without offset, or a bare date, is read in UTC. */
    static Date date(Timestamp t) {
        return Date.from(t.toInstant(ZoneOffset.UTC));
    }

    private static String uuid(String seed) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> shared(List<Article> articles, Function<Article, Optional<String>> field) {
        List<Optional<String>> values = articles.stream().map(field).distinct().toList();
        return values.size() == 1 ? values.get(0) : Optional.empty();
    }

    private static Optional<String> sharedOrigin(List<Article> articles) {
        List<String> origins = articles.stream().map(a -> link(a).map(FeedChannel::origin).orElse(null))
                .distinct().toList();
        return origins.size() == 1 ? Optional.ofNullable(origins.get(0)) : Optional.empty();
    }

    private static String origin(String link) {
        try {
            URI uri = new URI(link);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return null;
            }
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + "/";
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
