package io.github.lede.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTest {

    @Test
    void aTextSourcesSizeIsItsUtf8LengthWithoutEncodingItFirst() {
        for (String text : new String[] {"", "plain ASCII", "Caf\u00e9 \u2014 \u201cquoted\u201d", "emoji \uD83D\uDE00 pair",
                "lone \uD800 high and \uDC00 low", "\u4e2d\u6587 and \u0627\u0644\u0639\u0631\u0628\u064a\u0629"}) {
            Source s = Source.text(text).build();
            ByteBuffer bytes = s.bytes();
            assertEquals(text.getBytes(StandardCharsets.UTF_8).length, s.size(), text);
            assertEquals(s.size(), bytes.remaining(), text);
            assertEquals(bytes, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), text);
        }
    }

    @Test
    void aTextSourceIsTypedFromItsOpening() {
        assertEquals(MediaTypes.HTML, Source.text("<!doctype html><html><body><p>Hi</p></body></html>").build().contentType());
        assertEquals(MediaTypes.TEXT, Source.text("Council votes\n\nThe council voted.").build().contentType());
        assertEquals(MediaTypes.HTML, Source.text("x".repeat(10_000)).name("page.html").build().contentType());
    }
}
