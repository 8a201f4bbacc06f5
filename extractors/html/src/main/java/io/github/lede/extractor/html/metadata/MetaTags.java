package io.github.lede.extractor.html.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by key: the lower-cased {@code property}, {@code name},
 * {@code itemprop} or {@code http-equiv} (Dublin Core's {@code dc:} and {@code dcterms:} written
 * as {@code dc.} and {@code dcterms.}), each with its non-blank {@code content} values: those given
 * by {@code property} first, then by {@code name}, each in document order.
 */
final class MetaTags {

    private static final Pattern DCTERMS = Pattern.compile("^dcterms?[:.]");

    private final Map<String, List<String>> values = new HashMap<>();

    MetaTags(List<Element> metas) {
        // RDFa's property attribute first: a page that gives a key both ways means the property
        for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
            for (Element meta : metas) {
                String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
                String content = key.isEmpty() ? "" : meta.attr("content").strip();
                if (content.isEmpty()) {
                    continue;
                }
                // "property" may hold several space-separated keys
                for (String k : PageIndex.splitSpaces(key)) {
                    values.computeIfAbsent(canonical(k), x -> new ArrayList<>()).add(content);
                }
            }
        }
    }

    /** Dublin Core keys in one spelling: {@code dc:title} and {@code DC.title} are both {@code dc.title}. */
    private static String canonical(String key) {
        if (key.startsWith("dc:")) {
            return "dc." + key.substring(3);
        }
        return key.startsWith("dcterm") ? DCTERMS.matcher(key).replaceFirst("dcterms.") : key;
    }

    /** The first value of the first key that has one. */
    Optional<String> first(String... keys) {
        for (String k : keys) {
            List<String> v = values.get(k);
            if (v != null) {
                return Optional.of(v.get(0));
            }
        }
        return Optional.empty();
    }

    /** Every key, in no particular order. */
    java.util.Set<String> keys() {
        return values.keySet();
    }

    /** Every value of a key. */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
