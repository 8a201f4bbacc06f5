package io.github.lede.extractor.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.model.Quote;
import io.github.lede.model.QuoteType;
import io.github.lede.model.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attribution styles of US political reporting: archive quote marks, headline attributions and
 * reported speech after a sentence-opening phrase. Invented sentences, entities given as the
 * {@code "entities"} annotator would give them.
 */
class AttributionStylesTest {

    private static List<Quote> quotes(String text, String... people) {
        return QuoteFixtures.quotes(text, QuoteFixtures.people(text, people));
    }

    private static String speaker(Quote q) {
        return QuoteFixtures.speaker(q);
    }

    @Test
    void doubledApostrophesAreQuoteMarks() {
        String text = "Governor Dana Whitfield toured the flooded county on Friday.\n\n"
                + "''We are not leaving anyone behind,'' Ms. Whitfield said. ''Not one family.''\n\n"
                + "Her rival called the plan ''a photo opportunity,'' and said the state's relief fund didn't exist.";
        List<Quote> q = quotes(text, "Dana Whitfield");
        assertEquals("We are not leaving anyone behind,", q.get(0).text());
        assertEquals(QuoteType.DIRECT, q.get(0).type());
        assertEquals("Dana Whitfield", speaker(q.get(0)));
        assertEquals("Not one family.", q.get(1).text());
        assertEquals("Dana Whitfield", speaker(q.get(1)));
        assertEquals("a photo opportunity,", q.get(2).text());
        assertEquals(QuoteType.PARTIAL, q.get(2).type());
        // the apostrophes of didn't and state's stay apostrophes
        assertEquals(3, q.stream().filter(x -> x.type() != QuoteType.INDIRECT).count());
    }

    @Test
    void aSingleMarkNestedInArchiveMarksStaysInside() {
        String text = "Senator Paul Okafor described the hearing.\n\n"
                + "''He looked at me and said, 'Who wrote this?''' Mr. Okafor said.";
        List<Quote> q = quotes(text, "Paul Okafor");
        assertEquals(1, q.size());
        assertEquals("He looked at me and said, 'Who wrote this?'", q.get(0).text());
        assertEquals("Paul Okafor", speaker(q.get(0)));
    }

    @Test
    void aSentenceOpeningParticipleOrPrepositionIsNoSpeaker() {
        String text = "Shutdown looms.\n\n"
                + "Alarmed by the unrest, Senator Maria Lopez, the minority leader, said that she had called the governor.\n\n"
                + "Inside the packed hall, Paul Okafor on Tuesday dismissed Lopez as a weak leader, arguing that "
                + "the governor has mismanaged the budget for years.";
        List<Quote> q = quotes(text, "Maria Lopez", "Paul Okafor");
        assertEquals(2, q.size());
        assertEquals("she had called the governor", q.get(0).text());
        assertEquals("Maria Lopez", speaker(q.get(0)));
        assertEquals("the governor has mismanaged the budget for years", q.get(1).text());
        assertEquals("Paul Okafor", speaker(q.get(1)));
        assertEquals("arguing", q.get(1).cue().orElseThrow().text());
    }

    @Test
    void quotedWordsAfterAsHerArePartialNotASentence() {
        String text = "Campaign trail.\n\n"
                + "Paul Okafor, recalling weekly lunches with the governor, described himself as her \"budget whisperer.\"";
        List<Quote> q = quotes(text, "Paul Okafor");
        assertEquals(1, q.size());
        assertEquals(QuoteType.PARTIAL, q.get(0).type());
        assertEquals("budget whisperer.", q.get(0).text());
        assertEquals("Paul Okafor", speaker(q.get(0)));
        assertEquals("described", q.get(0).cue().orElseThrow().text());
    }

    @Test
    void aMonthThatIsAGivenNameStartsAName() {
        String text = "Convention security.\n\n"
                + "April Mellody, a spokeswoman for the party, said in a statement that the security team would "
                + "work with the city police.\n\n"
                + "In May Democrats said that the rules would change.";
        List<Quote> q = quotes(text);
        assertEquals(2, q.size());
        assertEquals("April Mellody", speaker(q.get(0)));
        assertEquals("the security team would work with the city police", q.get(0).text());
        assertEquals("Democrats", speaker(q.get(1)));
    }

    @Test
    void aCampaignRoleWithAComplementSpeaks() {
        String text = "Debate fallout.\n\n"
                + "The Democratic presidential nominee for the November election later said she had been \"sarcastic\" in "
                + "her remarks.\n\n"
                + "The Republican front-runner told reporters that the debate was rigged.";
        List<Quote> q = quotes(text);
        assertEquals(2, q.size());
        assertEquals(QuoteType.PARTIAL, q.get(0).type());
        assertEquals("The Democratic presidential nominee", q.get(0).speaker().flatMap(Speaker::mention)
                .orElseThrow().text());
        assertEquals("the debate was rigged", q.get(1).text());
        assertEquals("The Republican front-runner", q.get(1).speaker().flatMap(Speaker::mention).orElseThrow().text());
    }

    @Test
    void reaffirmingThatReportsAndStartsTheChainThePronounFollows() {
        String text = "Probe update.\n\n"
                + "Attorney General Dana Whitfield is reaffirming that the inquiry into Maria Lopez’s use of a private "
                + "server is free of political influence.\n\n"
                + "She told reporters on Monday that the investigation is independent.";
        List<Quote> q = quotes(text, "Dana Whitfield", "Maria Lopez");
        assertEquals(2, q.size());
        assertEquals("reaffirming", q.get(0).cue().orElseThrow().text());
        assertEquals("Dana Whitfield", speaker(q.get(0)));
        assertEquals("the investigation is independent", q.get(1).text());
        assertEquals("Dana Whitfield", speaker(q.get(1)));
    }

    @Test
    void aGroupOpeningWithACapitalisedWordIsTheGroup() {
        String text = "Hacking claims.\n\n"
                + "Cyber security experts and U.S. officials, however, said they believed the leak was timed to the vote.";
        List<Quote> q = quotes(text);
        assertEquals(1, q.size());
        assertEquals("they believed the leak was timed to the vote", q.get(0).text());
        assertEquals("Cyber security experts and U.S. officials", q.get(0).speaker().flatMap(Speaker::mention)
                .orElseThrow().text());
    }

    @Test
    void wentOnToSayAndContinuedToInsistReport() {
        String text = "Server dispute.\n\n"
                + "Maria Lopez said that her answers had been consistent. She went on to say that, because the inspector "
                + "praised her answers, her critics had no case.\n\n"
                + "She continued to insist that the server was secure.";
        List<Quote> q = quotes(text, "Maria Lopez");
        assertEquals(3, q.size());
        assertEquals("because the inspector praised her answers, her critics had no case", q.get(1).text());
        assertEquals("say", q.get(1).cue().orElseThrow().text());
        assertEquals("Maria Lopez", speaker(q.get(1)));
        assertEquals("the server was secure", q.get(2).text());
        assertEquals("Maria Lopez", speaker(q.get(2)));
    }

    @Test
    void intendedToSayDoesNotCutTheClauseAndIndicatedReportsForAPerson() {
        String text = "Email dispute.\n\n"
                + "A campaign aide later clarified that Lopez misspoke and intended to say that one account was a mistake.\n\n"
                + "Paul Okafor indicated that the committee would subpoena the records.\n\n"
                + "Early returns indicated that turnout was high.";
        List<Quote> q = quotes(text, "Maria Lopez", "Paul Okafor");
        assertEquals(2, q.size());
        assertEquals("Lopez misspoke and intended to say that one account was a mistake", q.get(0).text());
        assertEquals("A campaign aide", q.get(0).speaker().flatMap(Speaker::mention).orElseThrow().text());
        assertEquals("the committee would subpoena the records", q.get(1).text());
        assertEquals("Paul Okafor", speaker(q.get(1)));
    }

    @Test
    void mannerOfSpeakingVerbsAttributeAQuote() {
        String text = "Rally notes.\n\n"
                + "Paul Okafor took the stage in Scranton.\n\n"
                + "\"Maybe the difference is the coffee,\" he wondered aloud. \"We wear it on our sleeve!\"\n\n"
                + "Maria Lopez yelled: \"Go home!\"";
        List<Quote> q = quotes(text, "Paul Okafor", "Maria Lopez");
        assertEquals("Maybe the difference is the coffee,", q.get(0).text());
        assertEquals("Paul Okafor", speaker(q.get(0)));
        assertEquals("wondered", q.get(0).cue().orElseThrow().text());
        assertEquals("We wear it on our sleeve!", q.get(1).text());
        assertEquals("Paul Okafor", speaker(q.get(1)));
        assertEquals("Go home!", q.get(2).text());
        assertEquals("yelled", q.get(2).cue().orElseThrow().text());
        assertEquals("Maria Lopez", speaker(q.get(2)));
    }

    @Test
    void aTitleCaseShowAfterAPossessiveIsNoQuote() {
        String text = "Sunday shows.\n\n"
                + "\"The message is clear,\" Paul Okafor said on ABC's \"This Week with George Stephanopoulos.\" "
                + "\"And we will not give in.\"";
        List<Quote> q = quotes(text, "Paul Okafor");
        assertEquals(List.of("The message is clear,", "And we will not give in."), q.stream().map(Quote::text).toList());
        assertEquals("Paul Okafor", speaker(q.get(1)));
    }

    @Test
    void aStatementIssuedThenDescribingSpeaksForTheIssuer() {
        String text = "Unity talks.\n\n"
                + "Maria Lopez issued a statement describing the meeting as a \"very positive step.\"";
        List<Quote> q = quotes(text, "Maria Lopez");
        assertEquals(1, q.size());
        assertEquals(QuoteType.PARTIAL, q.get(0).type());
        assertEquals("Maria Lopez", speaker(q.get(0)));
        assertEquals("describing", q.get(0).cue().orElseThrow().text());
    }

    @Test
    void commaAndHasDoneEndsTheReportedClause() {
        String text = "Party split.\n\n"
                + "Maria Lopez, a policy-focused conservative, insists the party must be a party of ideas, and has "
                + "championed an agenda of spending cuts.";
        List<Quote> q = quotes(text, "Maria Lopez");
        assertEquals(1, q.size());
        assertEquals("the party must be a party of ideas", q.get(0).text());
        assertEquals("Maria Lopez", speaker(q.get(0)));
    }
}
