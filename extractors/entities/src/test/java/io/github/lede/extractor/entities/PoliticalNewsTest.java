package io.github.lede.extractor.entities;

import static io.github.lede.extractor.entities.EntitiesInText.entities;
import static io.github.lede.extractor.entities.EntitiesInText.hasName;
import static io.github.lede.extractor.entities.EntitiesInText.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Gender;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules for the people and bodies of political news: candidates, their rivals and their parties. */
class PoliticalNewsTest {

    @Test
    void aRivalNamedWithAFirstNameIsAPerson() {
        List<Entity> found = entities("The senator called out his rival Donald Kessing for alienating voters. "
                + "Later, Walter Pike said the race was close.");
        assertEquals(EntityType.PERSON, named(found, "Donald Kessing").type());
        assertEquals(EntityType.PERSON, named(found, "Walter Pike").type());
    }

    @Test
    void aPossessiveBetweenTwoNamesSplitsThem() {
        List<Entity> found = entities("""
                Reyes Calls Hunter’s Volkov Remarks ‘Troubling’

                Mayor Ana Reyes criticised Hunter’s praise of Volkov on Monday. Jo Hunter said he would not
                apologise, and Volkov said nothing. The Bay Fishermen’s Association agreed with Reyes.""");
        assertTrue(found.stream().noneMatch(e -> e.name().contains("’s V")), found.toString());
        assertTrue(hasName(found, "Volkov"), found.toString());
        assertEquals(List.of("Hunter"), named(found, "Jo Hunter").aliases());
        assertEquals(EntityType.ORGANIZATION, named(found, "Bay Fishermen’s Association").type());
    }

    @Test
    void aTitledPersonOfAPlaceIsThePersonAndThePlace() {
        List<Entity> found = entities("Senator Barbara Kessing of California said she had called him. "
                + "Ms. Kessing said he was a friend.");
        Entity senator = named(found, "Barbara Kessing");
        assertEquals(EntityType.PERSON, senator.type());
        assertEquals(List.of("Kessing", "Ms. Kessing"), senator.aliases());
        assertEquals(EntityType.LOCATION, named(found, "California").type());
    }

    @Test
    void aSurnameJoinsTheFullNameThatEndsInAGeneration() {
        List<Entity> found = entities("""
                Kessing Calls Rival a Risk

                Vice President Joseph R. Kessing Jr. said on Monday that the rival was a risk. Mr. Kessing spoke
                in Scranton. Kessing later left.""");
        Entity kessing = named(found, "Joseph R. Kessing Jr.");
        assertEquals(List.of("Kessing", "Mr. Kessing"), kessing.aliases());
        assertEquals(4, kessing.mentions().size()); // the headline line is text too
        assertEquals(1, found.stream().filter(e -> e.name().contains("Kessing")).count(), found.toString());
    }

    @Test
    void anHonorificTellsWhichOfTwoNamesakesTheSurnameMeans() {
        List<Entity> found = entities("""
                Former Aide Says Kessing Is In Trouble

                Former Bill Kessing pollster Douglas Marlow said Hillary Kessing is in trouble. Kessing trails in
                the polls, he said. Mrs. Kessing has a weak campaign, and Kessing could be replaced.""");
        Entity hillary = named(found, "Hillary Kessing");
        assertEquals(List.of("Kessing", "Mrs. Kessing"), hillary.aliases());
        assertEquals(5, hillary.mentions().size()); // the headline's surname too
        assertEquals(Gender.FEMALE, hillary.gender());
        assertEquals(List.of(), named(found, "Bill Kessing").aliases());
        assertEquals(Gender.MALE, named(found, "Bill Kessing").gender());
    }

    @Test
    void andInsideABodyNamedWithOnStaysInside() {
        List<Entity> found = entities("A report by the Center on Housing and Mobility at Vexley University found "
                + "rents rose faster than wages.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Center on Housing and Mobility").type());
    }

    @Test
    void aFirstNameThatIsACommonWordOpensANameAfterAParenthesis() {
        List<Entity> found = entities("The priest (Josh Kessing) is accused of murdering his boss (Bill Vorhees). "
                + "His client (Lily Vantor) is a scientist. See Facebook for more.");
        assertEquals(EntityType.PERSON, named(found, "Josh Kessing").type());
        assertEquals(EntityType.PERSON, named(found, "Bill Vorhees").type());
        assertEquals(EntityType.PERSON, named(found, "Lily Vantor").type());
        assertTrue(found.stream().noneMatch(e -> e.name().startsWith("See")), found.toString());
    }

    @Test
    void aPlainWordBeforeACityOpensNoName() {
        List<Entity> found = entities("""
                Want the full Dayton wedding guide? Read our Final Check list.

                Check Dayton weather forecast – be prepared with a backup plan

                Many couples in Dayton book a year ahead.""");
        Entity dayton = named(found, "Dayton");
        assertEquals(EntityType.LOCATION, dayton.type());
        assertEquals(3, dayton.mentions().size());
        assertTrue(found.stream().noneMatch(e -> e.name().startsWith("Check")), found.toString());
    }

    @Test
    void aMonthThatIsAFirstNameOpensADescribedPersonsName() {
        List<Entity> found = entities("Prices rose in April. April Mellody, a spokeswoman for the party, "
                + "disagreed. June Talbot said nothing. Mellody left.");
        Entity spokeswoman = named(found, "April Mellody");
        assertEquals(EntityType.PERSON, spokeswoman.type());
        assertEquals(List.of("Mellody"), spokeswoman.aliases());
        assertEquals(EntityType.PERSON, named(found, "June Talbot").type());
    }
}
