package io.github.lede.extractor.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.lede.model.Article;
import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Gender;
import io.github.lede.model.Mention;
import io.github.lede.model.Quote;
import io.github.lede.model.QuoteType;
import io.github.lede.model.Speaker;
import io.github.lede.spi.AnalysisContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speaker patterns of political news: roles, unnamed sources, introductions without a cue, with
 * entities given as the {@code "entities"} annotator would give them.
 */
class PoliticalNewsPatternsTest {

    /** An entity of {@code type} named {@code name}, with a title, mentioned wherever a form occurs. */
    private record E(EntityType type, String name, String title, String... aliases) {
    }

    private static List<Quote> quotes(String text, E... entities) {
        List<Entity> list = new ArrayList<>();
        for (E e : entities) {
            Entity.Builder b = Entity.builder("E" + (list.size() + 1), e.type(), e.name()).addAliases(List.of(e.aliases()));
            if (e.title() != null) {
                b.addTitle(e.title());
            }
            List<String> forms = new ArrayList<>(List.of(e.aliases()));
            forms.add(0, e.name());
            list.add(QuoteFixtures.mentionedEverywhere(b, text, forms).build());
        }
        return QuoteFixtures.quotes(text, list);
    }

    private static String speaker(Quote q) {
        return QuoteFixtures.speaker(q);
    }

    @Test
    void aQuoteParagraphAfterAnIntroductionIsThePersonIntroduced() {
        List<Quote> q = quotes("Budget talks stall\n\n"
                + "But for Parata and his family the cuts are personal.\n\n"
                + "“We will not fund a war we did not start. Nobody asked us.”",
                new E(EntityType.PERSON, "Hori Parata", null, "Parata"));
        assertEquals(1, q.size());
        assertEquals(QuoteType.DIRECT, q.get(0).type());
        assertEquals("Hori Parata", speaker(q.get(0)));
        assertEquals(List.of(), quotes("Budget talks stall\n\nThe vote was delayed again.\n\n“We will not fund it.”")
                .stream().filter(x -> x.speaker().isPresent()).toList());
    }

    @Test
    void itIsTheOrganisationTheSentenceOpensWithNotTheLastOneNamed() {
        List<Quote> q = quotes("The Food Standards Agency warned people to stay away from pills made by Corvin Labs.\n\n"
                + "“We advise the public not to take any tablets from this maker,” it said in a statement.",
                new E(EntityType.ORGANIZATION, "Food Standards Agency", null),
                new E(EntityType.ORGANIZATION, "Corvin Labs", null));
        assertEquals(1, q.size());
        assertEquals("Food Standards Agency", speaker(q.get(0)));
        assertEquals("said", q.get(0).cue().orElseThrow().text());
    }

    @Test
    void theSenatorIsThePersonTitledSen() {
        List<Quote> q = quotes("Sen. Mark Warner spoke after Ana Ruiz, the budget director, left the room.\n\n"
                + "“There is collective amnesia,” the senator said.",
                new E(EntityType.PERSON, "Mark Warner", "Sen.", "Warner"),
                new E(EntityType.PERSON, "Ana Ruiz", "budget director", "Ruiz"));
        assertEquals(1, q.size());
        assertEquals("Mark Warner", speaker(q.get(0)));
    }

    @Test
    void unnamedSourcesAreNamedByTheirNounPhrase() {
        List<Quote> q = quotes("The talks with the teachers union collapsed on Tuesday night, two people familiar "
                + "with the matter said.\n\n"
                + "“We will walk away,” said a person close to the minister.\n\n"
                + "The strike will start on Monday, according to a person familiar with the negotiations.\n\n"
                + "The vote will be held on Friday, according to two officials with knowledge of the plans.\n\n"
                + "The count will take a week, said the people, who asked not to be identified.");
        assertEquals(5, q.size());
        assertEquals("The talks with the teachers union collapsed on Tuesday night", q.get(0).text());
        assertEquals(QuoteType.INDIRECT, q.get(0).type());
        assertEquals("people familiar with the matter", speaker(q.get(0)));
        assertEquals("person close to the minister", speaker(q.get(1)));
        assertEquals("The strike will start on Monday", q.get(2).text());
        assertEquals("person familiar with the negotiations", speaker(q.get(2)));
        assertEquals("The vote will be held on Friday", q.get(3).text());
        assertEquals("officials with knowledge of the plans", speaker(q.get(3)));
        assertEquals("The count will take a week", q.get(4).text());
        assertEquals("people", speaker(q.get(4)));
    }

    @Test
    void aComparisonAfterTheAttributionEndsNoClause() {
        List<Quote> q = quotes("Exports rose 3 percent in the third quarter, the ministry reported, down from 5 "
                + "percent a year earlier.");
        assertEquals(1, q.size());
        assertEquals("Exports rose 3 percent in the third quarter", q.get(0).text());
        assertEquals("ministry", speaker(q.get(0)));
    }

    @Test
    void aSplitQuoteInsideOneSentenceKeepsItsSpeaker() {
        List<Quote> q = quotes("Senator Mark Warner, a Virginia Democrat, spoke on Tuesday.\n\n"
                + "“The issue,” he said, “has just disappeared from the debate.”",
                new E(EntityType.PERSON, "Mark Warner", "Senator", "Warner"));
        assertEquals(2, q.size());
        assertEquals("The issue,", q.get(0).text());
        assertEquals("has just disappeared from the debate.", q.get(1).text());
        q.forEach(x -> assertEquals("Mark Warner", speaker(x)));
    }

    @Test
    void straightQuotesNestInsideStraightQuotes() {
        String text = "\"The old way meant a fee for every employee (\"seats\") and a silo. That model is breaking,\" "
                + "said Ramy Houssaini.\n\n\"He said \"no\" to me twice,\" Houssaini said. \"We will go on.\"";
        List<Quote> q = quotes(text, new E(EntityType.PERSON, "Ramy Houssaini", null, "Houssaini"));
        assertEquals(3, q.size());
        assertEquals("The old way meant a fee for every employee (\"seats\") and a silo. That model is breaking,",
                q.get(0).text());
        assertEquals("He said \"no\" to me twice,", q.get(1).text());
        assertEquals("We will go on.", q.get(2).text());
        q.forEach(x -> assertEquals("Ramy Houssaini", speaker(x)));
    }

    @Test
    void aFirstPersonParagraphWithoutMarksAfterReportedSpeechIsABlockQuote() {
        String text = "Deals take time\n\n"
                + "A key approach is building a long-term relationship with a target, Mark Holt said at the trial.\n\n"
                + "I’ve been building relationships for years with the founders, so when we thought it was the right "
                + "time to move, we could move quickly.\n\n"
                + "The trial continues on Monday.";
        List<Quote> q = quotes(text, new E(EntityType.PERSON, "Mark Holt", null, "Holt"));
        assertEquals(2, q.size());
        assertEquals(QuoteType.INDIRECT, q.get(0).type());
        assertEquals(QuoteType.DIRECT, q.get(1).type());
        assertEquals("I’ve been building relationships for years with the founders, so when we thought it was the "
                + "right time to move, we could move quickly.", q.get(1).text());
        assertEquals("Mark Holt", speaker(q.get(1)));
        assertEquals(true, q.get(1).cue().isEmpty());
        // an essay in the first person is narration, not a block quote
        String essay = "My week offline\n\nI left my phone at home, Mark Holt said.\n\n"
                + "I’ve been building relationships for years, and we could move quickly.\n\nWe went home.";
        assertEquals(List.of(QuoteType.INDIRECT), quotes(essay).stream().map(Quote::type).toList());
    }

    @Test
    void theyAfterASentenceOpeningWithAGroupIsThatGroup() {
        List<Quote> q = quotes("Republicans in the Texas Legislature are pushing hard for the proposal. They say it would "
                + "give students in low-income communities a better education.",
                new E(EntityType.ORGANIZATION, "Texas Legislature", null));
        assertEquals(1, q.size());
        assertEquals("it would give students in low-income communities a better education", q.get(0).text());
        assertEquals("Republicans", speaker(q.get(0)));
    }

    @Test
    void theDemocratIsThePartyMemberNamedBefore() {
        List<Quote> q = quotes("Mark Warner, a Virginia Democrat, met Ana Ruiz on Monday.\n\n"
                + "“The deal is frozen,” the Democrat said.",
                new E(EntityType.PERSON, "Mark Warner", null, "Warner"),
                new E(EntityType.PERSON, "Ana Ruiz", null, "Ruiz"));
        assertEquals(1, q.size());
        assertEquals("said", q.get(0).cue().orElseThrow().text());
        assertEquals("Mark Warner", speaker(q.get(0)));
    }

    @Test
    void anUnnamedSpokesmanOfANamedOrganisationSpeaksForIt() {
        List<Quote> q = quotes("A State Department spokesman said the embassy in the capital would close.",
                new E(EntityType.ORGANIZATION, "State Department", null));
        assertEquals(1, q.size());
        assertEquals("State Department", speaker(q.get(0)));
    }

    @Test
    void aLeadThatDescribesTheSpeakerByRoleIsThePersonNamedInThatRoleAfter() {
        List<Quote> q = quotes("The mother of a student who died after taking diet pills has described how her daughter "
                + "was “burning up from within”.\n\n"
                + "Her mother, Fiona Parry, said the pills had been sold online.",
                new E(EntityType.PERSON, "Fiona Parry", null, "Parry"));
        assertEquals(2, q.size());
        assertEquals(QuoteType.PARTIAL, q.get(0).type());
        assertEquals("described", q.get(0).cue().orElseThrow().text());
        assertEquals("Fiona Parry", speaker(q.get(0)));
        assertEquals("Fiona Parry", speaker(q.get(1)));
    }

    @Test
    void aMessageFromSomeoneThatSaysIsTheirs() {
        List<Quote> q = quotes("Ana Ruiz declined to comment. But reporters did receive a text from her husband, Joe Berg "
                + "that said, “My wife, Ana, has nothing to do with my business.”",
                new E(EntityType.PERSON, "Ana Ruiz", null, "Ruiz", "Ana"),
                new E(EntityType.PERSON, "Joe Berg", null, "Berg"));
        assertEquals(1, q.size());
        assertEquals("Joe Berg", speaker(q.get(0)));
    }

    @Test
    void descriptiveWordsBeforeANameAndAMessageAfterTheVerbAreNoClause() {
        List<Quote> q = quotes("“I thought a lot before writing this post,” Pakistan-based developer Ammar Askar wrote in "
                + "a blog post published Thursday.",
                new E(EntityType.PERSON, "Ammar Askar", null, "Askar"));
        assertEquals(1, q.size());
        assertEquals(QuoteType.DIRECT, q.get(0).type());
        assertEquals("Ammar Askar", speaker(q.get(0)));
        assertEquals("wrote", q.get(0).cue().orElseThrow().text());
    }

    @Test
    void theListenerOfToldIsNoSpeakerAndARelativeClauseIsSkipped() {
        List<Quote> q = quotes("Coup talks\n\n"
                + "The G40 figures are cabinet ministers Jonathan Moyo and Saviour Kasukuwere, who fled to the "
                + "compound, the source, who said he had spoken to people inside the compound, told Reuters.",
                new E(EntityType.PERSON, "Jonathan Moyo", null), new E(EntityType.PERSON, "Saviour Kasukuwere", null),
                new E(EntityType.ORGANIZATION, "Reuters", null));
        Quote main = q.stream().filter(x -> x.text().startsWith("The G40")).findFirst().orElseThrow();
        assertEquals(QuoteType.INDIRECT, main.type());
        assertEquals("The G40 figures are cabinet ministers Jonathan Moyo and Saviour Kasukuwere, who fled to the compound",
                main.text());
        assertEquals("source", speaker(main));
        assertEquals("told", main.cue().orElseThrow().text());
    }

    @Test
    void aQuoteRightAfterToldAndItsListenerIsTheSubjectsPastARelativeClause() {
        List<Quote> q = quotes("Inquest\n\n"
                + "The coroner for that case, Sherrif Payne, who deemed the cause of death ecstasy toxicity, told "
                + "The Independent “You never know the purity of what you are taking.”",
                new E(EntityType.PERSON, "Sherrif Payne", null, "Payne"),
                new E(EntityType.ORGANIZATION, "The Independent", null));
        assertEquals(1, q.size());
        assertEquals(QuoteType.DIRECT, q.get(0).type());
        assertEquals("Sherrif Payne", speaker(q.get(0)));
        assertEquals("told", q.get(0).cue().orElseThrow().text());
    }

    @Test
    void aColonIntroducesTheQuoteOfTheSentencesSubjectWhateverItsVerb() {
        List<Quote> q = quotes("Survey\n\n"
                + "Rachel Stephens, senior analyst at industry analyst firm RedMonk, shared her perspective on these "
                + "findings: “There is a component of psychological safety and team culture.”\n\n"
                + "Another respondent highlighted the toolchain: “AI is growing fast.”",
                new E(EntityType.PERSON, "Rachel Stephens", null, "Stephens"),
                new E(EntityType.ORGANIZATION, "RedMonk", null));
        assertEquals(2, q.size());
        assertEquals("Rachel Stephens", speaker(q.get(0)));
        assertEquals("shared", q.get(0).cue().orElseThrow().text());
        assertEquals("respondent", speaker(q.get(1)));
        assertEquals("highlighted", q.get(1).cue().orElseThrow().text());
    }

    @Test
    void accordingToAnOrganisationsPersonBeforeAQuoteIsThePerson() {
        List<Quote> q = quotes("Cloud\n\n"
                + "Rachel Stephens works at RedMonk.\n\n"
                + "According to RedMonk’s Stephens, “We are in a cash-constrained financial environment.”",
                new E(EntityType.PERSON, "Rachel Stephens", null, "Stephens"),
                new E(EntityType.ORGANIZATION, "RedMonk", null));
        assertEquals(1, q.size());
        assertEquals(QuoteType.DIRECT, q.get(0).type());
        assertEquals("Rachel Stephens", speaker(q.get(0)));
        assertEquals("According to", q.get(0).cue().orElseThrow().text());
    }

    @Test
    void aPronounNoOneAgreesWithIsTheParagraphsSpeakerNotNobody() {
        // the entity's gender was guessed male from the first name; the writer says "she"
        String text = "Meditation\n\n"
                + "Burke Lennihan suggests trying classes. “Meditating with a group is more powerful,” she says.";
        Entity lennihan = Entity.builder("E1", EntityType.PERSON, "Burke Lennihan")
                .gender(Gender.MALE)
                .addMention(new Mention(text.indexOf("Burke"), text.indexOf("Burke") + 14, "Burke Lennihan")).build();
        Article article = Article.builder(text).entities(List.of(lennihan)).build();
        List<Quote> q = new QuoteAnnotator().annotate(article, AnalysisContext.standalone()).quotes();
        assertEquals(1, q.size());
        assertEquals("Burke Lennihan", speaker(q.get(0)));
    }

    @Test
    void aTrailingSaidNameWithAnAppositiveOutranksAnOutletsColon() {
        List<Quote> q = quotes("Jobs\n\n"
                + "The Los Angeles Times reports: \"Stanford computer science graduates are struggling to find "
                + "entry-level jobs\" with the most prominent tech brands, said Jan Liphardt, associate professor "
                + "of bioengineering at Stanford University.",
                new E(EntityType.ORGANIZATION, "Los Angeles Times", null),
                new E(EntityType.PERSON, "Jan Liphardt", null, "Liphardt"));
        assertEquals(1, q.size());
        assertEquals("Jan Liphardt", speaker(q.get(0)));
        assertEquals("said", q.get(0).cue().orElseThrow().text());
    }

    @Test
    void aNameAfterAPrepositionIsNoSubjectOfTheParticipleAfterIt() {
        List<Quote> q = quotes("Theatre\n\n"
                + "David Emery posted to Twitter asking if there were “any un-angry Trump supporters?”",
                new E(EntityType.PERSON, "David Emery", null, "Emery"),
                new E(EntityType.ORGANIZATION, "Twitter", null));
        assertEquals(1, q.size());
        assertEquals(QuoteType.PARTIAL, q.get(0).type());
        assertEquals("David Emery", speaker(q.get(0)));
        assertEquals("asking", q.get(0).cue().orElseThrow().text());
    }

    @Test
    void aRoleWordOpeningAnOrganisationsNameStaysInIt() {
        String text = "Appeal\n\nThe Justice Department said it would appeal the ruling.\n\n"
                + "“We will appeal,” the department said.";
        for (List<Quote> q : List.of(quotes(text), quotes(text, new E(EntityType.ORGANIZATION, "Justice Department", null)))) {
            assertEquals(2, q.size());
            assertEquals("it would appeal the ruling", q.get(0).text());
            q.forEach(x -> assertEquals("Justice Department", speaker(x)));
        }
    }

    @Test
    void reportingVerbsOfPoliticalNewsIntroduceReportedSpeech() {
        List<Quote> q = quotes("Vaccines\n\n"
                + "Dr. Lena Ortiz agreed that the risk was low. Ortiz elaborated that the vaccine remained effective.\n\n"
                + "“This is a disgrace,” said Rep. Dana Holt, R-Ohio. She suggested that Ortiz was out of touch.\n\n"
                + "The governor is expected to say that the state will meet its targets.\n\n"
                + "Data suggests that hiring has slowed. The report recommends that schools hire more nurses.",
                new E(EntityType.PERSON, "Lena Ortiz", "Dr.", "Ortiz"),
                new E(EntityType.PERSON, "Dana Holt", "Rep.", "Holt"),
                new E(EntityType.PERSON, "Kim Reyes", "Governor"));
        List<String> got = q.stream().map(x -> x.type() + "|" + x.cue().map(c -> c.text()).orElse("") + "|" + speaker(x)
                + "|" + x.text()).toList();
        assertEquals(List.of(
                "INDIRECT|agreed|Lena Ortiz|the risk was low",
                "INDIRECT|elaborated|Lena Ortiz|the vaccine remained effective",
                "DIRECT|said|Dana Holt|This is a disgrace,",
                "INDIRECT|suggested|Dana Holt|Ortiz was out of touch",
                "INDIRECT|say|governor|the state will meet its targets"), got);
    }

    @Test
    void aSpokeswomanForAPersonSpeaksForHerAndSoDoesTheSpokeswomanLater() {
        List<Quote> q = quotes("Tariffs\n\n"
                + "Katherine Tai, the trade representative, defended the tariffs. A spokeswoman for Tai said the "
                + "office would publish details soon.\n\n"
                + "“The decision is final,” the spokeswoman said.",
                new E(EntityType.PERSON, "Katherine Tai", "trade representative", "Tai"));
        assertEquals(2, q.size());
        assertEquals("A spokeswoman for Tai", q.get(0).speaker().orElseThrow().mention().orElseThrow().text());
        q.forEach(x -> assertEquals("Katherine Tai", speaker(x)));
    }

    @Test
    void agencyOfficialsAreTheAgencyNamedBefore() {
        List<Quote> q = quotes("Guidance\n\n"
                + "The Centers for Disease Control and Prevention issued new guidance on Friday. Agency officials "
                + "said the change reflected new data.\n\n"
                + "The agency recommends that adults get a booster every year, and department officials said the "
                + "shots were safe.",
                new E(EntityType.ORGANIZATION, "Centers for Disease Control and Prevention", null));
        assertEquals(3, q.size());
        q.forEach(x -> assertEquals("Centers for Disease Control and Prevention", speaker(x)));
    }

    @Test
    void aColonLineOpeningWithAPersonsNameAndTitleIsThatPersons() {
        List<Quote> q = quotes("What to plant\n\n"
                + "We asked growers what to plant this spring.\n\n"
                + "Uli Marsh, Director of Horticulture at Native Plant Trust:\n\n"
                + "“Start with native grasses. They need little water.”\n\n"
                + "Jo Park and Ken Ito of Terra Studio:\n\n"
                + "“Plant early and mulch well.”",
                new E(EntityType.PERSON, "Uli Marsh", "Director of Horticulture"),
                new E(EntityType.ORGANIZATION, "Native Plant Trust", null),
                new E(EntityType.PERSON, "Jo Park", null),
                new E(EntityType.PERSON, "Ken Ito", null),
                new E(EntityType.ORGANIZATION, "Terra Studio", null));
        assertEquals(2, q.size());
        assertEquals("Uli Marsh", speaker(q.get(0)));
        assertEquals("Jo Park", speaker(q.get(1)));
    }

    @Test
    void aPronounOpeningASentenceContinuesThePersonThePreviousSentenceOpensWith() {
        List<Quote> q = quotes("Audit\n\n"
                + "Rep. Adam Hale said the report was damning. Senator Tom Cruz’s review of the data found no fraud. "
                + "He said the findings were clear.\n\n"
                + "ANN MARTIN, BYLINE: The recount began on Monday.\n\n"
                + "MARTIN: Hale says the audit was rushed. He says the count must be repeated.",
                new E(EntityType.PERSON, "Adam Hale", "Rep.", "Hale"),
                new E(EntityType.PERSON, "Tom Cruz", "Senator"),
                new E(EntityType.PERSON, "Ann Martin", null, "MARTIN"));
        List<String> got = q.stream().map(x -> speaker(x) + "|" + x.text()).toList();
        assertEquals(List.of("Adam Hale|the report was damning", "Tom Cruz|the findings were clear",
                "Adam Hale|the audit was rushed", "Adam Hale|the count must be repeated"), got);
    }

    @Test
    void anOfficeNamedWithOfAndAPartyTagInParenthesesStandBeforeTheName() {
        List<Quote> q = quotes("Recount\n\n"
                + "Georgia Secretary of State Brad Raffensperger, a Republican, has said the count was accurate.\n\n"
                + "Secretary of Homeland Security Alejandro Mayorkas said the border was secure.\n\n"
                + "“This bill is a gift to the rich,” Sen. Bernie Sanders (I-Vt.) said of the tax plan.",
                new E(EntityType.PERSON, "Brad Raffensperger", "Secretary of State"),
                new E(EntityType.PERSON, "Alejandro Mayorkas", "Secretary of Homeland Security"),
                new E(EntityType.PERSON, "Bernie Sanders", "Sen."));
        List<String> got = q.stream().map(x -> x.type() + "|" + speaker(x)).toList();
        assertEquals(List.of("INDIRECT|Brad Raffensperger", "INDIRECT|Alejandro Mayorkas", "DIRECT|Bernie Sanders"), got);
    }

    @Test
    void aLongDescriptionBeforeTheNameAndAPlaceAfterItAreNotTheSpeaker() {
        List<Quote> q = quotes("Hamilton\n\n"
                + "Snopes fact checker and staff writer David Emery posted to Twitter asking if there were "
                + "“any calm voters left?”\n\n"
                + "In 2013, Senator Mitch McConnell of Kentucky called the deficit “the transcendent issue of our era.”",
                new E(EntityType.ORGANIZATION, "Snopes", null),
                new E(EntityType.PERSON, "David Emery", "staff writer", "Emery"),
                new E(EntityType.PERSON, "Mitch McConnell", "Senator", "McConnell"));
        assertEquals(2, q.size());
        assertEquals("David Emery", speaker(q.get(0)));
        assertEquals("Mitch McConnell", speaker(q.get(1)));
        assertEquals("Mitch McConnell", q.get(1).speaker().orElseThrow().mention().orElseThrow().text());
    }

    @Test
    void aQuoteAfterASentenceOpeningWithAPersonIsThatPersonsInsideTheParagraph() {
        List<Quote> q = quotes("Deficits\n\n"
                + "The budget office expects the gap to widen. Charles Sutton, chairman of the council of advisers, "
                + "once summed up the danger with a metaphor. “It is not the wolf at the door, but termites in the "
                + "woodwork.”\n\n"
                + "The deficit grew again. “Nobody wants to pay for it.”",
                new E(EntityType.PERSON, "Charles Sutton", "chairman", "Sutton"));
        assertEquals(2, q.size());
        assertEquals("Charles Sutton", speaker(q.get(0)));
        assertEquals("?", speaker(q.get(1)));
    }

    @Test
    void aPluralSubjectWarnsAndEvenAsOpensASecondReport() {
        List<Quote> q = quotes("Deficits\n\n"
                + "Deficit hawks have warned for years that a day of reckoning is coming.\n\n"
                + "Senator Jim Lane also claimed the tax cuts would pay for themselves even as the Congressional "
                + "Budget Office estimated that they would add $250 billion to the deficit.\n\n"
                + "Local news agencies reported that Lane told donors that the bill was safe.",
                new E(EntityType.PERSON, "Jim Lane", "Senator", "Lane"),
                new E(EntityType.ORGANIZATION, "Congressional Budget Office", null));
        List<String> got = q.stream().map(x -> speaker(x) + "|" + x.text()).toList();
        assertEquals(List.of("Deficit hawks|a day of reckoning is coming",
                "Jim Lane|the tax cuts would pay for themselves",
                "Congressional Budget Office|they would add $250 billion to the deficit",
                "Jim Lane|the bill was safe"), got);
    }

    @Test
    void aQuoteAfterASentenceEndingInAReportingVerbIsThatSubjectsNotThePreviousSpeakers() {
        List<Quote> q = quotes("Primary race\n\n"
                + "“It is a two-person race now,” said Carl Webb, editor of a state politics site.\n\n"
                + "Ohio State University's Diane Brock agreed. “Moderates are running out of time.”\n\n"
                + "Or maybe the governor, strategist Paul Mercer says. “A second look is happening.”",
                new E(EntityType.PERSON, "Carl Webb", "editor", "Webb"),
                new E(EntityType.ORGANIZATION, "Ohio State University", null),
                new E(EntityType.PERSON, "Diane Brock", null, "Brock"),
                new E(EntityType.PERSON, "Paul Mercer", "strategist", "Mercer"));
        List<String> got = q.stream().map(x -> speaker(x) + "|" + x.cue().map(c -> c.text()).orElse("")
                + "|" + x.text()).toList();
        assertEquals(List.of("Carl Webb|said|It is a two-person race now,",
                "Diane Brock|agreed|Moderates are running out of time.",
                "Paul Mercer|says|A second look is happening."), got);
    }
    @Test
    void aDayBetweenTheSubjectAndTheCueIsNeverTheSpeaker() {
        List<Quote> q = quotes("Port levy row\n\n"
                + "Mayor Ines Valdor on Tuesday declared that the harbour levy would stay until 2030.\n\n"
                + "The Dock Workers Union sent a letter Friday evening saying that members would strike in March.",
                new E(EntityType.PERSON, "Ines Valdor", "Mayor", "Valdor"),
                new E(EntityType.ORGANIZATION, "Dock Workers Union", null));
        assertEquals(2, q.size());
        assertEquals("Ines Valdor", speaker(q.get(0)));
        assertEquals("Dock Workers Union", speaker(q.get(1)));
    }

    @Test
    void aDatelineNamesWhereTheStoryWasFiledNotWhoSpeaks() {
        List<Quote> q = quotes("Levy vote\n\n"
                + "LISBON — Finance Minister Rui Aldeia (PS) on Monday defended the port levy, saying it would "
                + "“keep the harbour open for everyone.”\n\n"
                + "Porto (Lusa) – Mayor Ines Valdor rejected the plan, saying that “nobody asked the city.”",
                new E(EntityType.PERSON, "Rui Aldeia", "Finance Minister", "Aldeia"),
                new E(EntityType.PERSON, "Ines Valdor", "Mayor", "Valdor"));
        assertEquals(List.of("Rui Aldeia", "Ines Valdor"), q.stream().map(PoliticalNewsPatternsTest::speaker).toList());
    }
    @Test
    void theSamePronounAgainInOneSentenceIsTheSamePerson() {
        List<Quote> q = quotes("Levy vote\n\n"
                + "Councillor Tomas Brandt, a Valdor ally, said the harbour board would back the levy.\n\n"
                + "A quick vote is vital, he said after meeting Monday with Valdor aides, because he said the "
                + "shipping lobby seems determined to stall the plan.",
                new E(EntityType.PERSON, "Tomas Brandt", "Councillor", "Brandt"),
                new E(EntityType.PERSON, "Ines Valdor", "Mayor", "Valdor"));
        assertEquals("Tomas Brandt", speaker(q.get(q.size() - 1)));
        assertEquals("the shipping lobby seems determined to stall the plan", q.get(q.size() - 1).text());
    }

    @Test
    void theOwnerOfAPossessiveSubjectIsNotTheSubjectThePersonApposedIs() {
        List<Quote> q = quotes("Levy vote\n\n"
                + "While Mayor Ines Valdor has yet to back the levy, Valdor’s deputy — Councillor Tomas Brandt — "
                + "has thrown his support behind it.\n\n"
                + "And he claims his boss is fine with it.",
                new E(EntityType.PERSON, "Tomas Brandt", "Councillor", "Brandt"),
                new E(EntityType.PERSON, "Ines Valdor", "Mayor", "Valdor"));
        assertEquals(1, q.size());
        assertEquals("Tomas Brandt", speaker(q.get(0)));
    }
    @Test
    void herAfterAPrepositionIsAnObjectNotTheOwnerOfTheCue() {
        List<Quote> q = quotes("Levy vote\n\n"
                + "Mayor Ines Valdor backed the levy on Monday. The traders who wrote to her on Friday say they are "
                + "“worried the port will empty.”",
                new E(EntityType.PERSON, "Ines Valdor", "Mayor", "Valdor"));
        assertEquals(1, q.size());
        assertNotEquals("Ines Valdor", speaker(q.get(0)));
    }
}
