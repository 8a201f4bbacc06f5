package io.github.lede.format.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.lede.UnreadableInputException;
import java.io.IOException;
import java.io.OutputStream;

/** The mapper configuration and error reporting the {@code json} and {@code jsonl} formats share. */
final class ArticleJson {

    private ArticleJson() {
    }

    /**
     * A mapper with {@link LedeJsonModule} that never closes the caller's streams and leaves
     * flushing to the writers. Thread-safe once built.
     */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new LedeJsonModule())
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .build();
    }

    /** A UTF-8 generator over {@code out} that does not close it. */
    static JsonGenerator generator(ObjectMapper mapper, OutputStream out) throws IOException {
        return mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
    }

    /**
     * The error for input that is not a valid article document, located by line and column.
     *
     * @param format the format's name, for the message
     * @param line the line to report, or 0 to take the parser's
     */
    static UnreadableInputException unreadable(String format, JsonProcessingException e, long line) {
        JsonLocation at = e.getLocation();
        String where = "";
        if (at != null && at.getLineNr() > 0) {
            where = " at line " + (line > 0 ? line : at.getLineNr()) + ", column " + at.getColumnNr();
        } else if (line > 0) {
            where = " at line " + line;
        }
        return new UnreadableInputException("invalid " + format + where + ": " + e.getOriginalMessage(), null, e);
    }

    /** The error for something other than the value expected, at the parser's current token. */
    static UnreadableInputException unexpected(String format, JsonParser p, String expected, long line) {
        JsonLocation at = p.currentTokenLocation();
        JsonToken t = p.currentToken();
        String found = t == null ? "the end of the input" : t.isScalarValue() ? "the value " + describe(p) : "'" + t.asString() + "'";
        return new UnreadableInputException("invalid " + format + " at line " + (line > 0 ? line : at.getLineNr())
                + ", column " + at.getColumnNr() + ": expected " + expected + ", found " + found, null);
    }

    private static String describe(JsonParser p) {
        try {
            String text = p.getText();
            return p.currentToken() == JsonToken.VALUE_STRING ? '"' + text + '"' : text;
        } catch (IOException e) {
            return p.currentToken().name();
        }
    }
}
