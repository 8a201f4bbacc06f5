package io.github.lede.extractor.entities;

import static io.github.lede.extractor.entities.EntitiesInText.entities;
import static io.github.lede.extractor.entities.EntitiesInText.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Gender;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the pronouns after a name may tell about the person's sex, and what they may not. */
class PronounGenderEvidenceTest {

    @Test
    void aPronounAfterTheObjectOfASentenceIsTheSubjectsNotTheObjects() {
        // Casey is a first name of either sex; every "she" here follows Brandt but stands for Olsen
        List<Entity> found = entities("Margaret Olsen criticised Casey Brandt on taxes. She said the plan was "
                + "reckless.\n\nOn Tuesday, Olsen attacked Brandt again. She called the budget a fraud.\n\n"
                + "Later, Olsen mocked Brandt's record. She said voters would remember it.");
        assertEquals(Gender.FEMALE, named(found, "Margaret Olsen").gender());
        assertNotEquals(Gender.FEMALE, named(found, "Casey Brandt").gender(), found.toString());
    }

    @Test
    void aPronounAfterTheSubjectStillTellsTheSex() {
        List<Entity> found = entities("Casey Brandt spoke to reporters on Monday. She said the plan was sound.\n\n"
                + "Brandt then left for Denver, where she met supporters.");
        assertEquals(Gender.FEMALE, named(found, "Casey Brandt").gender());
    }

    @Test
    void aCamelCasedScreenNameThatIsAUserIsAPerson() {
        List<Entity> found = entities("QuietHarborFox, a forum user who has been active for years, wants buyers to "
                + "test what they buy. “Some sellers send poison,” QuietHarborFox told me in a message. "
                + "He said the tests cost little.");
        assertEquals(EntityType.PERSON, named(found, "QuietHarborFox").type(), found.toString());
    }
}
