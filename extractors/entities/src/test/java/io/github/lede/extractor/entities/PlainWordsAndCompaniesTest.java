package io.github.lede.extractor.entities;

import static io.github.lede.extractor.entities.EntitiesInText.entities;
import static io.github.lede.extractor.entities.EntitiesInText.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Title-case runs of plain English words name nothing without evidence, and company-shaped names
 * are not taken for people.
 */
class PlainWordsAndCompaniesTest {

    @Test
    void plainWordsInTitleCaseAreNoOrganisationOrPerson() {
        List<Entity> found = entities("""
                Why Seasonal Menu Planning Matters

                Owners who try Seasonal Menu Planning save money. Careful Portion Control keeps waste low, and
                Mindful Kitchen Habits help too.""");
        assertTrue(found.stream().noneMatch(e -> e.name().contains("Menu") || e.name().contains("Portion")
                || e.name().contains("Kitchen")), found.toString());
    }

    @Test
    void plainWordsTheTextTreatsAsABodyStayOne() {
        List<Entity> found = entities("A survey by Morning Ledger found that prices rose. Sales fell, Bright Kettle reported "
                + "this week, and analysts at Tall Lantern agreed.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Morning Ledger").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Bright Kettle").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Tall Lantern").type());
    }

    @Test
    void companyShapedNamesAreNoPeople() {
        List<Entity> found = entities("The advisory firm Corvel announced its acquisition of Nadia Data, a "
                + "Denver-based security firm. An Ostrander Kovacs report on retail found that Thrifty "
                + "Rent-A-Lot lost customers.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Nadia Data").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Ostrander Kovacs").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Thrifty Rent-A-Lot").type());
    }

    @Test
    void aPersonAfterASingularNounAndCommaStaysAPerson() {
        List<Entity> found = entities("As a driver on a struggling racing team, Brad Kessler brings charm to the "
                + "film. The rival carmakers, Eli Vantor and Moss Dray, were not amused.");
        assertEquals(EntityType.PERSON, named(found, "Brad Kessler").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Eli Vantor").type());
    }

    @Test
    void anUnknownNameTheNextSentenceCallsTheCompanyIsOne() {
        List<Entity> found = entities("""
                Several startups work on the problem.

                1. Quorvex is building a new kind of battery. The company’s cells last twice as long.""");
        assertEquals(EntityType.ORGANIZATION, named(found, "Quorvex").type());
    }
}
