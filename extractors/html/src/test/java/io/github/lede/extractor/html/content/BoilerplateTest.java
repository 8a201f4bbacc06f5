package io.github.lede.extractor.html.content;

import static io.github.lede.extractor.html.content.Boilerplate.BODY;
import static io.github.lede.extractor.html.content.Boilerplate.FURNITURE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoilerplateTest {

    @Test
    void strongWordsMatchAnywhereInTheCompactedValueEvenAcrossTokens() {
        assertEquals(FURNITURE, Boilerplate.marks("relatedStories"));
        assertEquals(FURNITURE, Boilerplate.marks("widget SHARE_bar"));
        assertEquals(FURNITURE, Boilerplate.marks("read more")); // "read-more"
        assertEquals(FURNITURE, Boilerplate.marks("readMore"));
        assertEquals(0, Boilerplate.marks("reading list"));
    }

    @Test
    void weakWordsMatchOnlyWholeTokens() {
        assertEquals(FURNITURE, Boilerplate.marks("adBox"));
        assertEquals(FURNITURE, Boilerplate.marks("slot ad-300"));
        assertEquals(FURNITURE, Boilerplate.marks("TOC"));
        assertEquals(FURNITURE, Boilerplate.marks("tocX")); // a camel-case hump ends the token "toc"
        assertEquals(0, Boilerplate.marks("shadow"));
        assertEquals(0, Boilerplate.marks("ad1 metadata tocx"));
        // the Kelvin sign lower-cases to 'k'; U+0130 lower-cases to two chars, so never a weak word
        assertEquals(FURNITURE, Boilerplate.marks("S\u212AIP"));
        assertEquals(0, Boilerplate.marks("PR\u0130NT"));
    }

    @Test
    void aBodyWordOutweighsFurnitureInTheVerdict() {
        assertEquals(BODY, Boilerplate.marks("articleBody"));
        assertEquals(BODY | FURNITURE, Boilerplate.marks("main-content comment"));
        assertEquals(1, Boilerplate.verdict(Boilerplate.marks("post-sidebar") | Boilerplate.marks("entry-content")));
        assertEquals(-1, Boilerplate.verdict(Boilerplate.marks("post") | Boilerplate.marks("nav")));
        assertEquals(0, Boilerplate.verdict(Boilerplate.marks("") | Boilerplate.marks("post-12345")));
    }
}
