package io.github.lede.extractor.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Quote;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English news-writing conventions that decide who speaks: mixed quote-mark styles, fronted
 * clauses and phrases, and which person a pronoun continues.
 */
class NewsWritingConventionsTest {

    @Test
    void aCurlyOpenerClosedByAStraightMarkTakesItsTrailingAttribution() {
        String text = "Ana Ruiz spoke after Tom Blake.\n\n"
                + "Blake said the plan was late.\n\n"
                + "“Most of the money goes to roads. The rest is wasted,\" Ruiz said at a town hall.";
        List<Quote> q = QuoteFixtures.quotes(text, QuoteFixtures.people(text, "Ana Ruiz", "Tom Blake"));
        Quote last = q.get(q.size() - 1);
        assertEquals("Most of the money goes to roads. The rest is wasted,", last.text());
        assertEquals("Ana Ruiz", QuoteFixtures.speaker(last));
        assertEquals("said", last.cue().orElseThrow().text());
    }

    @Test
    void aReportInAFrontedClauseEndsBeforeTheMainClause() {
        String text = "Ana Ruiz and Tom Blake disagree.\n\n"
                + "While Ruiz has maintained that the new fee is fair to drivers, Blake has called it a tax on the poor.";
        List<Quote> q = QuoteFixtures.quotes(text, QuoteFixtures.people(text, "Ana Ruiz", "Tom Blake"));
        assertEquals(1, q.size());
        assertEquals("the new fee is fair to drivers", q.get(0).text());
        assertEquals("Ana Ruiz", QuoteFixtures.speaker(q.get(0)));
    }

    @Test
    void aSentenceInitialPrepositionIsNeverTheSpeaker() {
        String text = "Ana Ruiz runs the city transit office.\n\n"
                + "Beyond the budget, the mayor met drivers on Monday and said that the city needs new buses.";
        List<Quote> q = QuoteFixtures.quotes(text, QuoteFixtures.people(text, "Ana Ruiz"));
        assertEquals(1, q.size());
        assertEquals("the city needs new buses", q.get(0).text());
        assertEquals("mayor", QuoteFixtures.speaker(q.get(0)));
    }

    @Test
    void aDatelineWithItsStateIsNeverTheSpeaker() {
        String text = "ELM FALLS, Minn. — Gov. Ana Ruiz on Friday blamed reporters for the dispute, saying they "
                + "were nitpicking at the plan while missing its point.";
        List<Quote> q = QuoteFixtures.quotes(text, QuoteFixtures.people(text, "Ana Ruiz"));
        assertEquals(1, q.size());
        assertEquals("Ana Ruiz", QuoteFixtures.speaker(q.get(0)));
    }

    @Test
    void aNameAfterAnOrganisationsPossessiveSpeaksInATrailingAttribution() {
        String text = "The big change this week is Tom Blake's departure from the race.\n\n"
                + "“What stuns me is how little the field seems to shift,” Quorvo's Ana Ruiz said.";
        List<Quote> q = QuoteFixtures.quotes(text, QuoteFixtures.people(text, "Tom Blake", "Ana Ruiz"));
        assertEquals(1, q.size());
        assertEquals("Ana Ruiz", QuoteFixtures.speaker(q.get(0)));
        assertEquals("Ana Ruiz", q.get(0).speaker().orElseThrow().mention().orElseThrow().text());
    }

    @Test
    void groupsSpeakAsABodyEvenAfterARelativeClause() {
        String text = "Nine civic groups want Mayor Ana Ruiz to return a donation.\n\n"
                + "The groups who wrote to her on Friday say they are “worried about the message it sends.”\n\n"
                + "The unions said the donation should go to a food bank.";
        List<Quote> q = QuoteFixtures.quotes(text, QuoteFixtures.people(text, "Ana Ruiz"));
        assertEquals(2, q.size());
        assertEquals("worried about the message it sends.", q.get(0).text());
        assertEquals("groups", QuoteFixtures.speaker(q.get(0)));
        assertEquals("The groups", q.get(0).speaker().orElseThrow().mention().orElseThrow().text());
        assertEquals("unions", QuoteFixtures.speaker(q.get(1)));
    }

    @Test
    void theyAfterABodyNamedByARoleIsThatBodyNotAnOrganisationNamedInPassing() {
        String text = "Nine civic groups want Mayor Ana Ruiz to return a donation.\n\n"
                + "The money came from a developer who backs the Harbor Party, the groups say. "
                + "They argue that Ruiz should “set an example for the city.”";
        List<Entity> entities = new ArrayList<>(QuoteFixtures.people(text, "Ana Ruiz"));
        entities.add(QuoteFixtures.mentionedEverywhere(Entity.builder("E2", EntityType.ORGANIZATION, "Harbor Party"),
                text, List.of("Harbor Party")).build());
        List<Quote> q = QuoteFixtures.quotes(text, entities);
        assertEquals("set an example for the city.", q.get(q.size() - 1).text());
        assertEquals("groups", QuoteFixtures.speaker(q.get(q.size() - 1)));
    }

    @Test
    void aNewspaperDescribedByKindIsTheOutletNamedBefore() {
        String text = "Tom Blake is under fire.\n\n"
                + "In a sharp editorial, The Harbor Ledger urged Blake to resign.\n\n"
                + "“He needs to stop blaming his staff,” the conservative-leaning newspaper wrote.";
        List<Entity> entities = new ArrayList<>(QuoteFixtures.people(text, "Tom Blake"));
        entities.add(QuoteFixtures.mentionedEverywhere(Entity.builder("E2", EntityType.ORGANIZATION, "The Harbor Ledger"),
                text, List.of("The Harbor Ledger")).build());
        List<Quote> q = QuoteFixtures.quotes(text, entities);
        assertEquals(1, q.size());
        assertEquals("The Harbor Ledger", QuoteFixtures.speaker(q.get(0)));
        assertEquals("the conservative-leaning newspaper", q.get(0).speaker().orElseThrow().mention().orElseThrow().text());
    }

    @Test
    void aPronounOpeningAParagraphContinuesTheSamePronounBeforeNotAPersonNamedAfterIt() {
        String text = "Budget fight heats up\n\n"
                + "“We will fix the roads,” Robin Ruiz said on Monday.\n\n"
                + "Later in the day, she attacked Sam Blake’s record on transit.\n\n"
                + "She said his plan to cut bus routes would hurt workers.";
        // no sex known for either: only the text's own pronouns can tell them apart
        List<Quote> q = QuoteFixtures.quotes(text, QuoteFixtures.people(text, "Robin Ruiz", "Sam Blake"));
        assertEquals(2, q.size());
        assertEquals("his plan to cut bus routes would hurt workers", q.get(1).text());
        assertEquals("Robin Ruiz", QuoteFixtures.speaker(q.get(1)));
    }

    @Test
    void pointOutThatReportsWhatFollows() {
        String text = "Nine civic groups want Mayor Ana Ruiz to return a donation.\n\n"
                + "Ana Ruiz pointed out that the donation was legal when she took it.";
        List<Quote> q = QuoteFixtures.quotes(text, QuoteFixtures.people(text, "Ana Ruiz"));
        assertEquals(1, q.size());
        assertEquals("the donation was legal when she took it", q.get(0).text());
        assertEquals("pointed out", q.get(0).cue().orElseThrow().text());
        assertEquals("Ana Ruiz", QuoteFixtures.speaker(q.get(0)));
    }

    @Test
    void aSpokesmanForTheNamedBodySpeaksForItAndIsNamedWithIt() {
        String text = "Police charge driver\n\n"
                + "The driver was arrested on Monday.\n\n"
                + "A spokesman for the Harbor Police Department said the driver was not handcuffed.";
        List<Entity> entities = List.of(QuoteFixtures.mentionedEverywhere(
                Entity.builder("E1", EntityType.ORGANIZATION, "Harbor Police Department"), text,
                List.of("Harbor Police Department")).build());
        List<Quote> q = QuoteFixtures.quotes(text, entities);
        assertEquals(1, q.size());
        assertEquals("Harbor Police Department", QuoteFixtures.speaker(q.get(0)));
        assertEquals("A spokesman for the Harbor Police Department",
                q.get(0).speaker().orElseThrow().mention().orElseThrow().text());
    }

    @Test
    void aParticipleAfterAQuotedWordIsTheSentenceSubjects() {
        String text = "Vote count begins\n\n"
                + "Ana Ruiz has taken a swipe at Tom Blake over the vote.\n\n"
                + "Blake has hailed the result as “fantastic,” telling reporters on Friday that he thinks the vote is “a great thing.”";
        List<Quote> q = QuoteFixtures.quotes(text, QuoteFixtures.people(text, "Ana Ruiz", "Tom Blake"));
        Quote last = q.get(q.size() - 1);
        assertEquals("a great thing.", last.text());
        assertEquals("Tom Blake", QuoteFixtures.speaker(last));
    }

    @Test
    void theSubjectStandsBeforeAParentheticalPartyLabel() {
        String text = "Vote count begins\n\n"
                + "Ana Ruiz has taken a swipe at Tom Blake over the vote.\n\n"
                + "As Governor Sam Ortiz (D-Ore.) has pointed out, that is the “textbook definition” of spin.";
        List<Quote> q = QuoteFixtures.quotes(text, QuoteFixtures.people(text, "Ana Ruiz", "Tom Blake", "Sam Ortiz"));
        assertEquals(1, q.size());
        assertEquals("textbook definition", q.get(0).text());
        assertEquals("Sam Ortiz", QuoteFixtures.speaker(q.get(0)));
    }

    @Test
    void formerAndJoinedRolesBeforeANameAreTitlesNotTheName() {
        String text = "Vote count begins\n\n"
                + "Ana Ruiz has taken a swipe at Tom Blake over the vote.\n\n"
                + "Former prosecutor and Harbor City Mayor Sam Ortiz, who backs Blake, trashed Ruiz on a radio show, "
                + "calling it a “no-brainer” to recount.";
        List<Quote> q = QuoteFixtures.quotes(text, QuoteFixtures.people(text, "Ana Ruiz", "Tom Blake", "Sam Ortiz"));
        assertEquals(1, q.size());
        assertEquals("no-brainer", q.get(0).text());
        assertEquals("Sam Ortiz", QuoteFixtures.speaker(q.get(0)));
    }

    @Test
    void itAfterABodyNamedByARoleIsThatBody() {
        String text = "Race tightens\n\n"
                + "\"We will win,\" super PAC spokeswoman Kay Lane said.\n\n"
                + "The Ortiz campaign sent an email Wednesday saying that the polls show a two-man race.\n\n"
                + "\"Friend, let me be blunt. We can win,\" the email read. It said that Tom Blake supports \"higher taxes\" for families.";
        List<Entity> entities = new ArrayList<>(QuoteFixtures.people(text, "Kay Lane", "Tom Blake"));
        entities.add(QuoteFixtures.mentionedEverywhere(Entity.builder("E3", EntityType.ORGANIZATION, "PAC"),
                text, List.of("PAC")).build());
        List<Quote> q = QuoteFixtures.quotes(text, entities);
        Quote last = q.get(q.size() - 1);
        assertEquals("higher taxes", last.text());
        assertEquals("Ortiz campaign", QuoteFixtures.speaker(last));
    }

    @Test
    void aNameWithItsPlaceBeforeTheVerbSpeaks() {
        String text = "Vote count begins\n\n"
                + "Ana Ruiz has taken a swipe at Tom Blake over the vote.\n\n"
                + "Others were not satisfied. \"Blake should retract his comments, not defend them,\" "
                + "former Gov. Sam Ortiz of Oregon said on Twitter.";
        List<Quote> q = QuoteFixtures.quotes(text, QuoteFixtures.people(text, "Ana Ruiz", "Tom Blake", "Sam Ortiz"));
        assertEquals(1, q.size());
        assertEquals("Sam Ortiz", QuoteFixtures.speaker(q.get(0)));
        assertEquals("said", q.get(0).cue().orElseThrow().text());
    }

    @Test
    void aReportingParticipleAfterTheObjectIsTheSubjects() {
        String text = "Vote count begins\n\n"
                + "Ana Ruiz and Tom Blake met on stage on Thursday.\n\n"
                + "Blake opened their third debate saying \"of course\" Ruiz has the experience to lead.";
        List<Quote> q = QuoteFixtures.quotes(text, QuoteFixtures.people(text, "Ana Ruiz", "Tom Blake"));
        assertEquals(1, q.size());
        assertEquals("of course", q.get(0).text());
        assertEquals("Tom Blake", QuoteFixtures.speaker(q.get(0)));
    }

    @Test
    void aSpeechWordAfterAPossessiveIsANounNotTheCue() {
        String text = "Ruiz speaks out\n\n"
                + "Mayor Ana Ruiz, the city's top official, on Tuesday called Tom Blake's remarks about the budget "
                + "\"reckless,\" a rare rebuke.";
        List<Quote> q = QuoteFixtures.quotes(text, QuoteFixtures.people(text, "Ana Ruiz", "Tom Blake"));
        assertEquals(1, q.size());
        assertEquals("called", q.get(0).cue().orElseThrow().text());
        assertEquals("Ana Ruiz", QuoteFixtures.speaker(q.get(0)));
    }

    @Test
    void whoAfterARoleIsThatRoleNotTheLastPersonNamed() {
        String text = "Groups press Ruiz\n\n"
                + "Nine groups are asking Mayor Ana Ruiz to reject the support of a retired general who suggested "
                + "last year that the city should “segregate” protesters.\n\n"
                + "Gen. Sam Ortiz, a retired general, is a surrogate for her campaign.";
        List<Quote> q = QuoteFixtures.quotes(text, QuoteFixtures.people(text, "Ana Ruiz", "Sam Ortiz"));
        assertEquals(1, q.size());
        assertEquals("segregate", q.get(0).text());
        assertEquals("a retired general", q.get(0).speaker().orElseThrow().mention().orElseThrow().text());
        assertNotEquals("Ana Ruiz", QuoteFixtures.speaker(q.get(0)));
    }
}
