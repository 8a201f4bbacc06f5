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

/** Products named with a model designation are no bodies, and long bodies' names stay whole. */
class ProductsAndBodyNamesTest {

    @Test
    void aNameBeforeAModelDesignationIsAProductNotABody() {
        List<Entity> found = entities("The kit adds a Mirelon FE 2.1 hub and also works with the Quarta ROCK 5C "
                + "board, as the Tessel Board X1013 does.");
        assertFalse(found.stream().anyMatch(e -> e.name().contains("Mirelon") || e.name().contains("Quarta")
                || e.name().contains("Tessel")), found.toString());
    }

    @Test
    void aKnownMakerInsideAProductNameIsTheBody() {
        List<Entity> found = entities("A 10th Gen Intel Core i5 processor sits inside. Buy the Apple AirPods Pro 3 "
                + "for the gym.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Intel").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Apple").type());
        assertFalse(hasName(found, "Gen Intel Core"), found.toString());
    }

    @Test
    void countsScoresAndFiguresAfterANameMakeNoProduct() {
        List<Entity> found = entities("Verizon Wireless 5G coverage grew. Harlow United 2, Carrick Rovers 1 was the "
                + "score. Shares of Orvane Capital 2.5 percent higher were traded.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Verizon Wireless").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Harlow United").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Orvane Capital").type());
    }

    @Test
    void aBodysHeadKeepsItsAimAndOwnerAfterForAOrOfThe() {
        List<Entity> found = entities("The Committee for a Balanced Budget Plan said costs rose. Staff at the "
                + "Embassy of the Federal Republic of Narnia in Lima left, and the Partnership for a Cleaner "
                + "Harbor Future agreed.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Committee for a Balanced Budget Plan").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Embassy of the Federal Republic of Narnia").type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Partnership for a Cleaner Harbor Future").type());
        assertEquals(EntityType.LOCATION, named(found, "Lima").type());
    }

    @Test
    void aHeadingTheNextLineCallsARestaurantIsABody() {
        List<Entity> found = entities("""
                Where to eat this winter

                Our editors picked the best new places in town.

                Pellam Arch

                This Thai restaurant opened in Lima last week with a long menu.""");
        assertEquals(EntityType.ORGANIZATION, named(found, "Pellam Arch").type());
    }

    @Test
    void aVenueInAnAppositiveIsABodyButAJobAfterItStaysAPerson() {
        List<Entity> found = entities("Quillon Works, a Denver-based bakery, sells bread. Mary Kessler, a store "
                + "manager, agreed, and Orrin Vale, a union organizer, spoke.");
        assertEquals(EntityType.ORGANIZATION, named(found, "Quillon Works").type());
        assertEquals(EntityType.PERSON, named(found, "Mary Kessler").type());
        assertEquals(EntityType.PERSON, named(found, "Orrin Vale").type());
    }

    @Test
    void aStandardsAcronymBeforeAKindOfDeviceNamesNoBody() {
        List<Entity> found = entities("Plug the HDMI Cable into the TV and the keyboard into the USB Hub on the left.");
        assertTrue(found.stream().noneMatch(e -> e.name().contains("Cable") || e.name().contains("Hub")),
                found.toString());
    }

    @Test
    void aPlacesAcronymInBracketsIsThePlace() {
        List<Entity> found = entities("The school opened in Saint Kitts and Nevis (SKN) last year. Teachers in SKN "
                + "welcomed it.");
        assertTrue(found.stream().noneMatch(e -> e.name().equals("SKN")), found.toString());
        assertTrue(found.stream().anyMatch(e -> EntityType.LOCATION.equals(e.type()) && e.mentions().stream()
                .anyMatch(m -> m.text().equals("SKN"))), found.toString());
    }
}
