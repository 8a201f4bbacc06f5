package io.github.lede.format.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.lede.model.Article;

/**
 * A Jackson {@link com.fasterxml.jackson.databind.Module} that reads and writes {@link Article}s in
 * the JSON shape of Lede's public contract (the one the {@code json} and {@code jsonl} formats
 * use). Register it on your own mapper:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new LedeJsonModule()).build();
 * String json = mapper.writeValueAsString(article);
 * Article back = mapper.readValue(json, Article.class);   // equals article
 * }</pre>
 *
 * <p>Writing leaves out keys that have no value and always writes lists, in a fixed key order.
 * Reading ignores unknown keys, requires {@code text}, and fails with a
 * {@link com.fasterxml.jackson.databind.JsonMappingException} located at the article's start when a
 * field is missing or malformed or a span does not match the text.
 */
public final class LedeJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module, ready to register. */
    public LedeJsonModule() {
        super("LedeJsonModule");
        addSerializer(Article.class, new ArticleSerializer());
        addDeserializer(Article.class, new ArticleDeserializer());
    }
}
