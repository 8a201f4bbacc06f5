package io.github.lede.extractor.entities;

import io.github.lede.model.EntityType;
import io.github.lede.model.Gender;
import java.util.List;

/**
 * One place where the text seems to name something, before mentions are grouped into entities.
 *
 * @param start first index of the mention in the article text
 * @param end index after the mention
 * @param name the name this mention gives (the mention text without a quoted nickname inside it)
 * @param type the type the words and their context suggest, or null when nothing tells
 * @param strong whether the type comes from a gazetteer or an unambiguous suffix, not a guess
 * @param key a canonical gazetteer name shared by every form of the same place or body, or null
 * @param titles titles and roles written next to this mention
 * @param gender what an honorific or gendered title says, or null
 * @param aliases other forms this mention establishes (a nickname, "Mr. Blinken")
 * @param tokens the words of {@code name}
 */
record Candidate(int start, int end, String name, EntityType type, boolean strong, String key,
                 List<String> titles, Gender gender, List<String> aliases, List<String> tokens) {

    Candidate {
        titles = List.copyOf(titles);
        aliases = List.copyOf(aliases);
        tokens = List.copyOf(tokens);
    }

    boolean single() {
        return tokens.size() == 1;
    }

    Candidate withType(EntityType newType, boolean isStrong) {
        return new Candidate(start, end, name, newType, isStrong, key, titles, gender, aliases, tokens);
    }
}
