package io.github.lede.extractor.entities;

import static io.github.lede.extractor.entities.EntitiesInText.entities;
import static io.github.lede.extractor.entities.EntitiesInText.hasName;
import static io.github.lede.extractor.entities.EntitiesInText.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Descriptions written right after a name end where the name ends: a person's home ("of Ohio"), a
 * body's press office or people, and a lone body named as the subject of a report or as an
 * employer is kept. Invented names, so no lexicon answers.
 */
class AppendedDescriptionsTest {

    @Test
    void aPersonsHomeStateIsNoPartOfTheName() {
        // surnames that are also common words, which used to let "of" join the place to the name
        String text = "Lawmakers such as Susan Baker of Ohio and Jane Price of New York backed the bill.";
        List<Entity> found = entities(text);
        assertEquals(EntityType.PERSON, named(found, "Susan Baker").type());
        assertEquals(EntityType.PERSON, named(found, "Jane Price").type());
        assertEquals(EntityType.LOCATION, named(found, "Ohio").type());
        assertEquals(text.indexOf("Susan Baker"), named(found, "Susan Baker").mentions().get(0).start());
        assertFalse(hasName(found, "Susan Baker of Ohio"), found.toString());
    }

    @Test
    void bodiesAndTitlesNamedForAPlaceStayWhole() {
        List<Entity> found = entities("Fans of the University of Kentucky and the Bank of America cheered the "
                + "Duke of Edinburgh.");
        assertEquals(EntityType.ORGANIZATION, named(found, "University of Kentucky").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Bank of America").type());
        assertFalse(hasName(found, "Kentucky"), found.toString());
    }

    @Test
    void aBodysPressServiceOrSpokesmanEndsAfterTheBody() {
        String text = "The Vostrel Space Agency Press Service said the launch was delayed. Later the Quorvex "
                + "Mining Company Spokesperson declined to comment.";
        List<Entity> found = entities(text);
        Entity agency = named(found, "Vostrel Space Agency");
        assertEquals(EntityType.ORGANIZATION, agency.type());
        assertEquals("Vostrel Space Agency", agency.mentions().get(0).text());
        assertEquals(EntityType.ORGANIZATION, named(found, "Quorvex Mining Company").type());
        assertFalse(hasName(found, "Press Service"), found.toString());
        assertFalse(hasName(found, "Vostrel Space Agency Press Service"), found.toString());
    }

    @Test
    void aLoneBodyThatReportsIsKeptAsAnOrganisation() {
        List<Entity> found = entities("Voters doubt it, Likvort said on Monday. Later Tremlin announced a new "
                + "console, and Darla announced her exit.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Likvort").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Tremlin").type());
        assertEquals(EntityType.PERSON, named(found, "Darla").type());
    }

    @Test
    void aLoneNameThatIsQuotedOrExplainsIsAPerson() {
        List<Entity> found = entities("“It will pass,” Azzoul said. Later Oshiba explained the plan, and "
                + "Kervani told me it was over.");
        assertEquals(EntityType.PERSON, named(found, "Azzoul").type());
        assertEquals(EntityType.PERSON, named(found, "Oshiba").type());
        assertEquals(EntityType.PERSON, named(found, "Kervani").type());
    }

    @Test
    void aLoneSurnameThatSpeaksStillJoinsItsPerson() {
        List<Entity> found = entities("The plan came from Tom Varnell in May. Varnell said it would work.");
        Entity varnell = named(found, "Tom Varnell");
        assertEquals(EntityType.PERSON, varnell.type());
        assertEquals(2, varnell.mentions().size());
    }

    @Test
    void theEmployerAfterAJobWordIsAnOrganisation() {
        List<Entity> found = entities("She worked as an engineer at Tremlin for a decade, then as a designer "
                + "for Quorvex.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Tremlin").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Quorvex").type());
    }
}
