package io.github.lede.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void isLargerThanComparesTheUtf8SizeOfTextAndBytes() {
        // 4 chars, 9 bytes in UTF-8: the length alone settles 3 and 12, only the bytes settle 8 and 9
        String text = "a\u00e9\u20ac\u4e2d";
        for (long max : new long[] {0, 3, 4, 8, 9, 12, 100}) {
            assertEquals(9 > max, Source.text(text).build().isLargerThan(max), "text, max " + max);
            assertEquals(9 > max, Source.bytes(text.getBytes(StandardCharsets.UTF_8)).build().isLargerThan(max),
                    "bytes, max " + max);
        }
        assertFalse(Source.text("").build().isLargerThan(0));
        assertTrue(Source.text("emoji \uD83D\uDE00").build().isLargerThan(9));
        assertFalse(Source.text("emoji \uD83D\uDE00").build().isLargerThan(10));
    }

    @Test
    void aTextSourceIsTypedFromItsOpening() {
        assertEquals(MediaTypes.HTML, Source.text("<!doctype html><html><body><p>Hi</p></body></html>").build().contentType());
        assertEquals(MediaTypes.TEXT, Source.text("Council votes\n\nThe council voted.").build().contentType());
        assertEquals(MediaTypes.HTML, Source.text("x".repeat(10_000)).name("page.html").build().contentType());
    }
}
