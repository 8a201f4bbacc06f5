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
 * Shapes that make an unknown name a company ("X AI", "X.ai", services bought from it), creeds
 * before a known body, and titles joined by a hyphen before a person's name.
 */
class CompanyShapesAndTitlesTest {

    @Test
    void aTitleJoinedByAHyphenIsNoPartOfTheName() {
        List<Entity> found = entities("Officials said Attorney-General Mary Brandon would decide. Later, "
                + "Governor-General Peter Hollis agreed.");
        Entity brandon = named(found, "Mary Brandon");
        assertEquals(EntityType.PERSON, brandon.type());
        assertTrue(brandon.titles().contains("Attorney-General"), brandon.titles().toString());
        assertEquals(EntityType.PERSON, named(found, "Peter Hollis").type());
    }

    @Test
    void anUnknownWordBeforeAiNamesACompanyAPlainWordDoesNot() {
        List<Entity> found = entities("The buyout of Calypso AI closed. Zentrova AI raised $40 million. "
                + "Industrial AI is a trend.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Calypso AI").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Zentrova AI").type());
        assertFalse(found.stream().anyMatch(e -> e.name().contains("Industrial")), found.toString());
    }

    @Test
    void aNameWrittenAsAnAiDomainIsTheCompanysSite() {
        List<Entity> found = entities("Last year the security firm bought Observo.ai for an undisclosed sum.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Observo.ai").type());
        assertFalse(hasName(found, "Observo") && found.size() > 1, found.toString());
    }

    @Test
    void whoServicesAreBoughtFromIsACompany() {
        List<Entity> found = entities("The film won $10,000 of post-production services from Orka and a grant.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Orka").type());
    }

    @Test
    void aCreedBeforeAKnownBodyOnlyDescribesIt() {
        List<Entity> found = entities("The Islamist Muslim Brotherhood was banned, and Tunisian Islamists protested.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Muslim Brotherhood").type());
        assertFalse(hasName(found, "Islamist Muslim Brotherhood"), found.toString());
        assertTrue(found.stream().noneMatch(e -> e.name().contains("Islamists")
                && EntityType.PERSON.equals(e.type())), found.toString());
    }

    @Test
    void twoWordsRunTogetherNameABrandButAPrefixedSurnameDoesNot() {
        List<Entity> found = entities("Prices on DealCrate change daily, and readers of GadgetPulse agreed. "
                + "Later McKinnon spoke, and DeShawn wrote back.");
        assertEquals(EntityType.ORGANIZATION, named(found, "DealCrate").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "GadgetPulse").type());
        assertTrue(found.stream().noneMatch(e -> (e.name().equals("McKinnon") || e.name().equals("DeShawn"))
                && EntityType.ORGANIZATION.equals(e.type())), found.toString());
    }

    @Test
    void aPlainWordOpensNoPersonsNameUnlessTheTextSaysSo() {
        List<Entity> found = entities("Grants went to Quartz Resourcers and to Copper Lindqvane this spring. "
                + "In Seoul, Moon Jae-sung said the money helped.");
        assertTrue(found.stream().noneMatch(e -> EntityType.PERSON.equals(e.type())
                && (e.name().contains("Resourcers") || e.name().contains("Lindqvane"))), found.toString());
        assertEquals(EntityType.PERSON, named(found, "Moon Jae-sung").type());
    }

    @Test
    void aNameOpeningAListItemAsTheSubjectOfBusinessVerbsIsACompany() {
        List<Entity> found = entities("""
                Five startups fight waste.

                1. Zorvane has developed a sensor that tracks methane.
                2. Tidal Controls is focused on measuring landfill gas.
                3. Marta Olsen has developed a method to store hydrogen.""");
        assertEquals(EntityType.ORGANIZATION, named(found, "Zorvane").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Tidal Controls").type());
        assertEquals(EntityType.PERSON, named(found, "Marta Olsen").type());
    }

    @Test
    void whoseStaffOrNamedProductFollowsIsACompany() {
        List<Entity> found = entities("Brokers say prices fell, and Hearthly agents in Denver agree. A review of "
                + "Quillcast’s Tidewave 2 model found flaws.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Hearthly").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Quillcast").type());
    }

    @Test
    void aRoleForAKnownBodyOrAcronymEndsBeforeTheBody() {
        List<Entity> found = entities("The story was filed by the Europe Digital Editor for NBC News and checked by "
                + "the Features Editor for ZTV.");
        assertEquals(EntityType.ORGANIZATION, named(found, "NBC News").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "ZTV").type());
        assertTrue(found.stream().noneMatch(e -> e.name().contains(" for ")), found.toString());
    }

    @Test
    void aWordBeforeBasedWithABodyOrBeforeSetIsAPlace() {
        List<Entity> found = entities("The film premiered at a Tarrow-based festival, and her Vellmoor-set drama "
                + "follows. It runs on Quorix-based software.");
        assertEquals(EntityType.LOCATION, named(found, "Tarrow").type());
        assertEquals(EntityType.LOCATION, named(found, "Vellmoor").type());
        assertTrue(found.stream().noneMatch(e -> e.name().equals("Quorix") && EntityType.LOCATION.equals(e.type())),
                found.toString());
    }

    @Test
    void aSchoolNamedLikeAPlaceIsABodyAfterGraduateOf() {
        List<Entity> found = entities("She arrived as a recent graduate of Mount Verrow with a degree in math.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Mount Verrow").type());
    }

    @Test
    void aCompanyInAListWrittenAsADomainKeepsTheDomain() {
        List<Entity> found = entities("The year closed with the purchases of Tidal Security and Vexlo.ai by larger "
                + "rivals.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Vexlo.ai").type());
    }
}
