package io.github.lede.extractor.html.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.lede.extractor.html.dom.DocumentOrder;
import io.github.lede.extractor.html.dom.Whitespace;
import io.github.lede.model.Timestamp;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.parser.Parser;

/**
 * Reads a page's metadata from a parsed document without changing it. Each field is taken from
 * the first of these sources that gives a usable value:
 * <ol>
 *   <li>JSON-LD: the article object ({@code Article}, {@code NewsArticle}, {@code BlogPosting},
 *       {@code ReportageNewsArticle} and every other type ending in "Article" or "Posting"),
 *       found in arrays, {@code @graph} and nested objects; for the site name the publisher or
 *       {@code WebSite};</li>
 *   <li>OpenGraph and {@code article:*} tags;</li>
 *   <li>named meta tags: Dublin Core, Parse.ly, Sailthru, {@code citation_*}, Twitter,
 *       {@code author}, {@code description};</li>
 *   <li>microdata ({@code itemprop} on elements);</li>
 *   <li>the DOM: the {@code h1} headline, the byline element ({@code rel=author}, author- or
 *       byline-classed elements, the text after a label such as "By", "Written by:", "Author:",
 *       a "By Name" text, the names just before or after the first date under the headline, an
 *       author box with a portrait), {@code <time datetime>} and date-classed elements, the first
 *       date written around the headline, then beside the byline, {@code <html lang>};</li>
 *   <li>the URL (a date in its path; an author's profile-URL slug as the last resort).</li>
 * </ol>
 * The title is then reconciled with the page's {@code h1}s and stripped of a site name glued on
 * with a separator ("Headline | Site"); see {@link TitleCleaner}. A page without a declared site
 * name gets the name its {@code <title>} glues to the headline. Authors go through
 * {@link AuthorNames}; names that are only organisations or login handles give way to a later
 * source that names people; a visible byline that lists the metadata's authors and more
 * replaces them, and so does a labelled byline under the headline that names other people (the
 * metadata named the posting account). Dates go through {@link DateParser}; a published date
 * written as the very instant of the modified date gives way to an earlier date the page marks or
 * shows (the metadata only knew the last save); a page that shows only its update under the
 * headline, and declares no {@code article:published_time}, gives that day (the date its readers
 * see); and a time that is one day off the URL's date takes the URL's day (UTC crossed midnight).
 * Numeric dates ({@code 03/09/2026}) are read in the order of the page's language and region
 * ({@link DateParser#forLanguage}); one whose day and month exchanged give the URL's date takes it.
 * Headings are read without a {@code <time>} inside them and with a space where a block parts
 * their words; an {@code h1} ending in a colon is a lead-in, not a headline; text that UTF-8 read
 * as windows-1252 garbled is repaired when certain ({@link MojibakeRepair}).
 *
 * <p>Thread-safe: the extractor keeps no state between calls.
 */
public final class MetadataExtractor {

    private static final Pattern REGIONAL_TAG = Pattern.compile("[A-Za-z]{2,3}[-_][A-Za-z]{2}\\b.*");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TAG_SEPARATOR = Pattern.compile("[-_]");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    private static final Pattern BYLINE_HINT = Pattern.compile(
            "(?i)byline|author|writer|contributor|reporter|creditline|posted-?by|article-?by");
    private static final Pattern BYLINE_NEGATIVE = Pattern.compile("(?i)comment|bio|related|avatar|photo|image|caption");
    private static final Pattern DATE_HINT = Pattern.compile("(?i)publish|pubdate|posted|post-?date|created|article-?date|entry-?date|dateline|^date$|[-_]date\\b|\\bdate[-_]|timestamp");
    private static final Pattern UPDATED_HINT = Pattern.compile("(?i)updat|modif|edited|revis|changed");
    private static final Pattern COMMENT_TOKEN = Pattern.compile(
            "(?!no[-_]|has[-_]|with[-_]|open[-_]|closed[-_])(?:comments?|comment[-_].*|.*[-_]comments?|commentlist"
            + "|comments[-_](?:list|area|section|container|wrapper)|.*disqus.*)");
    /** What joins the names of a byline: a comma, "&", "and", a middle dot. */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[,&·•]|and|\\s*");
    /** Words of a capitalised phrase ("In This Article", "More From Our Team"), never of a name. */
    private static final Pattern PHRASE_WORD = Pattern.compile(
            "(?i)\\b(?:in|this|that|the|of|for|to|with|on|at|from|our|your|my|about|more|all|share|read|article)\\b");
    private static final Pattern NAME_SEPARATOR_WORDS = Pattern.compile("(?i)\\b(?:and|und|et|y)\\b");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    /**
     * A date's label at the start of a text: group 1 a publication ("Published on", "Posted:",
     * "First published", "Date:"), group 2 an update ("Last updated:", "Modified on").
     */
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?i)(?:(?:(?:first|originally)\\s+)?(published|posted|publication\\s+date|publish(?:ed)?\\s+date|date\\s+published"
            + "|release\\s+date|date)|(?:last\\s+)?(updated|modified|reviewed|last\\s+edited)(?:\\s+date)?)"
            + "\\b(?:\\s+on)?\\s*:?\\s*");
    /** Where a labelled date must start: a digit, or a month's or weekday's name. */
    private static final Pattern DATE_START = Pattern.compile(
            "(?i)\\s*(?:\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)");
    /**
     * A news dateline at the start of a text, after an optional byline: the place in capitals, the
     * date (group 1), then the agency in brackets or a dash ("RAJSHAHI, Dec 20, 2025 (BSS) -",
     * "NEW YORK, Feb. 8, 2024 /PRNewswire/ --").
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(?:[Bb]y\\s+[^,]{3,50}?\\s+)?\\p{Lu}{2,}[\\p{Lu} .'-]{0,30}(?:,\\s+\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)?,\\s+"
            + "([^()/–—]{6,25}?\\d{4})\\s*(?:\\(|/|--|–|—|-)");
    private static final Pattern URL_LIKE = Pattern.compile("(?i)^(?:https?:)?//|^www\\.|^/");

    private final DateParser dates;

    /** An extractor that judges dates against the system clock. */
    public MetadataExtractor() {
        this(new DateParser());
    }

    /** An extractor with its own date parser (and so its own clock). */
    public MetadataExtractor(DateParser dates) {
        this.dates = dates;
    }

    /**
     * Reads the metadata of {@code doc}.
     *
     * @param doc the parsed page, left unchanged
     * @param pageUrl the page's URL, or null; relative URLs are resolved against the document's base URI
     */
    public PageMetadata extract(Document doc, String pageUrl) {
        return extract(DocumentOrder.of(doc), pageUrl);
    }

    /**
     * Reads the metadata of the document {@code order} holds.
     *
     * @param order the parsed page in document order, left unchanged
     * @param pageUrl the page's URL, or null; relative URLs are resolved against the document's base URI
     */
    public PageMetadata extract(DocumentOrder order, String pageUrl) {
        PageIndex index = new PageIndex(order);
        MetaTags meta = new MetaTags(index.metas);
        DateParser local = dates.forLanguage(locale(order.document(), meta));
        return local == dates ? read(order, index, meta, pageUrl) : new MetadataExtractor(local).read(order, index, meta, pageUrl);
    }

    /**
     * The page's language tag that says the most about how it writes numeric dates: the first of
     * {@code <html lang>}, {@code og:locale} and {@code content-language} that names a region, else the
     * first given.
     */
    private static String locale(Document doc, MetaTags meta) {
        Element html = doc.firstElementChild();
        List<String> tags = new ArrayList<>();
        if (html != null) {
            tags.add(html.attr("lang"));
        }
        meta.first("og:locale").ifPresent(tags::add);
        meta.first("content-language").ifPresent(tags::add);
        tags.replaceAll(String::strip);
        tags.removeIf(String::isEmpty);
        return tags.stream().filter(t -> REGIONAL_TAG.matcher(t).matches()).findFirst()
                .orElse(tags.isEmpty() ? "" : tags.get(0));
    }

    private PageMetadata read(DocumentOrder order, PageIndex index, MetaTags meta, String pageUrl) {
        Document doc = order.document();
        JsonLd ld = JsonLd.of(index.jsonLd);
        Optional<JsonNode> article = ld.article();
        JsonNode a = article.orElse(null);

        Optional<String> siteName = first(
                () -> JsonLd.text(ld.resolve(a == null ? null : a.get("publisher"))).filter(s -> !URL_LIKE.matcher(s).find()),
                () -> meta.first("og:site_name", "application-name", "apple-mobile-web-app-title"),
                () -> ld.ofType("website").stream().map(o -> JsonLd.text(o, "name")).flatMap(Optional::stream).findFirst(),
                () -> ld.ofType("organization", "newsmediaorganization").stream().map(o -> JsonLd.text(o, "name"))
                        .flatMap(Optional::stream).findFirst())
                .map(MetadataExtractor::squash);

        List<String> titles = new ArrayList<>();
        JsonLd.text(a, "headline").ifPresent(titles::add);
        JsonLd.text(a, "name").ifPresent(titles::add);
        for (String k : new String[] {"dc.title", "dcterms.title", "og:title", "twitter:title", "parsely-title",
                "sailthru.title", "citation_title", "title", "headline"}) {
            titles.addAll(meta.all(k));
        }
        itempropText(index, "headline").ifPresent(titles::add);
        String docTitle = doc.title(); // a search of the head each time it is asked
        titles.add(docTitle);
        titles.replaceAll(t -> MojibakeRepair.repair(squash(t)));
        titles.removeIf(String::isEmpty);
        Optional<String> title = TitleCleaner.choose(titles, MojibakeRepair.repair(squash(docTitle)), headlines(index),
                siteName.orElse(null), host(pageUrl), index.headingsBeforeH1.stream().map(Element::text).toList());

        Supplier<AroundHeadline> around = memoize(() -> headline(doc, index, title).map(h -> aroundHeadline(h, order))
                .orElse(AroundHeadline.NONE));
        // each computed at most once, though several fields may ask for them
        Supplier<List<String>> unlabelled = memoize(() -> nameBeforeDate(around.get()));
        Supplier<List<String>> byline = memoize(() -> domByline(index));
        Supplier<Optional<Timestamp>> shownDate = memoize(() -> domDate(index, around));
        List<String> authors = shownByline(withCoAuthors(authors(index, meta, ld, a, siteName, byline, unlabelled),
                index, byline), index, around, unlabelled);
        if (siteName.isEmpty()) {
            siteName = title.flatMap(t -> TitleCleaner.gluedName(squash(docTitle), t));
        }
        Optional<Timestamp> published = first(
                () -> dateOf(a, "datePublished"),
                () -> dateOf(a, "dateCreated"),
                () -> meta.all("article:published_time").stream().map(dates::parse).flatMap(Optional::stream).findFirst(),
                () -> metaDate(meta, "og:article:published_time", "og:published_time", "published_time",
                        "article.published", "datepublished", "pubdate", "publishdate", "publish-date",
                        "publish_date", "published", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
                        "citation_publication_date", "citation_online_date", "citation_date", "parsely-pub-date",
                        "sailthru.date", "cxenseparse:recs:publishtime", "article_date_original", "date",
                        "originalpublicationdate", "rnews:datepublished", "dc.created"),
                () -> anyLdDate(ld, "datePublished"),
                () -> sitePublishMeta(meta),
                shownDate);
        Supplier<LabelledDates> labelled = memoize(() -> labelledDates(order, meta));
        if (published.isEmpty()) {
            published = labelled.get().published();
        }
        Optional<Timestamp> modified = first(
                () -> dateOf(a, "dateModified"),
                () -> metaDate(meta, "article:modified_time", "og:updated_time", "og:article:modified_time",
                        "modified_time", "datemodified", "dcterms.modified", "dc.date.modified", "last-modified",
                        "lastmod", "parsely-updated", "article.updated"),
                () -> itempropDate(index, "dateModified"));
        if (published.isPresent() && published.equals(modified)) {
            // Published and modified written as the same instant: the metadata only knows the last
            // save. An earlier date the page itself marks or shows is the publication.
            Optional<Timestamp> shown = shownDate.get();
            if (shown.isPresent() && shown.get().date().isBefore(published.get().date())) {
                published = shown;
            }
        }
        Optional<Timestamp> declared = meta.all("article:published_time").stream().map(dates::parse)
                .flatMap(Optional::stream).findFirst();
        if (published.isPresent() && modified.isPresent() && !published.get().date().equals(modified.get().date())
                && (declared.isEmpty() || declared.get().date().equals(modified.get().date()))) {
            // The page shows its update under the headline ("Last updated: Aug 19, 2025"), not the
            // first publication, and no OpenGraph publication time says otherwise: the date it
            // gives its readers is the update's.
            Optional<Timestamp> shown = nearHeadlineDate(around.get());
            // one day off: the modified time is in UTC, the page shows the site's own day
            if (shown.isPresent() && Math.abs(shown.get().date().toEpochDay() - modified.get().date().toEpochDay()) <= 1) {
                published = shown;
            }
        }
        Optional<Timestamp> urlDate = dates.fromUrl(pageUrl);
        if (published.isPresent() && urlDate.isPresent() && published.get().hasTime()
                && Math.abs(published.get().date().toEpochDay() - urlDate.get().date().toEpochDay()) == 1) {
            // A time converted to UTC can cross midnight; the URL keeps the site's own day.
            published = urlDate;
        }
        if (published.isPresent() && urlDate.isPresent() && swapped(published.get().date()).equals(urlDate.get().date())) {
            // a numeric date read in the wrong order ("03/10/2023"): the URL's day settles it
            published = urlDate;
        }
        if (published.isEmpty()) {
            published = urlDate;
        }
        if (published.isEmpty()) {
            // nothing gives the first publication: the update the page shows is the date its readers see
            published = labelled.get().updated();
        }
        Optional<String> language = first(
                () -> Optional.ofNullable(doc.firstElementChild()).map(h -> h.attr("lang")),
                () -> Optional.ofNullable(doc.firstElementChild()).map(h -> h.attr("xml:lang")),
                () -> meta.first("og:locale", "content-language", "language", "dc.language", "dcterms.language"),
                () -> JsonLd.text(a, "inLanguage"))
                .flatMap(MetadataExtractor::primarySubtag);

        Optional<String> description = first(
                () -> JsonLd.text(a, "description"),
                () -> meta.first("og:description", "description", "twitter:description", "dc.description",
                        "dcterms.description", "sailthru.description"))
                .map(MetadataExtractor::squash);
        Optional<String> image = first(
                () -> JsonLd.text(a, "image").map(s -> s),
                () -> meta.first("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"),
                () -> Optional.of(index.link("image_src")))
                .map(u -> absolute(doc, u));
        Optional<String> canonical = first(
                () -> Optional.of(index.link("canonical")),
                () -> meta.first("og:url"),
                () -> JsonLd.text(a, "url"))
                .map(u -> absolute(doc, u));
        Optional<String> body = JsonLd.text(a, "articleBody");
        return new PageMetadata(title, authors, published, modified, siteName, language, description, image,
                canonical, body);
    }

    /**
     * The authors from the first source that names a person. A source that names only
     * organisations (a JSON-LD {@code Organization}, or the site's own name) is passed over for a
     * later one that names people, and used when none does.
     */
    private List<String> authors(PageIndex doc, MetaTags meta, JsonLd ld, JsonNode a, Optional<String> siteName,
            Supplier<List<String>> byline, Supplier<List<String>> unlabelled) {
        List<String> profileUrls = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        List<String> fallback = new ArrayList<>();
        siteName.map(TitleCleaner::norm).ifPresent(organisations::add);
        if (a != null) {
            for (String field : new String[] {"author", "creator"}) {
                JsonNode v = a.get(field);
                if (v == null) {
                    continue;
                }
                for (JsonNode ref : v.isArray() ? v : List.of(v)) {
                    JsonNode e = ld.resolve(ref); // {"@id": ...} names a Person node of the @graph
                    if (e.isTextual()) {
                        addNames(names, profileUrls, e.asText());
                    } else if (e.isObject()) {
                        Optional<String> n = JsonLd.text(e, "name");
                        if (n.isPresent() && JsonLd.types(e).stream().anyMatch(t -> t.endsWith("organization")
                                || t.equals("corporation") || t.equals("brand"))) {
                            organisations.add(TitleCleaner.norm(n.get()));
                        }
                        if (n.isPresent()) {
                            addNames(names, profileUrls, n.get());
                        } else {
                            JsonLd.text(e, "url").or(() -> JsonLd.text(e, "@id")).ifPresent(profileUrls::add);
                        }
                    }
                }
                if (personsFound(names, organisations, fallback)) {
                    return names;
                }
            }
        }
        for (String key : new String[] {"dc.creator", "dcterms.creator", "author", "article:author",
                "og:article:author", "parsely-author", "sailthru.author", "citation_author", "byl", "byline",
                "cxenseparse:author", "article.author"}) {
            for (String v : meta.all(key)) {
                addNames(names, profileUrls, v);
            }
            if (personsFound(names, organisations, fallback)) {
                return names;
            }
        }
        for (int i = 1; i <= 4; i++) {
            // Slack-style unfurl labels: twitter:label1 "Written by", twitter:data1 the name
            if (meta.first("twitter:label" + i).filter(l -> l.toLowerCase(Locale.ROOT).contains("written by")).isPresent()) {
                meta.first("twitter:data" + i).ifPresent(v -> addNames(names, profileUrls, v));
            }
        }
        if (personsFound(names, organisations, fallback)) {
            return names;
        }
        List<Element> itemAuthors = new ArrayList<>(doc.itemprop("author"));
        itemAuthors.addAll(doc.itemprop("creator"));
        for (Element e : itemAuthors) {
            Element nameEl = e.selectFirst("[itemprop=name]");
            String text = nameEl != null ? nameEl.attr("content").isBlank() ? PageIndex.boundedText(nameEl, 120)
                    : nameEl.attr("content") : e.hasAttr("content") ? e.attr("content") : PageIndex.boundedText(e, 120);
            if (text.length() <= 120) {
                addNames(names, profileUrls, text);
            }
        }
        if (personsFound(names, organisations, fallback)) {
            return names;
        }
        names.addAll(byline.get());
        if (personsFound(names, organisations, fallback)) {
            return names;
        }
        for (Element next : doc.afterBylineLabels) {
            String text = PageIndex.boundedText(next, 80);
            names.addAll(AuthorNames.parse(text));
            if (personsFound(names, organisations, fallback)) {
                return names;
            }
        }
        names.addAll(unlabelled.get());
        if (personsFound(names, organisations, fallback)) {
            return names;
        }
        AuthorNames.parse(doc.authorBox).stream().limit(1).forEach(names::add);
        if (!names.isEmpty()) {
            return names; // an author box names a person, even by one name ("Stefan is the founder of ...")
        }
        for (String u : profileUrls) {
            AuthorNames.fromProfileUrl(u).filter(n -> !names.contains(n)).ifPresent(names::add);
        }
        return names.isEmpty() ? fallback : names;
    }

    /**
     * The visible byline instead of the metadata's names when it lists them all and more: metadata
     * often carries only the first of several authors.
     */
    private static List<String> withCoAuthors(List<String> names, PageIndex doc, Supplier<List<String>> byline) {
        if (names.isEmpty()) {
            return names;
        }
        List<String> visible = byline.get();
        for (int i = 0; visible.isEmpty() && i < doc.afterBylineLabels.size(); i++) {
            visible = AuthorNames.parse(PageIndex.boundedText(doc.afterBylineLabels.get(i), 160));
        }
        List<String> seen = visible.stream().map(TitleCleaner::norm).toList();
        // "Dr Marna van der Merwe" in the byline is "Marna van der Merwe" in the metadata
        boolean superset = visible.size() > names.size() && names.stream().map(TitleCleaner::norm)
                .allMatch(n -> seen.stream().anyMatch(v -> v.equals(n) || n.length() >= 6 && v.contains(n)));
        return superset ? visible : names;
    }

    /**
     * The byline shown under the headline ("By: Paul Fenaroli" in the 800 characters after the
     * {@code h1}) instead of names it does not mention: a site's metadata often names the account
     * that posted the piece, the reader sees the writer. Only a labelled byline of people (each
     * name two words or more) counts.
     */
    private static List<String> shownByline(List<String> names, PageIndex doc, Supplier<AroundHeadline> around,
            Supplier<List<String>> unlabelled) {
        if (names.isEmpty() || around.get().afterNodes().isEmpty()) {
            return names;
        }
        List<String> known = names.stream().map(TitleCleaner::norm).toList();
        for (Element label : doc.afterBylineLabels) {
            if (!underHeadline(label, around.get())) {
                continue;
            }
            List<String> shown = AuthorNames.parse(PageIndex.boundedText(label, 160));
            boolean people = !shown.isEmpty() && shown.stream().allMatch(n -> n.contains(" "));
            boolean unrelated = shown.stream().map(TitleCleaner::norm)
                    .noneMatch(v -> known.stream().anyMatch(k -> k.contains(v) || v.contains(k)));
            return people && unrelated ? shown : names;
        }
        List<String> shown = unlabelled.get();
        boolean unrelated = shown.stream().map(TitleCleaner::norm)
                .noneMatch(v -> known.stream().anyMatch(k -> k.contains(v) || v.contains(k)));
        boolean more = shown.size() > names.size() && known.stream().allMatch(k -> shown.stream()
                .map(TitleCleaner::norm).anyMatch(v -> v.equals(k) || k.length() >= 6 && v.contains(k)));
        // an unlabelled name replaces metadata only that names no person ("Digjitale")
        boolean weak = names.stream().noneMatch(n -> n.contains(" "));
        return !shown.isEmpty() && (unrelated && weak || more) ? shown : names;
    }

    /** Whether {@code e} holds one of the text nodes just after the headline. */
    private static boolean underHeadline(Element e, AroundHeadline around) {
        for (TextNode t : around.afterNodes()) {
            for (Node n = t.parent(); n != null && n != e.parent(); n = n.parent()) {
                if (n == e) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code names} holds a person. Names that are all organisations (or login handles) move to
     * {@code fallback} (the first such list is kept) and {@code names} is emptied.
     */
    private static boolean personsFound(List<String> names, List<String> organisations, List<String> fallback) {
        if (names.isEmpty()) {
            return false;
        }
        boolean allOrganisations = names.stream().allMatch(n -> organisations.contains(TitleCleaner.norm(n)) || isHandle(n));
        if (!allOrganisations) {
            return true;
        }
        if (fallback.isEmpty()) {
            fallback.addAll(names);
        }
        names.clear();
        return false;
    }

    /**
     * A login or template key rather than a name ("andrew.keaveney", "kffnirmitap",
     * "page.head.extra.author"): one token, no capital letter. Kept only when nothing better is found.
     */
    private static boolean isHandle(String name) {
        return name.indexOf(' ') < 0 && name.chars().noneMatch(Character::isUpperCase);
    }

    private static void addNames(List<String> names, List<String> profileUrls, String raw) {
        String s = raw.strip();
        if (URL_LIKE.matcher(s).find()) {
            profileUrls.add(s);
            return;
        }
        for (String n : AuthorNames.parseMetadata(s)) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }
    }

    /** Names in the page's visible byline: rel=author links, then elements classed as a byline or author. */
    static List<String> domByline(PageIndex doc) {
        List<String> names = new ArrayList<>();
        for (Element e : doc.authorLinks) {
            AuthorNames.parse(e.text()).stream().filter(n -> !names.contains(n)).forEach(names::add);
        }
        if (!names.isEmpty()) {
            return names;
        }
        for (Element e : doc.bylineHinted) {
            String hint = e.className() + " " + e.id();
            if (hint.length() < 2 || !BYLINE_HINT.matcher(hint).find() || BYLINE_NEGATIVE.matcher(hint).find()) {
                continue;
            }
            String text = PageIndex.boundedText(e, 120);
            if (text.isEmpty() || inComments(e)) {
                continue; // a commenter's byline is not the article's
            }
            List<String> found = AuthorNames.parse(text);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return names;
    }

    /** A date the page marks or shows: microdata, {@code <time>}, beside the headline, beside the byline. */
    private Optional<Timestamp> domDate(PageIndex index, Supplier<AroundHeadline> around) {
        return first(
                () -> itempropDate(index, "datePublished"),
                () -> timeElementDate(index),
                () -> nearHeadlineDate(around.get()),
                () -> bylineDate(index));
    }

    /** A site's own meta tag for the publication date ("w-published-date", "sitePublishDate"). */
    private Optional<Timestamp> sitePublishMeta(MetaTags meta) {
        return meta.keys().stream().filter(k -> k.contains("publish") && !UPDATED_HINT.matcher(k).find()).sorted()
                .flatMap(k -> meta.all(k).stream()).map(dates::parse).flatMap(Optional::stream).findFirst();
    }

    private Optional<Timestamp> dateOf(JsonNode o, String field) {
        return JsonLd.text(o, field).flatMap(dates::parse);
    }

    private Optional<Timestamp> anyLdDate(JsonLd ld, String field) {
        for (JsonNode o : ld.objects()) {
            Optional<Timestamp> t = dateOf(o, field);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private Optional<Timestamp> metaDate(MetaTags meta, String... keys) {
        for (String k : keys) {
            for (String v : meta.all(k)) {
                Optional<Timestamp> t = dates.parse(v);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Timestamp> itempropDate(PageIndex doc, String prop) {
        for (Element e : doc.itemprop(prop)) {
            for (String v : new String[] {e.attr("datetime"), e.attr("content"), PageIndex.boundedText(e, 80)}) {
                Optional<Timestamp> t = dates.parse(v);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A {@code <time>} (or date-classed element) marked as the publication date, else the first
     * {@code <time datetime>} not marked as an update; an element inside comments is ignored.
     */
    private Optional<Timestamp> timeElementDate(PageIndex doc) {
        Optional<Timestamp> firstPlain = Optional.empty();
        for (Element e : doc.times) {
            String hint = e.className() + " " + e.id() + " " + e.attr("itemprop") + " " + e.parent().className();
            if (UPDATED_HINT.matcher(hint).find() || inComments(e)) {
                continue;
            }
            Optional<Timestamp> t = dates.parse(e.attr("datetime")).or(() -> dates.parse(PageIndex.boundedText(e, 80)));
            if (t.isEmpty()) {
                continue;
            }
            if (e.hasAttr("pubdate") || DATE_HINT.matcher(hint).find()) {
                return t;
            }
            if (firstPlain.isEmpty()) {
                firstPlain = t;
            }
        }
        if (firstPlain.isPresent()) {
            return firstPlain;
        }
        for (Element e : doc.dateHinted) {
            String hint = e.className() + " " + e.id();
            if (hint.length() < 4 || !DATE_HINT.matcher(hint).find() || UPDATED_HINT.matcher(hint).find()) {
                continue;
            }
            String text = PageIndex.boundedText(e, 80);
            if (text.isEmpty()) {
                continue;
            }
            Optional<Timestamp> t = dates.parse(text);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /**
     * A date written in the text around the headline (the byline's "Published on July 18, 2025"):
     * the first date in the 800 characters after the first {@code h1}, else in the 300 before it.
     */
    private Optional<Timestamp> nearHeadlineDate(AroundHeadline around) {
        return dates.findIn(squash(String.join(" ", around.after())))
                .or(() -> dates.findIn(squash(String.join(" ", around.before()))));
    }

    /**
     * A date written beside the byline ("Written by Ann Lee · April 8, 2024"): the first date in the
     * text of a byline-labelled or author-classed element or of its parent or grandparent, read
     * while that text is short (250 characters).
     */
    private Optional<Timestamp> bylineDate(PageIndex index) {
        List<Element> bylines = new ArrayList<>(index.afterBylineLabels);
        for (Element e : index.bylineHinted) {
            String hint = e.className() + " " + e.id();
            if (BYLINE_HINT.matcher(hint).find() && !BYLINE_NEGATIVE.matcher(hint).find()) {
                bylines.add(e);
            }
        }
        for (Element e : bylines) {
            Element scope = e;
            for (int up = 0; up < 3 && scope != null; up++, scope = scope.parent()) {
                if (inComments(scope)) {
                    break;
                }
                String text = PageIndex.boundedText(scope, 250);
                if (text.isEmpty()) {
                    break;
                }
                Optional<Timestamp> t = dates.findIn(text);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    /** The first date the page labels as its publication (or writes in a dateline), and the first it labels as an update. */
    record LabelledDates(Optional<Timestamp> published, Optional<Timestamp> updated) {
    }

    /**
     * Dates the page labels in its text, wherever they stand (a footer's "Posted on April 13,
     * 2023"): the first text that starts with a publication label ("Published", "Posted on",
     * "First published:", "Date:") followed at once by a date, else the first news dateline
     * ("RAJSHAHI, Dec 20, 2025 (BSS) -") in the text or the description; and the first text
     * labelled as an update ("Last updated: November 13, 2025"). Comment sections are skipped.
     * Read only when no other source gives the publication date.
     */
    private LabelledDates labelledDates(DocumentOrder order, MetaTags meta) {
        Document doc = order.document();
        List<Optional<Timestamp>> found = new ArrayList<>(List.of(Optional.empty(), Optional.empty(), Optional.empty()));
        if (order.bodyIndex() >= 0) {
            order.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof Element el && (el.normalName().equals("script") || el.normalName().equals("style"))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (!(node instanceof TextNode t) || t.isBlank() || t.getWholeText().length() > 400
                            || !mayStartDateText(t.getWholeText())) {
                        return FilterResult.CONTINUE;
                    }
                    String text = squash(t.getWholeText());
                    Matcher label = DATE_LABEL.matcher(text);
                    int kind = label.lookingAt() ? label.group(1) != null ? 0 : 1 : DATELINE.matcher(text).lookingAt() ? 2 : -1;
                    if (kind < 0 || found.get(kind).isPresent() || inComments(t.parent() instanceof Element p ? p : doc.body())) {
                        return FilterResult.CONTINUE;
                    }
                    String rest = kind == 2 ? dateline(text) : text.substring(label.end()) + " " + followingText(t, 40);
                    Optional<Timestamp> date = kind == 2 || DATE_START.matcher(rest).lookingAt() ? dates.parse(
                            rest.substring(0, Math.min(rest.length(), 40))) : Optional.empty();
                    found.set(kind, date);
                    return found.get(0).isPresent() ? FilterResult.STOP : FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    return FilterResult.CONTINUE;
                }
            }, order.bodyIndex());
        }
        Optional<Timestamp> dateline = found.get(2).or(() -> meta.first("og:description", "description")
                .filter(d -> DATELINE.matcher(d).lookingAt()).flatMap(d -> dates.parse(dateline(d))));
        return new LabelledDates(found.get(0).or(() -> dateline), found.get(1));
    }

    /**
     * Cheap test before {@link #DATE_LABEL} and {@link #DATELINE}, which would otherwise run on
     * every short text of the page: whether the text, squashed, can start as a label does (f, o,
     * p, d, r, l, u or m in either case) or as a dateline does ("By", a capital). Text that starts
     * with an entity-like {@code &} or a surrogate is always let through.
     */
    private static boolean mayStartDateText(String raw) {
        int i = 0;
        while (i < raw.length() && (Character.isWhitespace(raw.charAt(i)) || raw.charAt(i) == '\u00A0')) {
            i++;
        }
        if (i == raw.length()) {
            return true;
        }
        char c = raw.charAt(i);
        return "fFoOpPdDrRlLuUmMbB&".indexOf(c) >= 0 || Character.isUpperCase(c) || Character.isSurrogate(c);
    }

    /** The date part of a dateline: what follows the place, up to its agency or dash. */
    private static String dateline(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.lookingAt() ? m.group(1) : "";
    }

    /** The text of the nodes after {@code t} in document order, up to {@code max} characters. */
    private static String followingText(TextNode t, int max) {
        StringBuilder b = new StringBuilder();
        Node n = t;
        while (b.length() < max) {
            Node next = n.childNodeSize() > 0 ? n.childNode(0) : n.nextSibling();
            for (Node up = n; next == null && up.parent() != null; up = up.parent()) {
                next = up.parent().nextSibling();
            }
            if (next == null) {
                break;
            }
            if (next instanceof TextNode tn) {
                b.append(tn.getWholeText().strip()).append(' ');
            }
            n = next;
        }
        return squash(b.toString());
    }

    /**
     * The names written just before the first date after the headline, in their own elements
     * ("Elliot Raba" then "23.07.2025"; "Rui Ma", ",", "Heba Ledwon" then "Nov 25th, 2025"), else
     * just after it ("2025-12-17 · Trond Teigen"): the common unlabelled byline. The text must be
     * nothing but names of two words or more, at most four words each.
     */
    private List<String> nameBeforeDate(AroundHeadline around) {
        List<String> after = around.after();
        for (int i = 0; i < after.size(); i++) {
            if (dates.findIn(squash(after.get(i))).isEmpty()) {
                continue;
            }
            // the byline before the date, its names possibly in separate elements joined by "," or "&"
            StringBuilder byline = new StringBuilder();
            for (int j = i - 1; j >= 0 && j >= i - 12; j--) {
                String chunk = squash(after.get(j));
                boolean separator = NAME_SEPARATOR.matcher(chunk).matches();
                if (!separator && (linkedElsewhere(around.afterNodes().get(j)) || bylineNames(chunk).isEmpty())) {
                    break;
                }
                byline.insert(0, chunk + " ");
            }
            List<String> before = bylineNames(byline.toString());
            int next = i + 1;
            while (next < after.size() && TitleCleaner.norm(after.get(next)).isEmpty()) {
                next++; // a "·" between the date and the name
            }
            return !before.isEmpty() || next >= after.size() || linkedElsewhere(around.afterNodes().get(next)) ? before
                    : bylineNames(after.get(next));
        }
        return List.of();
    }

    /**
     * The names that {@code text} consists of, each of two to four words; empty when the text
     * holds anything else, is in capitals (a label), is a notice ("Link Copied!") or a phrase
     * ("In This Article").
     */
    private static List<String> bylineNames(String text) {
        String t = squash(text);
        if (t.isEmpty() || t.equals(t.toUpperCase(Locale.ROOT)) || t.endsWith("!")) {
            return List.of();
        }
        List<String> names = AuthorNames.parse(t);
        boolean people = !names.isEmpty() && names.size() <= 6 && names.stream().allMatch(n -> n.contains(" ")
                && n.split(" ").length <= 4 && !PHRASE_WORD.matcher(n).find());
        String rest = TitleCleaner.norm(NAME_SEPARATOR_WORDS.matcher(LEADING_THE.matcher(t).replaceFirst("")).replaceAll(" "));
        return people && rest.equals(TitleCleaner.norm(String.join(" ", names))) ? names : List.of();
    }

    /**
     * A text inside a link that does not lead to a person's page ({@code /category/cloud}, a tag):
     * a section label such as "Cloud Computing", not a byline.
     */
    private static boolean linkedElsewhere(TextNode t) {
        for (Element e = t.parentNode() instanceof Element p ? p : null; e != null; e = e.parent()) {
            if (e.normalName().equals("a") && e.hasAttr("href")) {
                String href = e.attr("href").toLowerCase(Locale.ROOT);
                return !(href.contains("author") || href.contains("profile") || href.contains("people")
                        || href.contains("staff") || href.contains("team") || href.contains("contributor"));
            }
            if (e.normalName().equals("body")) {
                break;
            }
        }
        return false;
    }

    /** The text in the 300 characters before the headline and the 800 after it, one entry per text node. */
    record AroundHeadline(List<String> before, List<String> after, List<TextNode> afterNodes) {
        static final AroundHeadline NONE = new AroundHeadline(List.of(), List.of(), List.of());
    }

    /**
     * The element showing the headline: the {@code h1} whose text is the title, else an {@code h2} or {@code h3}
     * before the first {@code h1} whose text is the title (pages that style their headline as a
     * lower heading and use {@code h1} inside the text), else the first
     * {@code h1}, else an {@code h3} whose text is the title.
     */
    private static Optional<Element> headline(Document doc, PageIndex index, Optional<String> title) {
        String t = title.map(TitleCleaner::norm).orElse("");
        for (Element h : index.h1s) {
            if (!t.isEmpty() && TitleCleaner.norm(headingText(h)).equals(t)) {
                return Optional.of(h);
            }
        }
        for (Element h : index.headingsBeforeH1) {
            if (!t.isEmpty() && TitleCleaner.norm(h.text()).equals(t)) {
                return Optional.of(h);
            }
        }
        if (!index.h1s.isEmpty()) {
            return Optional.of(index.h1s.get(0));
        }
        if (t.isEmpty() || doc.body() == null) {
            return Optional.empty();
        }
        for (Element h : doc.body().select("h3")) {
            if (TitleCleaner.norm(h.text()).equals(t)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    private static AroundHeadline aroundHeadline(Element h1, DocumentOrder order) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<TextNode> afterNodes = new ArrayList<>();
        int[] lengths = {0, 0};
        boolean[] seen = {false};
        NodeFilter collect = new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == h1) {
                    seen[0] = true;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element el && (el.normalName().equals("script") || el.normalName().equals("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t && !t.isBlank()) {
                    String text = t.getWholeText().strip();
                    if (seen[0]) {
                        after.add(text);
                        afterNodes.add(t);
                        lengths[1] += text.length() + 1;
                        if (lengths[1] > 800) {
                            return FilterResult.STOP;
                        }
                    } else {
                        before.add(text);
                        lengths[0] += text.length() + 1;
                        while (lengths[0] > 300 && before.size() > 1) {
                            lengths[0] -= before.remove(0).length() + 1;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        };
        // from the top of the body: the headline is always in the order's document
        if (order.bodyIndex() >= 0) {
            order.filter(collect, order.bodyIndex());
        } else {
            NodeTraversor.filter(collect, h1);
        }
        return new AroundHeadline(before, after, afterNodes);
    }

    /**
     * Whether {@code e} sits in a comment section: an ancestor whose class or id is a comment
     * token ("comment", "comments-list", "post-comments", "disqus_thread"), but not a page-level
     * flag such as "comments-open" or "no-comments" on the body.
     */
    private static boolean inComments(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String h = p.className() + " " + p.id();
            if (h.toLowerCase(Locale.ROOT).contains("comment") || h.contains("disqus")) {
                for (String token : WHITESPACE.split(h.toLowerCase(Locale.ROOT))) {
                    if (COMMENT_TOKEN.matcher(token).matches()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Optional<String> itempropText(PageIndex doc, String prop) {
        List<Element> all = doc.itemprop(prop);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Element e = all.get(0);
        return Optional.of(e.hasAttr("content") ? e.attr("content") : e.text());
    }

    /** The texts of the page's {@code h1}s (at most ten), the candidates for the visible headline. */
    private static List<String> headlines(PageIndex doc) {
        List<String> out = new ArrayList<>();
        for (Element h : doc.h1s) {
            if (isLogo(h)) {
                continue;
            }
            String t = headingText(h);
            if (t.endsWith(":")) {
                continue; // a lead-in ("A message from our founder:"), not a headline
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
            if (out.size() == 10) {
                break;
            }
        }
        return out;
    }

    /**
     * The text a heading shows as its headline: a {@code <time>} inside it (a date shown beside the
     * headline) left out, and a space where a line break or a block (a block-level tag, or a
     * {@code block}/{@code flex} class or display style: a subtitle on its own line) parts the words.
     */
    static String headingText(Element h) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    b.append(t.getWholeText());
                } else if (node != h && node instanceof Element e) {
                    if (e.normalName().equals("time") || e.normalName().equals("script") || e.normalName().equals("style")) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (isBlock(e)) {
                        b.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node != h && node instanceof Element e && isBlock(e)) {
                    b.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, h);
        return squash(MojibakeRepair.repair(b.toString()));
    }

    private static boolean isBlock(Element e) {
        if (e.normalName().equals("br") || e.tag().isBlock()) {
            return true;
        }
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return e.hasClass("block") || e.hasClass("flex") || style.contains("display:block") || style.contains("display:flex");
    }

    /** An {@code h1} that is the site's logo: all its text is a link to the home page, or it sits in navigation. */
    private static boolean isLogo(Element h) {
        for (Element p = h.parent(); p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("nav") || tag.equals("footer")) {
                return true;
            }
        }
        Element a = h.selectFirst(LINK);
        if (a == null || a.text().length() < h.text().length()) {
            return false;
        }
        String href = a.attr("href").replaceAll("^https?://[^/]+", "");
        return href.isEmpty() || href.equals("/") || href.startsWith("/?") || href.equals("/index.html");
    }

    /** {@code d} with its day and month exchanged, or {@code d} itself when that is no date. */
    private static LocalDate swapped(LocalDate d) {
        return d.getDayOfMonth() <= 12 ? LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue()) : d;
    }

    private static Optional<String> primarySubtag(String lang) {
        String p = TAG_SEPARATOR.split(lang.strip())[0].toLowerCase(Locale.ROOT);
        return LANGUAGE_CODE.matcher(p).matches() ? Optional.of(p) : Optional.empty();
    }

    private static String absolute(Document doc, String url) {
        String u = url.strip();
        if (u.startsWith("http://") || u.startsWith("https://") || doc.location().isEmpty()) {
            return u;
        }
        try {
            return URI.create(doc.location()).resolve(u.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return u;
        }
    }

    private static Optional<String> host(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(URI.create(url.strip().replace(" ", "%20")).getHost());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String squash(String s) {
        if (s.indexOf('&') >= 0) {
            s = Parser.unescapeEntities(s, false);
        }
        return Whitespace.collapse(s);
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        List<T> value = new ArrayList<>(1);
        return () -> {
            if (value.isEmpty()) {
                value.add(s.get());
            }
            return value.get(0);
        };
    }

    @SafeVarargs
    private static <T> Optional<T> first(Supplier<Optional<T>>... sources) {
        for (Supplier<Optional<T>> s : sources) {
            Optional<T> v = s.get();
            if (v.isPresent() && !(v.get() instanceof String str && str.isBlank())) {
                return v;
            }
        }
        return Optional.empty();
    }
}
