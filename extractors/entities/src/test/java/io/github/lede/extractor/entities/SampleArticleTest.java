package io.github.lede.extractor.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.model.Article;
import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Gender;
import io.github.lede.model.Mention;
import io.github.lede.spi.AnalysisContext;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exact expectations on the original sample article, blinken-hostages.txt. */
class SampleArticleTest {

    private static Article article;

    @BeforeAll
    static void annotate() {
        Path file = TestCorpus.dir().resolve("blinken-hostages.txt");
        TestCorpus.assumePresent(file);
        article = new EntityAnnotator().annotate(TestCorpus.plainTextArticle(file), AnalysisContext.standalone());
    }

    private static Entity named(String name) {
        return article.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + article.entities()));
    }

    @Test
    void blinkenIsOnePersonWithSurnameAliasAndTitle() {
        Entity blinken = named("Antony Blinken");
        assertEquals(EntityType.PERSON, blinken.type());
        assertTrue(blinken.aliases().contains("Blinken"), blinken.aliases().toString());
        assertTrue(blinken.titles().contains("U.S. Secretary of State"), blinken.titles().toString());
        assertEquals(1, article.entities().stream().filter(e -> e.isNamed("Blinken")).count());
        assertEquals(7, blinken.mentions().size());
    }

    @Test
    void netanyahuKeepsBothFormsOfHisTitleAndHisPossessiveStaysOutOfTheMention() {
        Entity netanyahu = named("Benjamin Netanyahu");
        assertTrue(netanyahu.titles().contains("Israeli Prime Minister"), netanyahu.titles().toString());
        assertTrue(netanyahu.titles().contains("Prime Minister"), netanyahu.titles().toString());
        assertEquals(Gender.MALE, netanyahu.gender());
        String text = article.text();
        int possessive = text.indexOf("Netanyahu’s") + "Netanyahu".length();
        Mention m = netanyahu.mentions().stream().filter(x -> x.end() == possessive).findFirst().orElseThrow();
        assertEquals("Benjamin Netanyahu", m.text());
        int bare = text.indexOf("Netanyahu’s", possessive) + "Netanyahu".length();
        assertTrue(netanyahu.mentions().stream().anyMatch(x -> x.end() == bare && x.text().equals("Netanyahu")));
        assertTrue(netanyahu.mentions().stream().noneMatch(x -> x.text().contains("’")));
    }

    @Test
    void prenominalAndAppositiveTitles() {
        assertEquals("Army Chief", named("Herzi Halevi").titles().get(0));
        assertTrue(named("Berel Lazar").titles().contains("Chief Rabbi"));
        assertTrue(named("Vladimir Putin").titles().contains("President"));
        assertTrue(named("Alexander Boroda").titles().contains("Head of the Federation of Jewish Communities"));
        // Halevi‘s, written with a left single quote, is still a possessive outside the mention
        int halevi = article.text().indexOf("Halevi‘s") + "Halevi".length();
        assertTrue(named("Herzi Halevi").mentions().stream().anyMatch(m -> m.end() == halevi));
    }

    @Test
    void organisationsAndPlaces() {
        assertEquals(EntityType.ORGANIZATION, named("Hamas").type());
        assertEquals(Gender.NEUTER, named("Hamas").gender());
        assertEquals(EntityType.LOCATION, named("Gaza").type());
        assertEquals(EntityType.LOCATION, named("West Bank").type());
        assertEquals(EntityType.ORGANIZATION, named("Federation of Jewish Communities").type());
        assertEquals(EntityType.ORGANIZATION, named("Foreign Ministry").type());
        // the all-capitals-free headline-case heading does not make "Calls" or "Ouster" entities
        assertTrue(article.entities().stream().noneMatch(e -> e.isNamed("Ouster") || e.isNamed("Calls")));
        assertTrue(article.entities().stream().noneMatch(e -> e.isNamed("Separately") || e.isNamed("Earlier")));
    }

    @Test
    void theExplicitDateHasItsIsoValue() {
        Entity date = named("Thursday, February 8, 2024");
        assertEquals(EntityType.DATE, date.type());
        assertEquals("2024-02-08", date.value().orElseThrow());
    }

    @Test
    void everyMentionIndexesTheText() {
        for (Entity e : article.entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), article.text().substring(m.start(), m.end()), e.toString());
            }
            assertTrue(e.salience().orElseThrow() >= 0 && e.salience().orElseThrow() <= 1);
        }
    }
}
