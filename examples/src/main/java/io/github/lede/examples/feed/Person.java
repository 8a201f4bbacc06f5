package io.github.lede.examples.feed;

import io.github.lede.model.Article;
import io.github.lede.model.Quote;
import io.github.lede.model.Speaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person to look for among speakers, by name: a quote is theirs when every word of the name
 * given appears, ignoring case, in the speaker's name or in the name or one alias of the speaker's
 * entity. So {@code blinken} matches a speaker “Antony Blinken”, and {@code Antony Blinken} matches
 * a speaker resolved to an entity with that name even where the text says only “Blinken” or “he”.
 *
 * @param name the name as given, e.g. {@code "Blinken"}
 */
public record Person(String name) {

    /** @throws IllegalArgumentException if the name has no letter or digit */
    public Person {
        if (words(name).isEmpty()) {
            throw new IllegalArgumentException("a person's name needs a letter or digit: \"" + name + "\"");
        }
    }

    /** Whether {@code quote}, from {@code article} (which holds its speaker's entity), is this person's. */
    public boolean said(Quote quote, Article article) {
        if (quote.speaker().isEmpty()) {
            return false;
        }
        Speaker speaker = quote.speaker().get();
        List<String> names = new ArrayList<>(List.of(speaker.name()));
        speaker.entity().flatMap(id -> article.entities().stream().filter(e -> e.id().equals(id)).findFirst())
                .ifPresent(e -> {
                    names.add(e.name());
                    names.addAll(e.aliases());
                });
        Set<String> wanted = words(name);
        return names.stream().anyMatch(n -> words(n).containsAll(wanted));
    }

    /** A name's words, lower-case: runs of letters and digits. */
    private static Set<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }
}
