package io.github.lede.extractor.entities;

import static io.github.lede.extractor.entities.EntitiesInText.entities;
import static io.github.lede.extractor.entities.EntitiesInText.hasName;
import static io.github.lede.extractor.entities.EntitiesInText.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules the blind half held-out-5 called for: a known place or body run into the name after it,
 * and what is said around a one-word company no list holds. Invented names, so no lexicon answers.
 */
class ModifiersAndCompanyCuesTest {

    @Test
    void aPlaceUsedAsAModifierIsNoPartOfTheNameAfterIt() {
        List<Entity> found = entities("Ohio Brevlin agents reported fewer sales. Later, Brevlin raised its forecast.");
        assertEquals(EntityType.LOCATION, named(found, "Ohio").type());
        assertFalse(hasName(found, "Ohio Brevlin"), found.toString());
    }

    @Test
    void aTeamsShortNameOrABranchInAPlaceKeepsTheWholeName() {
        List<Entity> found = entities("The Denver Quarrels beat the Quarrels of old. Gallup Korea polled voters "
                + "in South Korea. Georgia Vantree said Vantree would stay.");
        assertFalse(found.stream().anyMatch(e -> e.name().equals("Denver")), found.toString());
        assertTrue(hasName(found, "Gallup Korea"), found.toString());
        assertEquals(EntityType.PERSON, named(found, "Georgia Vantree").type());
    }

    @Test
    void whatIsSaidAroundAOneWordCompanyTypesIt() {
        List<Entity> found = entities("A partial Quorvo outage hit users. The resolver is operated by Zantrel. "
                + "The board is sold on Flintmart for $35 under the Pellimark brand. Marrowby's editors picked it. "
                + "New research from Ostrava Labs agrees, and Kellbrook said in a statement that it would not.");
        for (String name : List.of("Quorvo", "Zantrel", "Flintmart", "Pellimark", "Marrowby", "Kellbrook")) {
            assertEquals(EntityType.ORGANIZATION, named(found, name).type(), name);
        }
    }
}
