package io.github.lede.extractor.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.model.Article;
import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Gender;
import io.github.lede.model.GrammaticalNumber;
import io.github.lede.model.Timestamp;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.spi.Annotator;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Behaviour of the entity annotator on short texts written for each rule. */
class EntityAnnotatorTest {

    private final EntityAnnotator annotator = new EntityAnnotator();

    private List<Entity> entities(String text) {
        return annotator.annotate(Article.builder(text).build(), AnalysisContext.standalone()).entities();
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + entities));
    }

    @Test
    void isRegisteredAsAnAnnotatorNamedEntities() {
        assertTrue(ServiceLoader.load(Annotator.class).stream()
                .anyMatch(p -> p.type().equals(EntityAnnotator.class)));
        assertEquals("entities", annotator.name());
    }

    @Test
    void anOrganisationAndItsBracketedAcronymAreOneEntity() {
        List<Entity> found = entities("The Federation of Rural Carriers (FRC) filed the complaint on Monday. "
                + "A lawyer for the FRC said the filing was routine.");
        Entity frc = named(found, "Federation of Rural Carriers");
        assertEquals(EntityType.ORGANIZATION, frc.type());
        assertEquals(List.of("FRC"), frc.aliases());
        assertEquals(3, frc.mentions().size());
        assertEquals(Gender.NEUTER, frc.gender());
    }

    @Test
    void everyNameOfTheUnitedStatesIsOnePlace() {
        List<Entity> found = entities("Officials in the U.S. said the United States would act. "
                + "Critics said America had waited too long.");
        List<Entity> places = found.stream().filter(e -> e.type().equals(EntityType.LOCATION)).toList();
        assertEquals(1, places.size(), places.toString());
        assertEquals("United States", places.get(0).name());
        assertTrue(places.get(0).aliases().containsAll(List.of("U.S.", "America")));
    }

    @Test
    void aQuotedNicknameIsAnAliasAndTheSurnameJoinsTheFullName() {
        List<Entity> found = entities("Coach Marlon “Tiny” Osterberg was fired on Friday. "
                + "Osterberg said he would appeal. Tiny, as fans call him, declined to comment further.");
        Entity person = named(found, "Marlon Osterberg");
        assertTrue(person.aliases().containsAll(List.of("Tiny", "Osterberg")), person.aliases().toString());
        assertTrue(person.titles().contains("Coach"), person.titles().toString());
        assertEquals(Gender.MALE, person.gender());
    }

    @Test
    void appositiveRolesAndHonorificsTellTitleAndGender() {
        List<Entity> found = entities("Jane Roe, a spokeswoman for Acme Holdings, said the plant would close. "
                + "Ms. Roe added that 200 jobs were at stake. The company's chief financial officer, "
                + "Devon Pratt, declined to comment.");
        Entity roe = named(found, "Jane Roe");
        assertEquals(List.of("spokeswoman"), roe.titles());
        assertEquals(Gender.FEMALE, roe.gender());
        assertEquals(GrammaticalNumber.SINGULAR, roe.number());
        assertTrue(named(found, "Devon Pratt").titles().contains("chief financial officer"));
        assertEquals(EntityType.ORGANIZATION, named(found, "Acme Holdings").type());
    }

    @Test
    void possessivesWithAnyApostropheStayOutOfTheName() {
        String text = "Talia Brennock's plan won support. Brennock’s critics were quiet, and Brennock‘s allies cheered.";
        Entity person = named(entities(text), "Talia Brennock");
        assertEquals(3, person.mentions().size());
        person.mentions().forEach(m -> assertTrue(m.text().endsWith("Brennock"), m.text()));
    }

    @Test
    void sentenceInitialCapitalsAndHeadingsAreNotNames() {
        List<Entity> found = entities("RESIDENTS RALLY AGAINST NEW TOLL\n\nYesterday the council met. "
                + "Residents said the toll was unfair. Several Drivers Complained About The Queues On Tuesday.");
        assertEquals(List.of(), found);
    }

    @Test
    void unknownOrganisationsPeopleAndPlacesAreTypedByTheirWords() {
        List<Entity> found = entities("Halima Okoro, a researcher at Brightfield Labs, said the Dunmore Police "
                + "Department had been told. She works in Kestrelmouth, Ohio, near the Harrow River.");
        assertEquals(EntityType.PERSON, named(found, "Halima Okoro").type());
        assertEquals(Gender.FEMALE, named(found, "Halima Okoro").gender());
        assertEquals(EntityType.ORGANIZATION, named(found, "Brightfield Labs").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Dunmore Police Department").type());
        assertEquals(EntityType.LOCATION, named(found, "Kestrelmouth").type());
        assertEquals(EntityType.LOCATION, named(found, "Ohio").type());
        assertEquals(EntityType.LOCATION, named(found, "Harrow River").type());
    }

    @Test
    void datesGetIsoValuesFromTheTextOrThePublicationYear() {
        Article article = Article.builder("The vote on 8 February 2024 was close. A recount on Feb. 12 changed "
                + "nothing, and the law dates from March 2, 1938. Friday, 31 February 2025 is no date.")
                .published(Timestamp.of(LocalDate.of(2024, 3, 1))).build();
        List<Entity> dates = annotator.annotate(article, AnalysisContext.standalone()).entities().stream()
                .filter(e -> e.type().equals(EntityType.DATE)).toList();
        assertEquals(List.of("2024-02-08", "2024-02-12", "1938-03-02"),
                dates.stream().map(e -> e.value().orElse("?")).toList());
        assertEquals(List.of("8 February 2024", "Feb. 12", "March 2, 1938"), dates.stream().map(Entity::name).toList());
    }

    @Test
    void keepsEntitiesOfEarlierAnnotatorsAndSalienceIsBounded() {
        Entity earlier = Entity.builder("E1", EntityType.of("PRODUCT"), "Widget").build();
        Article article = Article.builder("Mara Feldt said Widget sales rose. Feldt was pleased.")
                .entities(List.of(earlier)).build();
        List<Entity> all = annotator.annotate(article, AnalysisContext.standalone()).entities();
        assertEquals(earlier, all.get(0));
        Entity feldt = named(all, "Mara Feldt");
        assertEquals("E2", feldt.id());
        assertEquals(2, feldt.mentions().size());
        double s = feldt.salience().orElseThrow();
        assertTrue(s > 0 && s <= 1, "salience " + s);
    }

    @Test
    void aHeadlineOutsideTheTextStillGivesTheFullestNameAndAcronym() {
        Article article = Article.builder("Blinken met officials in Cairo. Blinken said the European Union "
                + "would pay for the aid.")
                .title("EU backs plan as Secretary of State Antony Blinken visits Egypt").build();
        List<Entity> found = annotator.annotate(article, AnalysisContext.standalone()).entities();
        Entity blinken = named(found, "Antony Blinken");
        assertEquals(List.of("Blinken"), blinken.aliases());
        assertEquals(2, blinken.mentions().size());
        assertTrue(blinken.titles().contains("Secretary of State"), blinken.titles().toString());
        assertTrue(named(found, "European Union").aliases().contains("EU"));
    }
}
