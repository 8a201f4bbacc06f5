package io.github.lede.extractor.entities;

import static io.github.lede.extractor.entities.EntitiesInText.entities;
import static io.github.lede.extractor.entities.EntitiesInText.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The broad gazetteers of organisations and cities, and the context that still overrides them. */
class GazetteerTest {

    @Test
    void oneWordCompaniesAndOutletsWithoutACueAreOrganisations() {
        List<Entity> found = entities("Customers compared Hertz and Sixt before the holiday. Anthropic and "
                + "DeepMind hired more researchers, Twilio cut prices and Nintendo sold more consoles than "
                + "expected, according to Reuters and Wired.");
        for (String name : List.of("Hertz", "Sixt", "Anthropic", "DeepMind", "Twilio", "Nintendo", "Reuters",
                "Wired")) {
            assertEquals(EntityType.ORGANIZATION, named(found, name).type(), name);
        }
    }

    @Test
    void knownShortFormsJoinTheFullName() {
        List<Entity> found = entities("The Massachusetts Institute of Technology opened a lab with Advanced "
                + "Micro Devices. MIT said AMD would pay for it.");
        Entity mit = named(found, "Massachusetts Institute of Technology");
        assertEquals(EntityType.ORGANIZATION, mit.type());
        assertTrue(mit.aliases().contains("MIT"), mit.toString());
        assertTrue(named(found, "Advanced Micro Devices").aliases().contains("AMD"), found.toString());
    }

    @Test
    void bigCitiesOfTheWorldArePlaces() {
        List<Entity> found = entities("The company opened offices in Chengdu and Guadalajara last year, and "
                + "Novosibirsk will follow.");
        for (String name : List.of("Chengdu", "Guadalajara", "Novosibirsk")) {
            assertEquals(EntityType.LOCATION, named(found, name).type(), name);
        }
    }

    @Test
    void aSmallerCityThatIsAlsoASurnameIsThePersonWhenTheTextSaysSo() {
        List<Entity> found = entities("Laura Lancaster, a nurse, organised the march. Lancaster said turnout "
                + "doubled. Volunteers also marched in Tacoma, some dressed as Batman.");
        Entity nurse = named(found, "Laura Lancaster");
        assertEquals(EntityType.PERSON, nurse.type());
        assertTrue(nurse.aliases().contains("Lancaster"), nurse.toString());
        assertEquals(EntityType.LOCATION, named(found, "Tacoma").type());
        // a smaller city's name alone (Batman, Turkey) is no place without a place's context
        assertFalse(found.stream().anyMatch(e -> e.name().equals("Batman") && e.type() == EntityType.LOCATION),
                found.toString());
    }

    @Test
    void aTownNamedCityIsAPlaceButAClubNamedAfterAPlaceIsNot() {
        List<Entity> found = entities("The film festival opens in Park City in January. In the evening "
                + "Manchester City beat Luton Town 2-1.");
        assertEquals(EntityType.LOCATION, named(found, "Park City").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Manchester City").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Luton Town").type());
    }

    @Test
    void outletsAndCompaniesWithPlaceOrSymbolInTheNameKeepTheirType() {
        List<Entity> found = entities("AT&T raised prices, The New Yorker reported. An Ars Technica review "
                + "agreed, and New Europe Film Sales bought the rights.");
        assertEquals(EntityType.ORGANIZATION, named(found, "AT&T").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "The New Yorker").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Ars Technica").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "New Europe Film Sales").type());
        assertFalse(found.stream().anyMatch(e -> e.name().equals("AT") || e.name().equals("T")), found.toString());
    }

    @Test
    void aCityAtTheHeadOfAnUnknownNameIsNoPlace() {
        List<Entity> found = entities("The Cambridge Analytica scandal hurt Facebook.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Cambridge Analytica").type());
        assertFalse(found.stream().anyMatch(e -> e.name().equals("Cambridge")), found.toString());
    }

    @Test
    void aTeamIsTheXsButAnAreaIsInTheXs() {
        List<Entity> found = entities("The fire destroyed homes in the Palisades on Tuesday, and the Hawks "
                + "postponed their game.");
        assertEquals(EntityType.LOCATION, named(found, "Palisades").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Hawks").type());
    }

    @Test
    void aFirstNameBeforeACityIsAPersonAndTheCityAloneIsHerSurname() {
        List<Entity> found = entities("Hannah Cairo won the final in straight sets. Cairo said she was tired "
                + "but happy. Chess was, in Cairo’s words, a world of ideas.");
        Entity player = named(found, "Hannah Cairo");
        assertEquals(EntityType.PERSON, player.type());
        assertEquals(3, player.mentions().size(), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.type().equals(EntityType.LOCATION)), found.toString());
    }

    @Test
    void aTwoWordPlaceWithAPossessiveEndsTheName() {
        List<Entity> found = entities("Crowds filled New York’s Times Square on Sunday.");
        assertEquals(EntityType.LOCATION, named(found, "New York").type());
        assertEquals(EntityType.LOCATION, named(found, "Times Square").type());
    }

    @Test
    void namesGivenAsExamplesOfPlacesArePlaces() {
        List<Entity> found = entities("Families who cannot afford to leave places like Altadena or the Palisades "
                + "will be left behind.");
        assertEquals(EntityType.LOCATION, named(found, "Altadena").type());
        assertEquals(EntityType.LOCATION, named(found, "Palisades").type());
    }

    @Test
    void aDatelineCityInCapitalsIsAPlace() {
        List<Entity> found = entities("CAIRO (AP) — Egypt raised fuel prices on Friday.");
        assertEquals(EntityType.LOCATION, named(found, "Cairo").type());
    }

    @Test
    void aKnownNameEndingInApostropheSKeepsIt() {
        String text = "Sales rose at McDonald’s and Macy's, while McDonald’s rivals lagged.";
        Entity burgers = named(entities(text), "McDonald’s");
        assertEquals(EntityType.ORGANIZATION, burgers.type());
        assertEquals(2, burgers.mentions().size(), burgers.toString());
        assertEquals("McDonald’s", burgers.mentions().get(0).text());
        assertEquals(EntityType.ORGANIZATION, named(entities(text), "Macy's").type());
    }

    @Test
    void aKnownNameRunningIntoAPersonIsLeftOutOfTheName() {
        List<Entity> found = entities("Filmmaker and fellow New Yorker Talia Lugacy sat beside me. She hopes "
                + "to move to LA next year.");
        assertEquals(EntityType.PERSON, named(found, "Talia Lugacy").type());
        assertEquals(EntityType.LOCATION, named(found, "LA").type());
        assertFalse(found.stream().anyMatch(e -> e.name().contains("Yorker")), found.toString());
    }

    @Test
    void aKnownOrganisationBeforePlainWordsIsTheOrganisationButABodyOfItsOwnIsKept() {
        List<Entity> found = entities("She won the AT&T Untold Stories grant last year. Researchers at the "
                + "University of Chicago Education Lab agreed.");
        assertEquals(EntityType.ORGANIZATION, named(found, "AT&T").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "University of Chicago Education Lab").type());
        assertFalse(found.stream().anyMatch(e -> e.name().contains("Untold")), found.toString());
    }

    @Test
    void aSmallerCityBeforeAStateCodeIsThePlace() {
        List<Entity> found = entities("Rents rose fastest in Worcester, MA and fell in Springfield, MO last year.");
        assertEquals(EntityType.LOCATION, named(found, "Worcester").type());
        assertEquals(EntityType.LOCATION, named(found, "Springfield").type());
    }

    @Test
    void aCapitalTheInsideASentenceMakesThePublication() {
        List<Entity> found = entities("She wrote about it in The Atlantic before sailing across the Atlantic.");
        assertEquals(EntityType.ORGANIZATION, named(found, "The Atlantic").type());
        assertEquals(EntityType.LOCATION, named(found, "Atlantic").type());
    }

    @Test
    void aKnownNameOpeningASentenceKeepsItsFirstWord() {
        List<Entity> found = entities("The rankings were: 1. Finland 2. United Kingdom 3. United States. "
                + "General Motors said sales fell.");
        assertEquals(EntityType.LOCATION, named(found, "United Kingdom").type());
        assertEquals(EntityType.LOCATION, named(found, "United States").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "General Motors").type());
    }
}
