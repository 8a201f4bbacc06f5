package io.github.lede.extractor.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.model.Quote;
import io.github.lede.model.QuoteType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Patterns of wire and broadcast news that the fictional corpus does not hold (the silver set's lessons). */
class RealNewsPatternsTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixtures.quotes(text, List.of());
    }

    private static String speaker(Quote q) {
        return QuoteFixtures.speaker(q);
    }

    @Test
    void transcriptLabelsOfSeveralWordsAttributeAndReportersNarrate() {
        List<Quote> q = quotes("Ferry fares rise\n\n"
                + "DANA WHITFIELD, HOST: The county voted on fares this week.\n\n"
                + "OMAR PELLETIER, BYLINE: Riders like Greta Lindqvist packed the hearing.\n\n"
                + "GRETA LINDQVIST: We cannot pay twice as much for the same boat.\n\n"
                + "PELLETIER: Lindqvist says she will sell her car if the ferry stops running.");
        assertEquals(2, q.size());
        assertEquals(QuoteType.DIRECT, q.get(0).type());
        assertEquals("We cannot pay twice as much for the same boat.", q.get(0).text());
        assertEquals("GRETA LINDQVIST:", q.get(0).cue().orElseThrow().text());
        assertEquals("Greta Lindqvist", speaker(q.get(0)));
        assertEquals(QuoteType.INDIRECT, q.get(1).type());
        assertEquals("she will sell her car if the ferry stops running", q.get(1).text());
        assertEquals("Greta Lindqvist", speaker(q.get(1)));
    }

    @Test
    void theNameInAppositionToARoleSpeaks() {
        List<Quote> q = quotes("“The pills were sold as vitamins,” her brother, Tomas, said in a statement.");
        assertEquals(1, q.size());
        assertEquals("Tomas", speaker(q.get(0)));
        assertEquals("said", q.get(0).cue().orElseThrow().text());
    }

    @Test
    void anAppositiveBetweenSpeakerAndVerbIsSkipped() {
        List<Quote> q = quotes("“We will not fund it,” Hollis Brandt, a Republican from Ohio, told reporters.");
        assertEquals(1, q.size());
        assertEquals("Hollis Brandt", speaker(q.get(0)));
        assertEquals("told", q.get(0).cue().orElseThrow().text());
    }

    @Test
    void anAttributionEndingTheQuotesSentenceCounts() {
        List<Quote> q = quotes("“We must read what is written” in the decree, Amara Oyelaran said. "
                + "“Nobody has yet.”");
        assertEquals(2, q.size());
        q.forEach(x -> assertEquals("Amara Oyelaran", speaker(x)));
    }

    @Test
    void aTitleInsideANameRunIsNotPartOfTheName() {
        List<Quote> q = quotes("Brightwave CEO Lena Marsh said the merger would close in May.\n\n"
                + "City Hall press secretary Owen Tate said the mayor would attend.");
        assertEquals(2, q.size());
        assertEquals("Lena Marsh", speaker(q.get(0)));
        assertEquals("Owen Tate", speaker(q.get(1)));
    }

    @Test
    void objectsAreNotReportedClauses() {
        assertEquals(List.of(), quotes("The owner denied any wrongdoing and defended the fees."));
        assertEquals(List.of(), quotes("Although no group claimed responsibility, the attack raised fears of more."));
        List<Quote> q = quotes("Pentagon officials said they were not told in advance that the drill would start.");
        assertEquals(1, q.size());
        assertEquals("they were not told in advance that the drill would start", q.get(0).text());
    }

    @Test
    void pairedDashesStayInsideTheClauseAndCoordinatedCuesSplit() {
        List<Quote> q = quotes("Mayor Ruth Okafor said that besides the drivers — from three counties — two "
                + "inspectors were hurt, and she noted that the bridge had reopened.");
        assertEquals(2, q.size());
        assertEquals("besides the drivers — from three counties — two inspectors were hurt", q.get(0).text());
        assertEquals("the bridge had reopened", q.get(1).text());
    }

    @Test
    void aPhotoCaptionNeitherBreaksAChainNorServesAsAntecedent() {
        List<Quote> q = quotes("“The river took everything,” says Mere Tawhiri, a farmer of the valley.\n\n"
                + "Mere Tawhiri on her farm near the river\n\n"
                + "“We rebuilt once. We can rebuild again.”\n\n"
                + "A flooded road near the farm. Photo by Kahu Rangi\n\n"
                + "“I have not slept in days,” she said.");
        assertEquals(3, q.size());
        q.forEach(x -> assertEquals("Mere Tawhiri", speaker(x)));
    }

    @Test
    void aListAfterSaidColonIsReportedSpeech() {
        List<Quote> q = quotes("In the interview, Prime Minister Ana Ferreira also said:\n\n"
                + "The budget will be balanced by 2027\n\n"
                + "Her party would not join a coalition with the far right\n\n"
                + "Read the full interview");
        assertEquals(2, q.size());
        assertEquals("The budget will be balanced by 2027", q.get(0).text());
        q.forEach(x -> {
            assertEquals(QuoteType.INDIRECT, x.type());
            assertEquals("Ana Ferreira", speaker(x));
        });
    }

    @Test
    void passiveDescriptionsTakeTheAgentAndImaginedWordsAreNotQuotes() {
        List<Quote> q = quotes("The closures have been described as “devastating” by the Harbor Authority.");
        assertEquals(1, q.size());
        assertEquals("Harbor Authority", speaker(q.get(0)));
        assertEquals(List.of(), quotes("He paused, as if to say “You think you caught me?” before smiling."));
    }

    @Test
    void accordingToAfterAPartialQuoteAttributesIt() {
        List<Quote> q = quotes("Storms, “rapid tides and warm water” are thought to play a part, "
                + "according to the Coastal Research Institute.");
        assertEquals(1, q.size());
        assertEquals(QuoteType.PARTIAL, q.get(0).type());
        assertEquals("According to".toLowerCase(), q.get(0).cue().orElseThrow().text().toLowerCase());
        assertEquals("Coastal Research Institute", speaker(q.get(0)));
    }

    @Test
    void aPartyStateTagAfterTheNameIsSkipped() {
        List<Quote> q = quotes("“This is a dark day,” Senate Minority Leader Mitch Harlan, R-Ky., said in a floor speech.");
        assertEquals(1, q.size());
        assertEquals("Mitch Harlan", speaker(q.get(0)));
        assertEquals("said", q.get(0).cue().orElseThrow().text());
    }

    @Test
    void theSourceOfAStatementSpeaks() {
        List<Quote> q = quotes("Prices will rise by 4 percent, according to a statement from the Federal Reserve.");
        assertEquals(1, q.size());
        assertEquals("Prices will rise by 4 percent", q.get(0).text());
        assertEquals("Federal Reserve", speaker(q.get(0)));
    }

    @Test
    void aPronounPrefersTheParagraphsEarlierSpeakerOverANearerName() {
        List<Quote> q = quotes("“We open ten stores a year,” said Dario Fenn, who runs the chain.\n\n"
                + "Fenn credits the menu. Marco Bellini still bakes “every loaf by hand,” he said.");
        assertEquals(2, q.size());
        assertEquals("Dario Fenn", speaker(q.get(1)));
    }

    @Test
    void theWriterDemonstrativesAndObjectsReportNothing() {
        assertEquals(List.of(), quotes("I'll add that the second method is faster on most machines."));
        assertEquals(List.of(), quotes("This adds extra light for your plants and makes them grow."));
        assertEquals(List.of(), quotes("Corvane announced a definitive agreement to acquire the startup it invested in."));
        List<Quote> q = quotes("Officer Mina Sarkar said homestead gardening saves water in the dry season.");
        assertEquals(1, q.size());
        assertEquals("homestead gardening saves water in the dry season", q.get(0).text());
    }
}
