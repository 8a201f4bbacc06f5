package io.github.lede.extractor.entities;

import static io.github.lede.extractor.entities.EntitiesInText.entities;
import static io.github.lede.extractor.entities.EntitiesInText.hasName;
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

/** Rules that real news pages called for: transcripts, organisation names, roles and contractions. */
class RealNewsRulesTest {

    @Test
    void transcriptLabelsInCapitalsArePeopleJoinedToTheirMixedCaseName() {
        List<Entity> found = entities("""
                DANA OKWU, HOST: The city council meets today. Our reporter Tomás Ibáñez-Ruiz explains.

                TOMAS IBANEZ-RUIZ, BYLINE: Hundreds gathered outside city hall.

                IBANEZ-RUIZ: Most of them were nurses.

                For the station, I'm Tomás Ibáñez-Ruiz in Fresno.""");
        Entity reporter = named(found, "Tomás Ibáñez-Ruiz");
        assertEquals(EntityType.PERSON, reporter.type());
        assertEquals(4, reporter.mentions().size(), reporter.mentions().toString());
        assertEquals(EntityType.PERSON, named(found, "Dana Okwu").type());
        assertFalse(found.stream().anyMatch(e -> e.name().startsWith("I'm")), found.toString());
        assertTrue(found.stream().noneMatch(e -> e.type().equals(EntityType.LOCATION) && e.name().contains("Okwu")));
    }

    @Test
    void schoolDistrictsNewsroomsAndCompaniesNamedAfterPlacesAreOrganisations() {
        List<Entity> found = entities("The Tulsa Independent School District hired 40 tutors, the Oklahoma Newsroom "
                + "reported. Meanwhile Denver Croissant opened ten bakeries, and the drugmakers Ada Lovell and "
                + "Brisk Ferrow raised prices.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Tulsa Independent School District").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Oklahoma Newsroom").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Denver Croissant").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Ada Lovell").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Brisk Ferrow").type());
    }

    @Test
    void aPossessiveOrganisationEndsTheNameAndBodiesKeepTheirComplement() {
        List<Entity> found = entities("Researchers at Halvern University’s Pike School of Design agreed with the "
                + "Policy Group on Transport and the Department of Justice.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Halvern University").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Pike School of Design").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Policy Group on Transport").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Department of Justice").type());
    }

    @Test
    void rolesAreNotNamesAndTheNameAfterARoleIsAPerson() {
        List<Entity> found = entities("Mira Castellan, Chief Data Platforms Officer at Vantrix, said costs fell. "
                + "President Okafor disagreed. Deputy Farm Officer Ravi Sundaram said yields rose.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Vantrix").type());
        assertEquals(EntityType.PERSON, named(found, "Okafor").type());
        assertEquals(EntityType.PERSON, named(found, "Ravi Sundaram").type());
        assertFalse(found.stream().anyMatch(e -> e.name().contains("Officer")), found.toString());
    }

    @Test
    void appositivesAndHyphenatedPlaceAdjectivesTypeUnknownNames() {
        List<Entity> found = entities("The chief executive of Quorvo, a Lisbon-based software startup, spoke in "
                + "March. Belmira, a small coastal town, hosted the meeting.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Quorvo").type());
        assertEquals(EntityType.LOCATION, named(found, "Lisbon").type());
        assertEquals(EntityType.LOCATION, named(found, "Belmira").type());
    }

    @Test
    void aSentenceInitialCommonNounIsNoAliasAndAnAcronymJoinsTheNameItOpens() {
        List<Entity> found = entities("A rally led by Nurses Against Night Shifts began at noon. Nurses say the "
                + "rota is unsafe. KLM Logistics said it would respond, and KLM later did.");
        assertFalse(named(found, "Nurses Against Night Shifts").aliases().contains("Nurses"));
        assertTrue(named(found, "KLM Logistics").aliases().contains("KLM"));
        assertFalse(hasName(found.stream().filter(e -> e.type().equals(EntityType.PERSON)).toList(), "KLM"));
    }
}
