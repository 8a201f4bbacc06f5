package io.github.lede.extractor.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    @Test
    void bylinesGiveThePeopleInThem() {
        assertEquals(List.of("Miriam Okafor", "Daniel Reyes-Whitley"),
                AuthorNames.parse("By Miriam Okafor and Daniel Reyes-Whitley"));
        assertEquals(List.of("Astrid Lunde"), AuthorNames.parse("By Astrid Lunde, science correspondent"));
        assertEquals(List.of("Jillian Kubala"), AuthorNames.parse("Jillian Kubala, MS, RD"));
        assertEquals(List.of("Ann Lee", "Bo Chan", "Cy Diaz"), AuthorNames.parse("Ann Lee, Bo Chan & Cy Diaz"));
        assertEquals(List.of("Juan de la Cruz"), AuthorNames.parse("Por Juan de la Cruz"));
        assertEquals(List.of("Jane Roe"), AuthorNames.parse("By Jane Roe jane.roe@example.com"));
        assertEquals(List.of(), AuthorNames.parse("Updated 2 hours ago"));
        assertEquals(List.of(), AuthorNames.parse("Staff Writer"));
        assertEquals(List.of("Moses Kim", "Kate Shokurova"), AuthorNames.parse("Article written by Moses Kim and Kate Shokurova"));
        assertEquals(List.of("Dana Wu"), AuthorNames.parse("Author: Dana Wu"));
        assertEquals(List.of("Genaveve Bradshaw"), AuthorNames.parse("By Genaveve Bradshaw ⋅ Senior Review Analyst"));
        assertEquals(List.of(), AuthorNames.parse("Sat"), "a weekday is part of a date");
        assertEquals(List.of("Luke Kim"), AuthorNames.parse("Luke Kim December 17, 2025"));
        assertEquals(List.of("Michael Greger"), AuthorNames.parse("Michael Greger, M.D. FACLM"));
        assertEquals(List.of("Ellen Lindell", "Monique Feyrecilde", "Gary Landsberg"), AuthorNames.parse(
                "Ellen Lindell, VMD, DACVB; Monique Feyrecilde, BA, LVT, VTS (Behavior) & Gary Landsberg, DVM"));
        assertEquals(List.of("AFP"), AuthorNames.parse("AFP"), "an agency alone is the author");
        assertEquals(List.of("JOE HILDEBRAND"), AuthorNames.parse("JOE HILDEBRAND"));
        assertEquals(List.of("Rachel MacDonald"), AuthorNames.parse("Rachel MacDonald Writer 12/11/25"));
        assertEquals(List.of("Eliz"), AuthorNames.parse("Eliz - Product marketer"));
        assertEquals(List.of(), AuthorNames.parse("J J"), "initials alone name nobody");
        assertEquals(List.of("Rob Ewaschuk"), AuthorNames.parse("Written by Rob Ewaschuk\n   Edited by Betsy Beyer"));
        assertEquals(List.of("Ann Lee"), AuthorNames.parse("By Ann Lee, Photos by Bo Chan"));
        assertEquals(List.of("FlowGuard EMEA"), AuthorNames.parse("By: FlowGuard EMEA on 04-ago-2021 5:11:10"));
        assertEquals(List.of("Niko Matsakis"), AuthorNames.parse("Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group"));
        assertEquals(List.of("Trond Teigen"), AuthorNames.parse("2025-12-17 Trond Teigen"));
        assertEquals(List.of("Paul Frew"), AuthorNames.parse("Paul Frew, Home and Digital Security Expert"),
                "a job title after a comma");
        assertEquals(List.of("Ida Berg", "Jon Moe"), AuthorNames.parse("By Ida Berg, Senior Editor, and Jon Moe, Garden Designer"));
        assertEquals(List.of("Ada Oyelaran"), AuthorNames.parse("Ada Oyelaran Gardener, Astrologer"));
        assertEquals(List.of("Noor Haddad"), AuthorNames.parse(
                "This post was written by Noor Haddad, Head of Marketing and Community Development"));
    }

    @Test
    void teamsThatSignArticlesAreKept() {
        assertEquals(List.of("Podium Staff"), AuthorNames.parse("Podium Staff"));
        assertEquals(List.of("Lavazza Team"), AuthorNames.parse("The Lavazza Team"));
        assertEquals(List.of(), AuthorNames.parse("News Team"));
        assertEquals(List.of(), AuthorNames.parse("Staff Reporter"));
    }

    @Test
    void structuredFieldsAreReadLeniently() {
        assertEquals(List.of("kirstin boatto"), AuthorNames.parseMetadata("kirstin boatto"));
        assertEquals(List.of("Camphouse Team"), AuthorNames.parseMetadata("Camphouse Team"));
        assertEquals(List.of(), AuthorNames.parseMetadata("Staff Writer"));
        assertEquals(List.of(), AuthorNames.parseMetadata("content: MarketingSherpa, design: Scott McDaniel, MECLABS"),
                "a credits line names the site's makers");
    }

    @Test
    void profileUrlSlugsBecomeNames() {
        assertEquals(Optional.of("Mary Jones"), AuthorNames.fromProfileUrl("https://x.example/profile/mary-jones/"));
        assertEquals(Optional.empty(), AuthorNames.fromProfileUrl("https://x.example/profile/12345"));
    }
}
