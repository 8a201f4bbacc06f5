package io.github.lede.extractor.html.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by key: the lower-cased {@code property}, {@code name},
 * {@code itemprop} or {@code http-equiv}, each with its non-blank {@code content} values in
 * document order.
 */
final class MetaTags {

    private final Map<String, List<String>> values = new HashMap<>();

    MetaTags(List<Element> metas) {
        for (Element meta : metas) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    // "property" may hold several space-separated keys
                    for (String k : key.split("\\s+")) {
                        values.computeIfAbsent(k, x -> new ArrayList<>()).add(content);
                    }
                }
            }
        }
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
