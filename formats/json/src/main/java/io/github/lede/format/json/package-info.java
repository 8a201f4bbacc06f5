/**
 * Articles as JSON: the {@code json} format ({@link io.github.lede.format.json.JsonFormat}: an
 * object for one article, an array for several), the {@code jsonl} format
 * ({@link io.github.lede.format.json.JsonLinesFormat}: one object per line), and
 * {@link io.github.lede.format.json.LedeJsonModule} for reading and writing articles with your own
 * Jackson {@code ObjectMapper}. All three use the JSON shape of Lede's public contract and read
 * back exactly what they write.
 */
package io.github.lede.format.json;
