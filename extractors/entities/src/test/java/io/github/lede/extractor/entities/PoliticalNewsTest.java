package io.github.lede.extractor.entities;

import static io.github.lede.extractor.entities.EntitiesInText.entities;
import static io.github.lede.extractor.entities.EntitiesInText.named;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
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
}
