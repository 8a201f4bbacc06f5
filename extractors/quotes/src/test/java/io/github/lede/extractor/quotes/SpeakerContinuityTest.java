package io.github.lede.extractor.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which of two people of the same gender a pronoun speaker is when they alternate in political
 * news: the speaker of the attribution before, not a person only talked about.
 */
class SpeakerContinuityTest {

    private static List<Quote> quotes(String text, String... people) {
        return QuoteFixtures.quotes(text, QuoteFixtures.people(text, people));
    }

    private static Quote containing(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void aPronounAfterATrailingAttributionIsItsSpeakerNotTheSubjectOfWhatWasSaid() {
        String text = "Ken Hart and Dale Moss pledged to work together. Hart said he would visit Ohio.\n\n"
                + "Moss said Thursday his worry about Hart is that he is “unpredictable.” Yet Hart is also a “reformer,” "
                + "Moss said. “That is what people want.”\n\n"
                + "“Voters want change and he offers it,” he said of Hart.";
        List<Quote> q = quotes(text, "Dale Moss", "Ken Hart");
        assertEquals("Dale Moss", QuoteFixtures.speaker(containing(q, "Voters want change")),
                q.stream().map(x -> x.text() + "=" + QuoteFixtures.speaker(x)).toList().toString());
    }

    @Test
    void aRoleInAClauseAfterAnOrganisationIsNotTheOrganisationsRole() {
        String text = "Prince Karim Aziz mocked Dan Ford on Twitter.\n\n"
                + "The tweet linked to articles from Daily Wire and Metro News, in which the prince's deals were shown.\n\n"
                + "In December, the prince called for Ford to quit, calling him “a disgrace to the party.”";
        List<Entity> entities = new java.util.ArrayList<>(QuoteFixtures.people(text, "Karim Aziz", "Dan Ford"));
        entities.add(QuoteFixtures.mentionedEverywhere(
                Entity.builder("E3", EntityType.ORGANIZATION, "Metro News"), text, List.of("Metro News")).build());
        List<Quote> q = QuoteFixtures.quotes(text, entities);
        assertEquals("Karim Aziz", QuoteFixtures.speaker(containing(q, "a disgrace")));
    }

    @Test
    void whoeverRespondsByCallingSomeoneANameIsTheSpeaker() {
        String text = "Karim Aziz said Dan Ford should quit.\n\n"
                + "Ford responded to that post by calling Aziz “dopey” and accusing him of buying votes.";
        List<Quote> q = quotes(text, "Karim Aziz", "Dan Ford");
        assertEquals("Dan Ford", QuoteFixtures.speaker(containing(q, "dopey")));
    }

    @Test
    void aPronounAfterAFrontedAdverbialContinuesTheLastSubjectNotItsObject() {
        String text = "Dale Moss and Ken Hart spoke at the convention.\n\n"
                + "Moss never mentioned Hart by name. Instead, he suggested that no rival had fought harder for lower taxes.";
        List<Quote> q = quotes(text, "Dale Moss", "Ken Hart");
        assertEquals("Dale Moss", QuoteFixtures.speaker(containing(q, "no rival had fought")));
    }

    @Test
    void theOwnerOfAClaimIsItsSpeaker() {
        String text = "Dana Reyes spoke to reporters on Friday.\n\n"
                + "The questions were about her claim that she “never saw the memo” before the vote.";
        List<Quote> q = quotes(text, "Dana Reyes");
        assertEquals("Dana Reyes", QuoteFixtures.speaker(containing(q, "never saw the memo")));
    }

    @Test
    void aListOfBareQuotesAfterAnEchoingNarrationIsThePersonItNames() {
        String text = "Dan Ford said his plan would “fix it” if he wins.\n\n"
                + "What “fix it” means is left to voters, since Ford spoke only in slogans during the interview.\n\n"
                + "“We have to do something and it is the only way.”\n\n"
                + "“We have to be a lot tougher.”\n\n"
                + "“We are not fighting hard enough.”";
        List<Quote> q = quotes(text, "Dan Ford");
        assertEquals("Dan Ford", QuoteFixtures.speaker(containing(q, "We have to do something")));
        assertEquals("Dan Ford", QuoteFixtures.speaker(containing(q, "a lot tougher")));
        assertEquals("Dan Ford", QuoteFixtures.speaker(containing(q, "not fighting hard enough")));
    }

    @Test
    void theMilitaryIsNotTheNewsAgencyThatReportedTheStory() {
        String text = "Intelligence reports seen by Reuters suggest that the plan is a year old.\n\n"
                + "The military said it was keeping the president and his family safe.";
        List<Entity> entities = List.of(QuoteFixtures.mentionedEverywhere(
                Entity.builder("E1", EntityType.ORGANIZATION, "Reuters"), text, List.of("Reuters")).build());
        List<Quote> q = QuoteFixtures.quotes(text, entities);
        assertEquals("military", QuoteFixtures.speaker(containing(q, "keeping the president")));
    }

    @Test
    void theCompanyIsAnOrganisationNamedShortlyBeforeNotOneNamedLongAgo() {
        String text = "Kestrel Foods opened a plant in March.\n\n"
                + "The town council approved it.\n\n"
                + "Residents were pleased.\n\n"
                + "Traffic rose in the summer.\n\n"
                + "The military said it would move its depot.";
        List<Entity> entities = List.of(QuoteFixtures.mentionedEverywhere(
                Entity.builder("E1", EntityType.ORGANIZATION, "Kestrel Foods"), text, List.of("Kestrel Foods")).build());
        List<Quote> q = QuoteFixtures.quotes(text, entities);
        assertEquals("military", QuoteFixtures.speaker(containing(q, "move its depot")));
        String near = "Kestrel Foods opened a plant in March.\n\nThe company said it would hire 40 people.";
        List<Quote> q2 = QuoteFixtures.quotes(near, List.of(QuoteFixtures.mentionedEverywhere(
                Entity.builder("E1", EntityType.ORGANIZATION, "Kestrel Foods"), near, List.of("Kestrel Foods")).build()));
        assertEquals("Kestrel Foods", QuoteFixtures.speaker(containing(q2, "hire 40 people")));
    }

    @Test
    void aGerundCueInsideARelativeClauseBelongsToItsAntecedent() {
        String text = "The White House criticised the rhetoric of the Harbor Party, which tried to rally voters by "
                + "saying that rivals were “coming out in droves.”";
        List<Entity> entities = List.of(
                QuoteFixtures.mentionedEverywhere(Entity.builder("E1", EntityType.ORGANIZATION, "White House"), text,
                        List.of("White House")).build(),
                QuoteFixtures.mentionedEverywhere(Entity.builder("E2", EntityType.ORGANIZATION, "Harbor Party"), text,
                        List.of("Harbor Party")).build());
        List<Quote> q = QuoteFixtures.quotes(text, entities);
        assertEquals("Harbor Party", QuoteFixtures.speaker(containing(q, "coming out in droves")));
    }

    @Test
    void anInstructionInMarksIsItsInstructorsWords() {
        String text = "Workers gathered as a co-worker, Nate Diaz, fixed the clamp.\n\n"
                + "“Don’t get nervous,” instructed Milo Vance, the district supervisor.";
        List<Quote> q = quotes(text, "Nate Diaz", "Milo Vance");
        assertEquals("Milo Vance", QuoteFixtures.speaker(containing(q, "get nervous")));
    }

    @Test
    void aNamedAttributionRightAfterTheMarksBeatsAReportingVerbEarlierInTheSentence() {
        String text = "Paul Hugh runs the grid team.\n\n"
                + "To reduce the risk, the officials said, the utility switched to vented covers, “so gas cannot "
                + "build up,” Mr. Hugh said.";
        List<Quote> q = quotes(text, "Paul Hugh");
        assertEquals("Paul Hugh", QuoteFixtures.speaker(containing(q, "gas cannot build up")));
        String restated = "Dan Ford said that the campaign will show that he has “firm principles,” he said.";
        assertEquals("Dan Ford", QuoteFixtures.speaker(containing(quotes(restated, "Dan Ford"), "firm principles")));
    }

    @Test
    void reportedSpeechWithAnIrregularPastTenseIsFound() {
        String text = "Dan Ford met donors on Monday.\n\nHis spokeswoman, Rita Holm, said the meeting went well.";
        List<Quote> q = quotes(text, "Dan Ford", "Rita Holm");
        Quote found = containing(q, "the meeting went well");
        assertEquals(io.github.lede.model.QuoteType.INDIRECT, found.type());
        assertEquals("Rita Holm", QuoteFixtures.speaker(found));
    }
}
