package io.github.lede.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

    private static String detect(byte[] bytes, String name) {
        return MediaTypes.detect(ByteBuffer.wrap(bytes), name);
    }

    @Test
    void magicNumbersBeatTheFileName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        assertEquals("image/png", detect(png, "story.html"));
        assertEquals("application/pdf", detect("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "a.txt"));
    }

    @Test
    void controlBytesMeanBinary() {
        assertEquals(MediaTypes.BINARY, detect(new byte[] {1, 2, 3, 0, 5, 6, 7, 8}, "junk.html"));
    }

    @Test
    void aStrayNulInProseIsStillText() {
        assertEquals(MediaTypes.TEXT, detect("Head\0line\n\nThe council met on Tuesday and voted.".getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void utf16TextIsTextNotBinary() {
        assertEquals(MediaTypes.TEXT, detect("Plain words here.".getBytes(StandardCharsets.UTF_16LE), null));
        assertEquals(MediaTypes.HTML, detect("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_16BE), null));
    }

    @Test
    void markupIsHtmlAndProseIsText() {
        assertEquals(MediaTypes.HTML, detect("\n<!DOCTYPE html><title>x</title>".getBytes(StandardCharsets.UTF_8), null));
        assertEquals(MediaTypes.TEXT, detect("He said <b> is bold.".getBytes(StandardCharsets.UTF_8), null));
        assertEquals(MediaTypes.TEXT, detect("<p>".getBytes(StandardCharsets.UTF_8), "notes.txt"));
        assertEquals(MediaTypes.TEXT, detect(new byte[0], null));
    }

    @Test
    void feedsXhtmlAndJsonAreToldByTheirRoot() {
        assertEquals(MediaTypes.RSS, detect("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8), "feed"));
        assertEquals(MediaTypes.ATOM, detect("<feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes(StandardCharsets.UTF_8), null));
        assertEquals(MediaTypes.XHTML, detect("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">".getBytes(StandardCharsets.UTF_8), null));
        assertEquals(MediaTypes.XML, detect("<?xml version=\"1.0\"?><articles/>".getBytes(StandardCharsets.UTF_8), null));
        assertEquals(MediaTypes.JSON, detect("{\n \"quotes\": [\"<html>\"]}".getBytes(StandardCharsets.UTF_8), null));
        assertEquals(MediaTypes.JSON, detect("<p>x</p>".getBytes(StandardCharsets.UTF_8), "gold.json"));
        assertEquals(MediaTypes.TEXT, detect("{Editor's note} The council met.".getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void essenceDropsParameters() {
        assertEquals("text/html", MediaTypes.essence(" Text/HTML; charset=UTF-8"));
    }
}
