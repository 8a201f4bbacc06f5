package io.github.lede.format.rss.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.github.lede.InputTooLargeException;
import io.github.lede.UnreadableInputException;
import io.github.lede.spi.InputExpander;
import io.github.lede.spi.InputItem;
import io.github.lede.spi.InputProbe;
import io.github.lede.spi.MediaTypes;
import io.github.lede.spi.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom (0.3, 1.0) feed as the documents its items link to.
 * Registered as the {@code feed} input expander.
 *
 * <p>Each entry, in feed order, becomes one {@link InputItem}:
 * <ul>
 *   <li>with a link (RSS {@code link}, else a permalink {@code guid}; Atom's alternate link), the
 *       linked page, fetched when the item's source is asked for. A relative link is resolved
 *       against the feed's URL, else the feed's own absolute link. The item is named by the link.
 *   <li>without a link, the entry's own content ({@code content:encoded}, Atom {@code content},
 *       else the description), analysed as HTML (as plain text when Atom declares
 *       {@code type="text"}). The item is named {@code FEED#N}, N counting entries from 1.
 *   <li>with neither, an item whose source fails with {@link UnreadableInputException}.
 * </ul>
 * Each source carries the entry's hints, which {@link io.github.lede.Lede#analyze} uses where the
 * page lacks them: {@link Source#HINT_TITLE}, {@link Source#HINT_PUBLISHED} (the published date,
 * else the updated date, as ISO-8601 in UTC: Rome keeps the instant but not the feed's offset),
 * {@link Source#HINT_AUTHORS} (authors and {@code dc:creator}s, joined with {@code ", "}; an RSS
 * {@code author} of the form {@code mail (Name)} gives the name, a bare e-mail address is
 * dropped) and {@link Source#HINT_DESCRIPTION} (as plain text).
 *
 * <p>The feed itself is read whole, up to {@link io.github.lede.Limits#maxInputBytes()}, and
 * parsed at once, so a malformed feed fails {@link #expand} with an
 * {@link UnreadableInputException} naming it. Rome refuses a {@code DOCTYPE} (its default), so
 * no external entity is ever resolved. Thread-safe and stateless.
 */
public final class FeedExpander implements InputExpander {

    private static final Pattern ROOT = Pattern.compile(
            "<(?:(?:[\\w.-]+:)?(rss|RDF)|(feed))[\\s>/]");
    private static final Pattern MAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    private static final Pattern BARE_MAIL = Pattern.compile("^\\S+@\\S+$");

    /** The expander's name, {@code feed}. */
    @Override
    public String name() {
        return "feed";
    }

    /**
     * A feed by its declared or detected type ({@code application/rss+xml},
     * {@code application/atom+xml}), or by its root element — {@code rss}, {@code rdf:RDF} or an
     * Atom {@code feed} — when a server calls it {@code text/xml} or the head holds comments first.
     */
    @Override
    public boolean supports(InputProbe probe) {
        String type = probe.contentType();
        if (type.equals(MediaTypes.RSS) || type.equals(MediaTypes.ATOM)) {
            return true;
        }
        if (MediaTypes.isHtml(type) || type.startsWith("image/") || type.equals(MediaTypes.JSON)) {
            return false;
        }
        return isFeedRoot(probe.headText().replace("\0", ""));
    }

    /** Whether the first element after the prolog (declaration, comments, processing instructions) is a feed's. */
    static boolean isFeedRoot(String head) {
        String rest = head.replace("\u00ef\u00bb\u00bf", "").stripLeading();
        while (rest.startsWith("<?") || rest.startsWith("<!--")) {
            int end = rest.indexOf(rest.startsWith("<?") ? "?>" : "-->");
            if (end < 0) {
                return false;
            }
            rest = rest.substring(end + (rest.startsWith("<?") ? 2 : 3)).stripLeading();
        }
        Matcher m = ROOT.matcher(rest);
        if (!m.lookingAt()) {
            return false;
        }
        int close = rest.indexOf('>');
        String tag = close < 0 ? rest : rest.substring(0, close);
        // an Atom feed is known by its namespace; any other element called feed is not one
        return m.group(2) == null || tag.contains("http://www.w3.org/2005/Atom")
                || tag.contains("http://purl.org/atom/ns#");
    }

    /**
     * The feed's entries, in order, as items (see the class description).
     *
     * @throws UnreadableInputException if the feed cannot be read or parsed
     * @throws InputTooLargeException if the feed is larger than the caller's limit
     */
    @Override
    public Stream<InputItem> expand(InputProbe probe, Fetcher fetcher) {
        SyndFeed feed = parse(probe, read(probe, fetcher.limits().maxInputBytes()));
        Optional<URI> base = base(probe, feed);
        List<SyndEntry> entries = feed.getEntries();
        return IntStream.range(0, entries.size()).mapToObj(i -> item(probe.name(), i + 1, entries.get(i), base,
                fetcher));
    }

    private static byte[] read(InputProbe probe, long max) {
        try (InputStream in = probe.open()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new InputTooLargeException("feed is larger than the limit of " + max + " bytes", probe.name(),
                        max);
            }
            return bytes;
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read the feed: " + e.getMessage(), probe.name(), e);
        }
    }

    private static SyndFeed parse(InputProbe probe, byte[] bytes) {
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // Rome's default, stated: no DOCTYPE, so no external entities
            return input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new UnreadableInputException("not a readable RSS or Atom feed: " + e.getMessage(), probe.name(), e);
        }
    }

    /** What relative links are resolved against: the feed's URL, else its own absolute link. */
    private static Optional<URI> base(InputProbe probe, SyndFeed feed) {
        for (String candidate : new String[] {probe.url().orElse(null), feed.getLink()}) {
            URI uri = absoluteUri(candidate);
            if (uri != null) {
                return Optional.of(uri);
            }
        }
        return Optional.empty();
    }

    private static URI absoluteUri(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(s.strip());
            return uri.isAbsolute() ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static InputItem item(String feedName, int number, SyndEntry entry, Optional<URI> base,
            Fetcher fetcher) {
        String link = link(entry, base);
        if (link != null) {
            return new InputItem(link, () -> withHints(fetcher.fetch(link), entry).build());
        }
        String name = feedName + "#" + number;
        Optional<SyndContent> content = content(entry);
        if (content.isEmpty()) {
            return new InputItem(name, () -> {
                throw new UnreadableInputException("the feed item has neither a link nor content", name);
            });
        }
        boolean plain = "text".equalsIgnoreCase(content.get().getType())
                || "text/plain".equalsIgnoreCase(content.get().getType());
        String text = content.get().getValue();
        return new InputItem(name, () -> withHints(Source.text(text), entry).name(name)
                .contentType(plain ? MediaTypes.TEXT : MediaTypes.HTML).build());
    }

    private static String link(SyndEntry entry, Optional<URI> base) {
        String link = entry.getLink();
        if (link == null || link.isBlank()) {
            return null;
        }
        link = link.strip();
        if (absoluteUri(link) != null || base.isEmpty()) {
            return link;
        }
        try {
            return base.get().resolve(link).toString();
        } catch (IllegalArgumentException e) {
            return link; // fetching it reports it as not a valid URL
        }
    }

    private static Optional<SyndContent> content(SyndEntry entry) {
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                return Optional.of(c);
            }
        }
        SyndContent d = entry.getDescription();
        return d != null && d.getValue() != null && !d.getValue().isBlank() ? Optional.of(d) : Optional.empty();
    }

    private static Source.Builder withHints(Source.Builder b, SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        SyndContent description = entry.getDescription();
        return b.hint(Source.HINT_TITLE, plainText(entry.getTitle()))
                .hint(Source.HINT_PUBLISHED, date == null ? null
                        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.toInstant().atOffset(ZoneOffset.UTC)))
                .hint(Source.HINT_AUTHORS, String.join(", ", authors(entry)))
                .hint(Source.HINT_DESCRIPTION, description == null ? null : plainText(description.getValue()));
    }

    /** Authors, then {@code dc:creator}s, then RSS {@code author}, each name once. */
    static Set<String> authors(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson p : entry.getAuthors()) {
            addAuthor(names, p.getName());
        }
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
            dc.getCreators().forEach(c -> addAuthor(names, c));
        }
        addAuthor(names, entry.getAuthor());
        return names;
    }

    private static void addAuthor(Set<String> names, String raw) {
        String name = plainText(raw);
        if (name == null) {
            return;
        }
        Matcher m = MAIL_WITH_NAME.matcher(name);
        if (m.matches()) {
            name = m.group(1).strip();
        } else if (BARE_MAIL.matcher(name).matches()) {
            return;
        }
        names.add(name);
    }

    /** Feed titles and descriptions often hold markup or entities; hints are plain text. */
    private static String plainText(String s) {
        if (s == null) {
            return null;
        }
        String t = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parse(s).text() : s;
        t = t.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
