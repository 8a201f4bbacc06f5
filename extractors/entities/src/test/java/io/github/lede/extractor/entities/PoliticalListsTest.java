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

/** Politicians listed with their states' titles, datelines and honours of political and sports news. */
class PoliticalListsTest {

    @Test
    void aNameBeforeAStatesTitledOfficialIsAPersonNotATown() {
        List<Entity> found = entities("The donor gave money to Republican candidate Walt Henning, Ohio Gov. Dana "
                + "Morrow (R) and other Republicans over the past three years, according to the filings.");
        assertEquals(EntityType.PERSON, named(found, "Walt Henning").type());
        assertEquals(EntityType.PERSON, named(found, "Dana Morrow").type());
        assertEquals(EntityType.LOCATION, named(found, "Ohio").type());
    }

    @Test
    void aListOfStatesTitledOfficialsKeepsEveryPersonAndEveryState() {
        List<Entity> found = entities("The host said the shortlist was long, and that it included Missouri Sen. "
                + "Carla Vance, Virginia Sen. Tom Kettering, Rhode Island Gov. Lena Ostrow and Oregon Gov. "
                + "Kate Brandis, who had all been mentioned by the party's donors this month.");
        for (String person : List.of("Carla Vance", "Tom Kettering", "Lena Ostrow", "Kate Brandis")) {
            assertEquals(EntityType.PERSON, named(found, person).type(), found.toString());
        }
        assertEquals(EntityType.LOCATION, named(found, "Rhode Island").type());
        assertFalse(hasName(found, "Rhode"), found.toString());
    }

    @Test
    void aCommonWordSurnameAfterAFirstNameOpeningASentenceStaysInTheName() {
        List<Entity> found = entities("Mary Smith spoke first at the hearing on Monday. John Smith spoke after "
                + "her, and Peter Baker closed it. Later, Smith said she was pleased.");
        assertEquals(EntityType.PERSON, named(found, "John Smith").type(), found.toString());
        assertEquals(EntityType.PERSON, named(found, "Mary Smith").type());
        // two people who share a surname stay two
        assertFalse(named(found, "John Smith").aliases().contains("Smith"), found.toString());
    }

    @Test
    void aKnownAcronymRunIntoAPlaceOfTheHeadlineIsABodyOfItsOwn() {
        List<Entity> found = entities("""
                Candidate tells 2,000 in Laramie NFL has gone soft

                The candidate told more than 2,000 people in downtown Laramie on Sunday that the NFL had gone
                soft.""");
        assertFalse(hasName(found, "Laramie NFL"), found.toString());
        assertEquals(EntityType.ORGANIZATION, named(found, "NFL").type());
        assertEquals(EntityType.LOCATION, named(found, "Laramie").type());
    }

    @Test
    void aHallOfFamerIsAnHonourBeforeAPerson() {
        List<Entity> found = entities("A tackle once praised by Hall of Famer Rick Dorsett now draws a penalty, "
                + "the coach said.");
        assertEquals(EntityType.PERSON, named(found, "Rick Dorsett").type(), found.toString());
        assertTrue(found.stream().noneMatch(e -> e.name().contains("Hall")), found.toString());
    }

    @Test
    void aNameAfterDowntownOrRuralIsAPlace() {
        List<Entity> found = entities("The governor toured downtown flood damage on Friday and then spoke to "
                + "farmers across rural Dubuque and to workers in downtown Laramie.");
        assertEquals(EntityType.LOCATION, named(found, "Dubuque").type(), found.toString());
        assertEquals(EntityType.LOCATION, named(found, "Laramie").type(), found.toString());
    }

    @Test
    void peopleNamedAfterAPlaceAreAGroupNotThePlace() {
        List<Entity> found = entities("The mayor apologised to New Yorkers and Texans on Monday, and Ohioans and "
                + "Californians cheered him in New York.");
        for (String group : List.of("New Yorkers", "Texans", "Ohioans", "Californians")) {
            assertEquals("NORP", named(found, group).type().name(), found.toString());
        }
        assertEquals(EntityType.LOCATION, named(found, "New York").type());
    }

    @Test
    void aPartyAdjectiveAfterAPlaceIsNoBody() {
        List<Entity> found = entities("WASHINGTON (Reuters) - U.S. Democratic presidential candidate Mary Voss said "
                + "on Sunday that the Democratic National Committee had been hacked.");
        assertFalse(hasName(found, "U.S. Democratic"), found.toString());
        assertEquals(EntityType.LOCATION, named(found, "U.S.").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Democratic National Committee").type());
    }

    @Test
    void aKnownPlaceRunsOverOfThe() {
        List<Entity> found = entities("Troops from the Democratic Republic of the Congo crossed into the Republic "
                + "of the Congo on Monday.");
        assertEquals(EntityType.LOCATION, named(found, "Democratic Republic of the Congo").type(), found.toString());
        assertEquals(EntityType.LOCATION, named(found, "Republic of the Congo").type(), found.toString());
    }

    @Test
    void aQuotedShowAppearedOnIsNoBodyThoughItEndsInPress() {
        List<Entity> found = entities("The governor appeared on \"Meet the Press\" on Sunday, and later on CBS's "
                + "\"Face the Nation.\" He works for the \"Oxford University Press\" too.");
        assertFalse(hasName(found, "Press"), found.toString());
        assertEquals(EntityType.ORGANIZATION, named(found, "Oxford University Press").type());
    }

    @Test
    void camelCasedNamesAndWebDomainsAreSitesNotPlaces() {
        List<Entity> found = entities("Voss leads by 4 points in the RealClearPolitics average of polls, said Dan "
                + "Hoyt, editor of TheOhioVoter.com, who told TheOhioVoter readers in McAllen so.");
        assertEquals(EntityType.ORGANIZATION, named(found, "RealClearPolitics").type(), found.toString());
        Entity site = named(found, "TheOhioVoter.com");
        assertEquals(EntityType.ORGANIZATION, site.type());
        assertEquals(List.of("TheOhioVoter"), site.aliases());
        assertEquals(EntityType.LOCATION, named(found, "McAllen").type());
    }

    @Test
    void aLoneNameThatToldReportersWhatSheDidIsAPerson() {
        List<Entity> found = entities("Varnell told reporters on Sunday that she had won the debate, and Vexacorp "
                + "told reporters on Monday that it had won the contract.");
        assertEquals(EntityType.PERSON, named(found, "Varnell").type(), found.toString());
        assertEquals(EntityType.ORGANIZATION, named(found, "Vexacorp").type(), found.toString());
    }

    @Test
    void aStateAbbreviationAfterATownEndsTheName() {
        List<Entity> found = entities("Sen. Lindsey Marr spoke in Columbia, S.C. Presumptive nominee Varner spoke "
                + "later that day in the city of Greenville, where he drew a crowd.");
        assertFalse(found.stream().anyMatch(e -> e.name().contains("Presumptive")), found.toString());
        assertEquals(EntityType.LOCATION, named(found, "Columbia").type());
    }

    @Test
    void aChamberBeforeItsMembersPartyIsTheChamber() {
        List<Entity> found = entities("The nominee met Senate Majority Leader Mitch Colby and other top Senate "
                + "Republicans on Thursday to talk about the party's platform for the fall.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Senate").type(), found.toString());
        assertFalse(hasName(found, "Senate Republicans"), found.toString());
        assertEquals(EntityType.PERSON, named(found, "Mitch Colby").type());
    }

    @Test
    void aLoneSurnameBeforeItsAdministrationOrAidesIsAPerson() {
        List<Entity> found = entities("The senator said the Varner administration had failed, while Corso aides "
                + "and the Nike campaign drew no comment from the White House.");
        assertEquals(EntityType.PERSON, named(found, "Varner").type(), found.toString());
        assertEquals(EntityType.PERSON, named(found, "Corso").type(), found.toString());
        assertEquals(EntityType.ORGANIZATION, named(found, "Nike").type(), found.toString());
    }

    @Test
    void aFamilyNamedByThePluralOfASurnameIsAGroup() {
        List<Entity> found = entities("Bill Lopez and Hillary Lopez spoke at the dinner on Friday. The Lopezes left "
                + "early, and Ann Davis said the Davises would stay.");
        assertEquals("NORP", named(found, "Lopezes").type().name(), found.toString());
        assertEquals("NORP", named(found, "Davises").type().name(), found.toString());
        assertEquals(EntityType.PERSON, named(found, "Hillary Lopez").type());
    }

    @Test
    void aPartyConventionIsAGatheringAndLeavesTheCommitteesAcronymAlone() {
        List<Entity> found = entities("Delegates met at the Democratic National Convention in July, and the D.N.C. "
                + "chairwoman spoke to a woman attending the Ohio Tea Party Coalition Convention.");
        assertEquals("EVENT", named(found, "Democratic National Convention").type().name(), found.toString());
        assertEquals("EVENT", named(found, "Ohio Tea Party Coalition Convention").type().name(), found.toString());
        assertEquals(List.of(), named(found, "Democratic National Convention").aliases());
        assertEquals(EntityType.ORGANIZATION, named(found, "D.N.C.").type());
    }

    @Test
    void aWordInsideASentenceThatOpensAKnownBodysNameElsewhereIsItsShortForm() {
        List<Entity> found = entities("In an interview with “Fox News Sunday,” Ann Corso said she had won. Later "
                + "Corso told Fox in the same interview that the race was over. New voters agreed.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Fox").type(), found.toString());
        assertFalse(hasName(found, "New"), found.toString());
    }

    @Test
    void aGardenIsAPlaceNotAPersonsSurname() {
        List<Entity> found = entities("The dinner ended early on Friday. Rose Garden ceremonies are rare, but the "
                + "president toured Kew Gardens in London.");
        assertFalse(found.stream().anyMatch(e -> e.type() == EntityType.PERSON), found.toString());
        assertEquals(EntityType.LOCATION, named(found, "Kew Gardens").type());
    }

    @Test
    void aStatesOfficeBeforeAHandleIsARoleAndTheState() {
        List<Entity> found = entities("\"I thank Ohio Governor @dan_morrow for endorsing @annvoss today,\" tweeted "
                + "Sen. Lee Graves, while doctors at Massachusetts General said nothing.");
        assertFalse(hasName(found, "Ohio Governor"), found.toString());
        assertEquals(EntityType.LOCATION, named(found, "Ohio").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Massachusetts General").type());
    }
}
