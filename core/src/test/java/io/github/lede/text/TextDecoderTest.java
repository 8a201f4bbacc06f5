package io.github.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String TEXT = "Blinken’s “hostages” — O’Neill, Ærø, ok";

    private static ByteBuffer withBom(byte[] bom, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(bom.length + body.length);
        b.put(bom).put(body).flip();
        return b;
    }

    @Test
    void byteOrderMarksWinAndAreDropped() {
        assertEquals(TEXT, TextDecoder.decode(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8)), null));
        assertEquals(TEXT, TextDecoder.decode(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TEXT.getBytes(StandardCharsets.UTF_16LE)), StandardCharsets.ISO_8859_1));
        assertEquals(TEXT, TextDecoder.decode(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                TEXT.getBytes(StandardCharsets.UTF_16BE)), null));
    }

    @Test
    void bufferPositionIsRespectedAndLeftUnchanged() {
        ByteBuffer b = withBom(new byte[] {'x', 'y'}, "abc".getBytes(StandardCharsets.US_ASCII));
        b.position(2);
        assertEquals("abc", TextDecoder.decode(b, null));
        assertEquals(2, b.position());
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        byte[] cp1252 = "“Café” – 5€".getBytes(Charset.forName("windows-1252"));
        assertEquals("“Café” – 5€", TextDecoder.decode(ByteBuffer.wrap(cp1252), null));
    }

    @Test
    void wrongDeclaredCharsetFallsBackToUtf8() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        // US-ASCII cannot decode the multi-byte sequences, so UTF-8 is tried next
        assertEquals(TEXT, TextDecoder.decode(ByteBuffer.wrap(utf8), StandardCharsets.US_ASCII));
        // a declared charset that decodes cleanly is trusted
        assertEquals("caf\u00C3\u00A9", TextDecoder.decode(ByteBuffer.wrap("café".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.ISO_8859_1));
    }

    @Test
    void utf16WithoutBomIsSniffed() {
        String s = "Plain English text without a byte-order mark, long enough to sniff.";
        assertEquals(s, TextDecoder.decode(ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_16LE)), null));
        assertEquals(s, TextDecoder.decode(ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_16BE)), null));
    }

    @Test
    void mostlyTextTellsBinaryApart() {
        assertTrue(TextDecoder.isMostlyText(TEXT));
        assertTrue(TextDecoder.isMostlyText(""));
        byte[] junk = new byte[1000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 32 == 10 ? 'a' : i % 9);
        }
        assertFalse(TextDecoder.isMostlyText(new String(junk, StandardCharsets.ISO_8859_1)));
        assertTrue(TextDecoder.bomCharset(ByteBuffer.wrap(new byte[] {1, 2})).isEmpty());
    }

    @Test
    void mostlyTextAllowsOneBadCharacterInTwentyAcrossTheWholeFirst64Ki() {
        // 10,000 chars: 500 bad ones (control characters, U+FFFD, DEL) spread over every chunk pass, 501 do not
        for (int badCount : new int[] {500, 501}) {
            StringBuilder b = new StringBuilder("x\n\t\r\f".repeat(2000));
            char[] bad = {'\u0001', '\uFFFD', '\u007F', '\u0000'};
            for (int k = 0; k < badCount; k++) {
                b.setCharAt(k * 19, bad[k % bad.length]);
            }
            assertEquals(badCount == 500, TextDecoder.isMostlyText(b.toString()), badCount + " in a String");
            assertEquals(badCount == 500, TextDecoder.isMostlyText(b), badCount + " in a StringBuilder");
        }
        // only the first 64 Ki chars are read
        assertTrue(TextDecoder.isMostlyText("a".repeat(65_536) + "\u0001".repeat(10_000)));
    }
}
