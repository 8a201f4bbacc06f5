package io.github.lede.extractor.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.model.Quote;
import io.github.lede.model.QuoteType;
import io.github.lede.model.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which person a "he" or "she" speaker stands for in political news: the subject of the main
 * clause, never an object or a name inside a relative or fronted clause; and, since a speaker is one
 * entity, which of two joint subjects speaks.
 */
class PronounSalienceTest {

    /** People given as the {@code "entities"} annotator would give them, mentioned wherever a form occurs. */
    private static List<Quote> quotes(String text, String... people) {
        return QuoteFixtures.quotes(text, QuoteFixtures.people(text, people));
    }

    private static String speakerOf(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).findFirst().orElseThrow()
                .speaker().map(Speaker::name).orElse("?");
    }

    @Test
    void aNameAPronounSubjectSaidIsTheAnswerNotTheSpeaker() {
        List<Quote> q = quotes("Lee Voss praised the talks on Thursday. Asked who leads the party, he said Brandt. "
                + "“I would say Carl for the time being,” he said.",
                "Lee Voss", "Carl Brandt");
        assertEquals("Lee Voss", speakerOf(q, "for the time being"));
    }

    @Test
    void heAfterASentenceTheSamePronounOpensIsThatSentencesSubjectBefore() {
        List<Quote> q = quotes("Rep. Lee Zeldin, a Brandt supporter, said the talks would help.\n\n"
                + "On the eve of the meeting, Governor Carl Brandt eased his tone. Asked on a call with Senator Dan Voss "
                + "who leads the party, he said Ortiz. “I would say Ray for the time being,” he said.",
                "Lee Zeldin", "Carl Brandt", "Dan Voss", "Ray Ortiz");
        assertEquals("Carl Brandt", speakerOf(q, "for the time being"));
    }

    @Test
    void heOpeningAParagraphIsThePreviousParagraphsLastPersonSubjectNotItsEarlierSpeaker() {
        List<Quote> q = quotes("Rep. Lee Zeldin said the bill would pass the House this week. "
                + "Governor Carl Brandt, however, disagreed on Tuesday. The vote was delayed.\n\n"
                + "“There is no path to a majority for it,” he said.",
                "Lee Zeldin", "Carl Brandt");
        assertEquals("Carl Brandt", speakerOf(q, "no path to a majority"));
    }

    @Test
    void jointSubjectsGiveTheFirstConjunctAsTheOneSpeaker() {
        List<Quote> q = quotes("Senator Dan Voss and Governor Carl Brandt issued a statement calling the deal "
                + "“a step toward unity” on Thursday.",
                "Dan Voss", "Carl Brandt");
        assertEquals("Dan Voss", speakerOf(q, "a step toward unity"));
    }

    @Test
    void heAfterARelativeClauseIsTheMainClauseSubjectNotItsObject() {
        List<Quote> q = quotes("Governor Dale Harmon never named Marcus Webb in his speech.\n\n"
                + "Webb, who spoke for more than an hour, did not mention Harmon until the end. "
                + "“He didn’t report the loans,” he said as the crowd booed.",
                "Dale Harmon", "Marcus Webb");
        assertEquals("Marcus Webb", speakerOf(q, "report the loans"));
    }

    @Test
    void sheAfterAFrontedWhenClauseIsTheMainClauseSubject() {
        List<Quote> q = quotes("Senator Laura Becker sat down with host Ellen Pryce on Thursday.\n\n"
                + "When Pryce pointed out that rivals call the plan “Medicare for all,” Becker seized upon the "
                + "phrase, repeating her campaign’s line that Pryce’s guests misread the bill. “It is not the same if you hand it to the states,” she said.",
                "Laura Becker", "Ellen Pryce");
        assertEquals("Laura Becker", speakerOf(q, "hand it to the states"));
    }

    @Test
    void heInTheSameSentenceIsThePersonItIsAbout() {
        List<Quote> q = quotes("Dale Harmon and Marcus Webb shared the stage in Des Moines.\n\n"
                + "Harmon spoke first. Webb’s jab at Harmon drew the biggest applause when he said “zero” voters would follow him.",
                "Dale Harmon", "Marcus Webb");
        assertEquals("Marcus Webb", speakerOf(q, "zero"));
    }

    @Test
    void capitalisedWordsQuotedMidClauseArePartialQuotesOfTheReportingSubject() {
        List<Quote> q = quotes("Marcus Webb campaigned across Iowa on Sunday.\n\n"
                + "Webb said last week that Harmon represents “Boston values,” and his aides repeated it.",
                "Dale Harmon", "Marcus Webb");
        Quote values = q.stream().filter(x -> x.text().contains("Boston values")).findFirst().orElseThrow();
        assertEquals(QuoteType.PARTIAL, values.type());
        assertEquals("Marcus Webb", speakerOf(q, "Boston values"));
        assertEquals("said", values.cue().orElseThrow().text());
    }

    @Test
    void aVerbFormAfterADeterminerIsANounNotTheCue() {
        List<Quote> q = quotes("Marcus Webb spoke in Columbus on Monday.\n\n"
                + "Webb said the state “would never accept the plan.”",
                "Marcus Webb");
        assertEquals(1, q.size());
        assertEquals("said", q.get(0).cue().orElseThrow().text());
        assertEquals("Marcus Webb", speakerOf(q, "never accept"));
    }

    @Test
    void wentOnAfterAQuoteIsItsCue() {
        List<Quote> q = quotes("Senator Laura Becker criticised the health plan on Monday.\n\n"
                + "“It would end the health care we know,” she went on.",
                "Laura Becker", "Marcus Webb");
        assertEquals(1, q.size());
        assertEquals("went on", q.get(0).cue().orElseThrow().text());
        assertEquals("Laura Becker", speakerOf(q, "health care"));
    }
}
