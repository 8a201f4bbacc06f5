package io.github.lede.extractor.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Mention;
import io.github.lede.model.Quote;
import io.github.lede.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unnamed spokespeople speak for their organisation ("Corvin Labs officials said", "a spokeswoman
 * for Corvin Labs said"), unnamed sources without one keep their noun phrase, and a name after a
 * lower-case description behind the verb ("said economist Jane Doe") is the speaker.
 */
class OrganisationSpokespeopleTest {

    private static List<Quote> quotes(String text, EntityType type, String... names) {
        List<Entity> list = new ArrayList<>();
        for (String name : names) {
            Entity.Builder b = Entity.builder("E" + (list.size() + 1), type, name);
            list.add(QuoteFixtures.mentionedEverywhere(b, text, List.of(name)).build());
        }
        return QuoteFixtures.quotes(text, list);
    }

    private static Quote only(List<Quote> q) {
        assertEquals(1, q.size(), q.toString());
        return q.get(0);
    }

    private static void assertSpeaksFor(String text, String org) {
        Quote q = only(quotes(text, EntityType.ORGANIZATION, org));
        Speaker s = q.speaker().orElseThrow();
        assertEquals(org, s.name(), text);
        assertEquals("E1", s.entity().orElseThrow(), text);
    }

    @Test
    void officialsExecutivesAndSpokespeopleOfANamedOrganisationAreTheOrganisation() {
        assertSpeaksFor("Drill\n\n“The plant is safe,” Corvin Labs officials said.", "Corvin Labs");
        assertSpeaksFor("Drill\n\nCorvin Labs executives said the plant would reopen in May.", "Corvin Labs");
        assertSpeaksFor("Drill\n\n“The plant is safe,” Corvin Labs spokespeople said on Monday.", "Corvin Labs");
        assertSpeaksFor("Drill\n\n“The plant is safe,” said officials at Corvin Labs.", "Corvin Labs");
        assertSpeaksFor("Drill\n\nOfficials from Corvin Labs said the plant would reopen in May.", "Corvin Labs");
        assertSpeaksFor("Drill\n\nOfficials with Corvin Labs said the plant would reopen in May.", "Corvin Labs");
        assertSpeaksFor("Drill\n\n“The plant is safe,” a spokeswoman for Corvin Labs said.", "Corvin Labs");
        assertSpeaksFor("Drill\n\nA spokesman for Corvin Labs said the plant would reopen in May.", "Corvin Labs");
        assertSpeaksFor("Drill\n\n“The plant is safe,” Corvin Labs’ spokesman said.", "Corvin Labs");
        assertSpeaksFor("Drill\n\n“The plant is safe,” Corvin Labs's spokesperson said.", "Corvin Labs");
    }

    @Test
    void theSpeakerMentionIsThePhraseAsWritten() {
        String text = "Drill\n\n“The plant is safe,” a spokeswoman for Corvin Labs said.";
        Mention m = only(quotes(text, EntityType.ORGANIZATION, "Corvin Labs")).speaker().orElseThrow().mention().orElseThrow();
        assertEquals("a spokeswoman for Corvin Labs", m.text());
        assertEquals(m.text(), text.substring(m.start(), m.end()));
    }

    @Test
    void withoutAnEntityTheOrganisationStillSpeaks() {
        Quote q = only(quotes("Drill\n\n“The plant is safe,” Halvard Mining officials said.", EntityType.ORGANIZATION));
        assertEquals("Halvard Mining", q.speaker().orElseThrow().name());
    }

    @Test
    void theOfficialsLaterAreTheOrganisationWhoseOfficialsSpokeBefore() {
        List<Quote> q = quotes("Drill\n\nCorvin Labs officials said the plant would reopen in May.\n\n"
                + "The new valves are safer, said the officials, who asked for patience.", EntityType.ORGANIZATION, "Corvin Labs");
        assertEquals(2, q.size(), q.toString());
        assertEquals("Corvin Labs", q.get(1).speaker().orElseThrow().name());
    }

    @Test
    void accordingToOfficialsOfANamedBodyIsTheBody() {
        Quote q = only(quotes("Pipes\n\nOld pipes hold up, according to Environmental Protection Department officials.",
                EntityType.ORGANIZATION, "Environmental Protection Department"));
        assertEquals("Environmental Protection Department", q.speaker().orElseThrow().name());
    }

    @Test
    void aNationalityBeforeOfficialsIsNoOrganisation() {
        Quote q = only(quotes("Drill\n\n“The plant is safe,” Norwegian officials said.", EntityType.ORGANIZATION, "Corvin Labs"));
        assertEquals("Norwegian officials", q.speaker().orElseThrow().name());
    }

    @Test
    void unnamedSourcesWithoutAnOrganisationKeepTheirNounPhrase() {
        assertEquals("officials", only(quotes("Drill\n\n“The plant is safe,” officials said.", EntityType.ORGANIZATION))
                .speaker().orElseThrow().name());
        assertEquals("people familiar with the matter", only(quotes(
                "Drill\n\nThe plant will reopen in May, two people familiar with the matter said.", EntityType.ORGANIZATION))
                .speaker().orElseThrow().name());
        Quote q = only(quotes("Drill\n\n“The plant is safe,” senior officials said.", EntityType.ORGANIZATION, "Corvin Labs"));
        assertTrue(q.speaker().orElseThrow().entity().isEmpty());
    }

    @Test
    void aNameAfterADescriptionBehindTheVerbIsTheSpeaker() {
        Quote says = only(quotes("Sleep\n\n“Most people sleep too little,” says study author Jane Dorrance.",
                EntityType.PERSON, "Jane Dorrance"));
        assertEquals("Jane Dorrance", says.speaker().orElseThrow().name());
        assertEquals("E1", says.speaker().orElseThrow().entity().orElseThrow());
        Quote said = only(quotes("Rates\n\n“Inflation will ease by spring,” said economist Jane Dorrance.",
                EntityType.PERSON, "Jane Dorrance"));
        assertEquals("Jane Dorrance", said.speaker().orElseThrow().name());
        Quote lead = only(quotes("Rates\n\n“Inflation will ease by spring,” said the bank’s lead researcher, Jane Dorrance.",
                EntityType.PERSON, "Jane Dorrance"));
        assertEquals("Jane Dorrance", lead.speaker().orElseThrow().name());
        Quote unlisted = only(quotes("Rates\n\n“Inflation will ease by spring,” said senior market analyst Tomas Brell.",
                EntityType.PERSON));
        assertEquals("Tomas Brell", unlisted.speaker().orElseThrow().name());
    }
}
