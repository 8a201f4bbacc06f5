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

    @Test
    void aPersonWhoSpeaksInAStatementIsNoCompany() {
        List<Entity> found = entities("The offer was rejected on Tuesday. \"The plan is wrong,\" Venkar said in a "
                + "statement.\n\nHe added that he would not travel to the summit.");
        assertEquals(EntityType.PERSON, named(found, "Venkar").type(), found.toString());
    }

    @Test
    void aKnownFirstNameBeforeALandformWordIsAPersonWhoseSurnameSpeaks() {
        List<Entity> found = entities("Rents rose. Later, Colin Marsh, an analyst, disagreed. "
                + "Marsh said they would fall.");
        assertEquals(EntityType.PERSON, named(found, "Colin Marsh").type());
    }

    @Test
    void groupsOfPeopleAreNoBodiesAndProgrammesNoPlaces() {
        List<Entity> found = entities("Hispanics and Evangelicals voted early. Costs rose in Medicare, "
                + "and Tunisian Muslims marched.");
        assertFalse(found.stream().anyMatch(e -> e.type().equals(EntityType.ORGANIZATION)
                || e.type().equals(EntityType.LOCATION)), found.toString());
        assertTrue(hasName(found, "Hispanics"), found.toString());
    }

    @Test
    void anUnknownWordBeforeAKnownPlaceNamesAPlace() {
        List<Entity> found = entities("Farms in Baja California export fruit.");
        assertEquals(EntityType.LOCATION, named(found, "Baja California").type());
    }

    @Test
    void initialsWithAnAmpersandAndACountrysAdjectiveAreShortFormsOfABody() {
        List<Entity> found = entities("Harlow & Venn (H&V) sells speakers; H&V grew. The Danish Ministry of "
                + "Fisheries and Water paid, and the Ministry of Fisheries and Water agreed.");
        assertTrue(named(found, "Harlow & Venn").aliases().contains("H&V"), found.toString());
        assertTrue(named(found, "Danish Ministry of Fisheries and Water").aliases()
                .contains("Ministry of Fisheries and Water"), found.toString());
    }

    @Test
    void aBodysPollNamedAfterItIsNoSecondBody() {
        List<Entity> found = entities("A Gallup Poll found support fell.");
        assertTrue(hasName(found, "Gallup"), found.toString());
        assertFalse(hasName(found, "Gallup Poll"), found.toString());
    }

    @Test
    void slashedTermsAndAdjectivesMadeFromNamesAreNoNames() {
        List<Entity> found = entities("Firms face new AML/CFT rules at 5 GT/s. A Greta Marlow-themed party "
                + "followed. Photo: AFP/Getty Images");
        assertFalse(found.stream().anyMatch(e -> e.name().equals("AML") || e.name().equals("CFT")
                || e.name().equals("GT")), found.toString());
        assertEquals(EntityType.PERSON, named(found, "Greta Marlow").type());
        assertTrue(hasName(found, "AFP"), found.toString());
    }

    @Test
    void countriesWrittenInFullRunOverTheirAnd() {
        List<Entity> found = entities("Ferries link St Vincent and the Grenadines with Trinidad and Tobago.");
        assertEquals(EntityType.LOCATION, named(found, "St Vincent and the Grenadines").type());
        assertEquals(EntityType.LOCATION, named(found, "Trinidad and Tobago").type());
    }
}
