package io.github.lede.examples.csv;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.lede.model.Cue;
import io.github.lede.model.Quote;
import io.github.lede.model.Speaker;

/**
 * One row of the who-said-what CSV: one quote of one file. The CSV columns, in this order, are
 * the component names in snake case: {@code file, quote_id, type, speaker, speaker_entity, cue,
 * text, confidence}. A missing speaker, entity or cue is an empty cell (read back as {@code ""}).
 *
 * @param file the file's path relative to the scanned folder, with {@code /} separators
 * @param quoteId the quote's id in its article, e.g. {@code Q3}
 * @param type {@code DIRECT}, {@code PARTIAL} or {@code INDIRECT}
 * @param speaker the resolved speaker's name (the linked entity's fullest name)
 * @param speakerEntity the id of the speaker's entity in the article, e.g. {@code E2}
 * @param cue the words that attribute the quote, e.g. {@code said}
 * @param text the words said, without quote marks
 * @param confidence the annotator's confidence, in [0, 1]
 */
@JsonPropertyOrder({"file", "quote_id", "type", "speaker", "speaker_entity", "cue", "text", "confidence"})
public record QuoteRow(
        @JsonProperty("file") String file,
        @JsonProperty("quote_id") String quoteId,
        @JsonProperty("type") String type,
        @JsonProperty("speaker") String speaker,
        @JsonProperty("speaker_entity") String speakerEntity,
        @JsonProperty("cue") String cue,
        @JsonProperty("text") String text,
        @JsonProperty("confidence") double confidence) {

    /** The row for {@code quote} of the article read from {@code file}. */
    public static QuoteRow of(String file, Quote quote) {
        return new QuoteRow(file, quote.id(), quote.type().name(),
                quote.speaker().map(Speaker::name).orElse(""),
                quote.speaker().flatMap(Speaker::entity).orElse(""),
                quote.cue().map(Cue::text).orElse(""),
                quote.text(), quote.confidence());
    }
}
