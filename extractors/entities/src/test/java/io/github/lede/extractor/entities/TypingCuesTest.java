package io.github.lede.extractor.entities;

import static io.github.lede.extractor.entities.EntitiesInText.entities;
import static io.github.lede.extractor.entities.EntitiesInText.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.model.Article;
import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Mention;
import io.github.lede.spi.AnalysisContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How names no gazetteer knows are typed and joined from the words around them: relative clauses,
 * a body's people, ownership adjectives, roles, particles, "and" inside a body's name, country
 * prefixes, and scraping debris around photo credits. Invented names, so no lexicon answers.
 */
class TypingCuesTest {

    @Test
    void aRelativeClauseOrABodysPeopleTellPersonFromOrganisation() {
        List<Entity> found = entities("Prices fell, said Tom Forte, who follows the sector. Later, officials at "
                + "the utility Kel Varrow, which maintains the cables, agreed. Kel Varrow officials said so. "
                + "Forte said it was over.");
        assertEquals(EntityType.PERSON, named(found, "Tom Forte").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Kel Varrow").type());
    }

    @Test
    void aKnownFirstNameAndACommonWordAreAPersonWhenTheSurnameSpeaksAlone() {
        List<Entity> found = entities("On the dock, skipper Wade Bassi mends nets. \"It is pure white,\" Bassi said. "
                + "Customers of Noble Moving and Storage complained.");
        assertEquals(EntityType.PERSON, named(found, "Wade Bassi").type());
        assertFalse(found.stream().anyMatch(e -> e.type().equals(EntityType.PERSON) && e.name().startsWith("Noble")),
                found.toString());
    }

    @Test
    void theOwnerBeforeAHyphenatedAdjectiveIsABodyApartFromWhatItOwns() {
        List<Entity> found = entities("Shoppers crowd Zarvex-owned Quillfare Market stores, and Brundle-backed "
                + "Hollin Foods lost ground.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Zarvex").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Quillfare Market").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Brundle").type());
    }

    @Test
    void theWordsBeforeARoleNameTheEmployer() {
        List<Entity> found = entities("The offer was rebuffed by Snapwick CEO Evan Spiegel in 2013.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Snapwick").type());
        Entity ceo = named(found, "Evan Spiegel");
        assertEquals(EntityType.PERSON, ceo.type());
        assertTrue(ceo.titles().contains("Snapwick CEO"), ceo.titles().toString());
    }

    @Test
    void particlesAndArabicArticlesBelongToPersonalNames() {
        List<Entity> found = entities("In the 1990s Osama bin Laden lived in Khartoum. Later Bin Laden left. "
                + "Mayor Bill de Blasio spoke, and so did Omar Hassan al-Bashir. Mr. Bashir said nothing.");
        Entity osama = named(found, "Osama bin Laden");
        assertEquals(EntityType.PERSON, osama.type());
        assertTrue(osama.aliases().contains("Bin Laden"), osama.aliases().toString());
        assertEquals(EntityType.PERSON, named(found, "Bill de Blasio").type());
        Entity bashir = named(found, "Omar Hassan al-Bashir");
        assertTrue(bashir.aliases().contains("Mr. Bashir"), bashir.aliases().toString());
    }

    @Test
    void andJoinsTheWordsOfOneBodyButNotTwoCompleteNames() {
        List<Entity> found = entities("He is a fellow at the Carver Center for Health and Human Rights. The "
                + "Department of Design and Construction agreed. She studied at Emory University and Oglethorpe "
                + "University. The Urban Education Lab and MDRC wrote the report.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Carver Center for Health and Human Rights").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Department of Design and Construction").type());
        named(found, "Emory University");
        named(found, "Oglethorpe University");
        named(found, "MDRC");
    }

    @Test
    void aCountrysBodyIsTheBodyNamedWithoutTheCountry() {
        List<Entity> found = entities("The New Zealand Department of Conservation said whales were dying. The "
                + "Department of Conservation sent rangers.");
        Entity doc = named(found, "New Zealand Department of Conservation");
        assertTrue(doc.aliases().contains("Department of Conservation"), doc.aliases().toString());
        assertEquals(1, found.stream().filter(e -> e.type().equals(EntityType.ORGANIZATION)).count(), found.toString());
    }

    @Test
    void photoCreditsKeepTheirNamesWhole() {
        List<Entity> found = entities("Rock salt seeped underground.CreditCreditChang W. Lee/The Daily Ledger\n\n"
                + "A price cut was announced. (Ellen M. Banner / The Seattle Times)");
        assertEquals(EntityType.PERSON, named(found, "Chang W. Lee").type());
        assertEquals(EntityType.PERSON, named(found, "Ellen M. Banner").type());
        assertFalse(found.stream().anyMatch(e -> e.name().startsWith("Credit")), found.toString());
    }

    @Test
    void businessVerbsTypeOneWordCompaniesAndASubjectInCapitalsIsNoPlace() {
        List<Entity> found = entities("The deal follows the acquisition of Quorvex. Analysts expect Zentrix to "
                + "grow, and Plimble has agreed to acquire Stavo. She is a Lecturer in Management; management is "
                + "her field.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Quorvex").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Plimble").type());
        assertEquals(EntityType.ORGANIZATION, named(entities("Analysts cheered the acquisition of Vexa Labs. "
                + "Andreessen Horowitz’s portfolio grew."), "Andreessen Horowitz").type());
        assertFalse(found.stream().anyMatch(e -> e.name().equals("Management")), found.toString());
    }

    @Test
    void kinCompassAndAStateAfterTheCommaTypeOneWordNames() {
        List<Entity> found = entities("Mr Mugabe and his wife Grace are safe. Elders of eastern Tawhiri met. The "
                + "boat sailed to Ketchikan, Alaska. There, they took on ice.");
        assertEquals(EntityType.PERSON, named(found, "Grace").type());
        assertEquals(EntityType.LOCATION, named(found, "Tawhiri").type());
        assertEquals(EntityType.LOCATION, named(found, "Ketchikan").type());
    }

    @Test
    void prizesAndPageNumbersAreNoOrganisationsOrPeople() {
        List<Entity> found = entities("He won the Pulitzer Prize for Breaking News. It ran on Page A22 of the "
                + "print edition, beside an ad for Sam’s Club.");
        assertTrue(found.stream().noneMatch(e -> e.name().contains("Prize") && (e.type().equals(EntityType.ORGANIZATION)
                || e.type().equals(EntityType.PERSON))), found.toString());
        assertTrue(found.stream().noneMatch(e -> e.name().contains("A22")), found.toString());
        assertEquals(EntityType.ORGANIZATION, named(found, "Sam’s Club").type());
    }

    @Test
    void aBodyNamedBothWaysIsOneBody() {
        List<Entity> found = entities("Interest could pass the Defense Department budget. The Department of "
                + "Defense declined to comment.");
        Entity defense = named(found, "Department of Defense");
        assertTrue(defense.aliases().contains("Defense Department"), defense.aliases().toString());
    }

    @Test
    void aStateBeforeAPartyWordIsAPlaceAndTheChamberIsABody() {
        List<Entity> found = entities("Senator Mark Warner, a Virginia Democrat, objected. The Senate passed the "
                + "bill anyway.");
        assertEquals(EntityType.LOCATION, named(found, "Virginia").type());
        assertTrue(found.stream().noneMatch(e -> e.name().contains("Democrat")), found.toString());
        assertEquals(EntityType.ORGANIZATION, named(found, "Senate").type());
    }

    @Test
    void lawsHolidaysAndProductModelsAreNoOrganisations() {
        List<Entity> found = entities("The Data Retention Bill and the Affordable Care Act passed before Christmas "
                + "Day, when Apple shipped the Vision Pro and Zentrix its Galaxy S24 Ultra.");
        assertTrue(found.stream().noneMatch(e -> (e.type().equals(EntityType.ORGANIZATION)
                || e.type().equals(EntityType.PERSON)) && !e.name().equals("Apple") && !e.name().equals("Zentrix")),
                found.toString());
    }

    @Test
    void theSubjectNounBeforeOfIsNoPartOfTheCompanysName() {
        List<Entity> found = entities("Shares of Zentrix Holdings rose 5 percent.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Zentrix Holdings").type());
    }

    @Test
    void britishHonorificsWithoutAFullStopAreAliasesAndTellGender() {
        List<Entity> found = entities("President Robert Mugabe is under house arrest. Mr Mugabe is resisting.");
        Entity mugabe = named(found, "Robert Mugabe");
        assertTrue(mugabe.aliases().contains("Mr Mugabe"), mugabe.aliases().toString());
        assertEquals(io.github.lede.model.Gender.MALE, mugabe.gender());
    }

    @Test
    void anUnknownNameListedBesideAPlaceOrACompanyIsOneToo() {
        List<Entity> found = entities("He toured Italy, Zembla and Spain. If only Yahoo had bought Qwerix or "
                + "Facebook. Photos, Messages and Safari were open.");
        assertEquals(EntityType.LOCATION, named(found, "Zembla").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Qwerix").type());
        assertTrue(found.stream().noneMatch(e -> e.name().equals("Photos") || e.name().equals("Messages")),
                found.toString());
    }
}
