package io.github.lede.extractor.quotes;

import io.github.lede.text.TokenKind;
import java.util.Map;
import java.util.Set;

/**
 * Finds speaker phrases and reporting-verb groups around a position: the subject before a verb
 * (skipping appositives and introductory phrases), the speaker after a verb or a dash, and the
 * verb group itself ({@code said}, {@code was quoted as saying}).
 */
final class Phrases {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "my", "one", "another");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "would",
            "will", "also", "later", "then", "previously", "once");

    /** Words that end a description before its head: "officials" may follow none of them. */
    private static final Set<String> DESCRIPTION_STOPS = Set.of("the", "a", "an", "his", "her", "its", "their",
            "our", "my", "one", "and", "or", "but", "yet", "that", "this", "these", "those", "who", "which", "to",
            "of", "for", "at", "from", "with", "in", "on", "by", "as", "is", "was", "were", "are", "be", "has",
            "have", "had", "will", "would", "not", "also", "then", "it", "he", "she", "they", "we", "you", "i");
    /** Prepositions that tie an unnamed role to its organisation: "officials at Corvin Labs". */
    static final Set<String> OWNER_PREPOSITIONS = Set.of("for", "at", "from", "with");

    private final ArticleTokens doc;
    private final boolean[] quoted;

    Phrases(ArticleTokens doc, boolean[] quoted) {
        this.doc = doc;
        this.quoted = quoted;
    }

    /** The cue verb group starting at {@code i} as {@code [from, to)}, or null. */
    int[] verbAt(int i, Set<String> verbs) {
        if (i >= doc.size() || quoted[i]) {
            return null;
        }
        if ((doc.is(i, "was") || doc.is(i, "were") || doc.is(i, "is")) && doc.is(i + 1, "quoted")
                && doc.is(i + 2, "as") && doc.is(i + 3, "saying")) {
            return new int[] {i, i + 4};
        }
        if (AUXILIARIES.contains(doc.bare(i)) && i + 1 < doc.size() && isVerb(i + 1, verbs)
                && doc.paragraphOf(i + 1) == doc.paragraphOf(i)) {
            return new int[] {i + 1, i + 2};
        }
        if (verbs.contains("noted") && POINT.contains(doc.bare(i)) && doc.is(i + 1, "out") && doc.is(i + 2, "that")
                && doc.isWord(i) && !doc.get(i).isCapitalized() && !(i > 0 && NOUN_MARKERS.contains(doc.bare(i - 1)))) {
            return new int[] {i, i + 2}; // "the groups point out that …": a phrasal "noted"
        }
        if (isVerb(i, verbs)) {
            return new int[] {i, i + 1};
        }
        if (verbs.contains("said") && GO.contains(doc.bare(i)) && doc.is(i + 1, "on") && doc.isPunct(i + 2, ".")) {
            return new int[] {i, i + 2}; // "“…,” she went on."
        }
        return null;
    }

    /** A lower-case reporting verb ("State" in "Riverton State" is a name). */
    private boolean isVerb(int i, Set<String> verbs) {
        return doc.isWord(i) && !doc.get(i).isCapitalized() && verbs.contains(doc.bare(i))
                && !(i > 0 && doc.isWord(i - 1) && NOUN_MARKERS.contains(doc.bare(i - 1))) // "the state “would …”": a noun
                && !(i > 0 && doc.get(i - 1).kind() == TokenKind.POSSESSIVE); // "Trump's remarks": a noun too
    }

    private static final Set<String> POINT = Set.of("point", "points", "pointed", "pointing");

    /** Words after which a verb form is a noun: "the state", "a claim", "their report". */
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "its", "their", "our", "his", "my",
            "your", "this", "every", "each");

    /** The cue verb group ending at token {@code i} (inclusive), or null. */
    int[] verbEndingAt(int i, Set<String> verbs) {
        if (i >= 3 && doc.is(i, "saying") && doc.is(i - 1, "as") && doc.is(i - 2, "quoted")) {
            return new int[] {i - 3, i + 1};
        }
        if (i >= 0 && !quoted[i] && isVerb(i, verbs)) {
            return new int[] {i, i + 1};
        }
        return null;
    }

    /** A speaker phrase starting at {@code i} (a pronoun, a role phrase or a name), or null. */
    SpeakerPhrase forward(int i, int limit) {
        if (i >= limit || quoted[i]) {
            return null;
        }
        String b = doc.bare(i);
        if ((b.equals("but") || b.equals("and") || b.equals("yet")) && i + 1 < limit) {
            return forward(i + 1, limit); // "But indigenous elders say"
        }
        if (Lexicon.SUBJECT_PRONOUNS.contains(b) && !b.equals("i")) {
            return new SpeakerPhrase(i, i + 1, SpeakerPhrase.Kind.PRONOUN);
        }
        if ((Lexicon.SOURCE_DETERMINERS.contains(b) || doc.get(i).kind() == TokenKind.NUMBER) && i + 2 < limit
                && Lexicon.ANONYMOUS_NOUNS.contains(doc.bare(i + 1)) && anonymityModifier(i + 2)) {
            return new SpeakerPhrase(i, modifierEnd(i + 2, limit), SpeakerPhrase.Kind.ROLE); // "two people familiar with …"
        }
        SpeakerPhrase described = described(i, limit);
        if (described != null) {
            return described;
        }
        int k = i;
        if (doc.is(k, "former") && k + 1 < limit && Lexicon.ROLE_WORDS.contains(doc.bare(k + 1))) {
            k++; // "Former prosecutor and Mayor Rudy Giuliani": "former" qualifies the roles, whatever its case
        }
        while (k < limit && doc.isWord(k) && (!doc.get(k).isCapitalized() || k == i + 1 && doc.is(i, "former"))
                && Lexicon.ROLE_WORDS.contains(doc.bare(k))
                || k > i && k + 1 < limit && doc.is(k, "and") && Lexicon.ROLE_WORDS.contains(doc.bare(k - 1)) && NameRuns.canStart(doc, k + 1)) {
            k++; // "said assistant coach Raymond Tull", "former prosecutor and Mayor Rudy Giuliani"
        }
        if (DETERMINERS.contains(doc.bare(k)) || k > i && !NameRuns.canStart(doc, k)) {
            int from = k;
            int head = -1;
            for (int m = k + (DETERMINERS.contains(doc.bare(k)) ? 1 : 0); m < limit && m < k + 6; m++) {
                if (!doc.isWord(m) && doc.get(m).kind() != TokenKind.POSSESSIVE) {
                    break;
                }
                String w = doc.bare(m);
                if (m > k && Lexicon.FINITE.contains(w)) {
                    break; // "The G40 figures are cabinet ministers": the phrase ends at its verb
                }
                if (Lexicon.ROLE_WORDS.contains(w) || Lexicon.ORG_NOUNS.contains(w)
                        || m == k + 1 && doc.is(k, "the") && Lexicon.PARTY_NOUNS.contains(w)) {
                    head = m;
                }
                if (Lexicon.ANONYMOUS_NOUNS.contains(w) && doc.isPunct(m + 1, ",") && doc.is(m + 2, "who")) {
                    head = m; // "said the people, who asked not to be identified"
                    break;
                }
                if (Lexicon.ANONYMOUS_NOUNS.contains(w) && anonymityModifier(m + 1)) {
                    return new SpeakerPhrase(from, modifierEnd(m + 1, limit), SpeakerPhrase.Kind.ROLE);
                }
                if (Lexicon.SPEECH_VERBS.contains(w)) {
                    break;
                }
            }
            if (head < 0) {
                return null;
            }
            int to = head + 1;
            if ((doc.is(to, "for") || doc.is(to, "at")) && to + 1 < limit) {
                SpeakerPhrase of = forward(to + 1, limit);
                if (of != null && of.kind() != SpeakerPhrase.Kind.PRONOUN) {
                    to = of.to();
                }
            }
            return new SpeakerPhrase(from, to, SpeakerPhrase.Kind.ROLE);
        }
        int end = NameRuns.end(doc, k, limit);
        if (end == k) {
            return null;
        }
        if (doc.is(end, "of") && Lexicon.ROLE_WORDS.contains(doc.bare(end - 1)) && NameRuns.isNameWord(doc, end + 1)) {
            SpeakerPhrase office = afterOffice(end + 1, limit);
            if (office != null) {
                return office;
            }
        }
        int m = end;
        while (m < limit && m < end + 6 && doc.isWord(m) && !doc.get(m).isCapitalized()) {
            m++;
        }
        for (int n = m; n > end; n--) {
            if (Lexicon.ROLE_WORDS.contains(doc.bare(n - 1)) && NameRuns.canStart(doc, n)) {
                // "Rovers manager Graham Tolley", "Snopes fact checker and staff writer David Emery"
                return forward(n, limit);
            }
        }
        if (end < limit && lowerWord(end) && Lexicon.ORG_VOICES.contains(doc.bare(end))) {
            return new SpeakerPhrase(k, end + 1, SpeakerPhrase.Kind.ROLE); // "Corvin Labs officials"
        }
        int core = afterRoles(NameRuns.afterTitles(doc, k, end), end);
        if (doc.get(Math.min(end, doc.size() - 1)).kind() == TokenKind.POSSESSIVE && end < limit) {
            SpeakerPhrase owned = roleAfter(core, end + 1, limit);
            if (owned != null) {
                return owned;
            }
        }
        return new SpeakerPhrase(core, end, SpeakerPhrase.Kind.NAME);
    }

    /**
     * A bare lower-case description: up to three modifiers and role words, then a name ("says study
     * author Jane Doe", "said senior market analyst Tom Brell") or nothing more ("officials said",
     * "officials at Corvin Labs said", the organisation after for / at / from / with kept in the
     * phrase). Null when {@code i} opens no such phrase.
     */
    private SpeakerPhrase described(int i, int limit) {
        int k = i;
        while (k < limit && k < i + 3 && lowerWord(k) && !Lexicon.ROLE_WORDS.contains(doc.bare(k))
                && !DESCRIPTION_STOPS.contains(doc.bare(k)) && !Lexicon.SPEECH_VERBS.contains(doc.bare(k))
                && !doc.bare(k).endsWith("ly")) {
            k++;
        }
        int head = -1;
        while (k < limit && lowerWord(k) && Lexicon.ROLE_WORDS.contains(doc.bare(k))) {
            head = k++;
        }
        if (head < 0) {
            return null;
        }
        if (NameRuns.canStart(doc, k)) {
            SpeakerPhrase named = forward(k, limit);
            return named != null && named.kind() == SpeakerPhrase.Kind.NAME ? named : null;
        }
        int to = head + 1;
        if (OWNER_PREPOSITIONS.contains(doc.bare(to)) && to + 1 < limit && NameRuns.canStart(doc, to + 1)) {
            SpeakerPhrase of = forward(to + 1, limit);
            if (of != null && of.kind() == SpeakerPhrase.Kind.NAME) {
                to = of.to();
            }
        }
        return new SpeakerPhrase(i, to, SpeakerPhrase.Kind.ROLE);
    }

    private boolean lowerWord(int k) {
        return doc.isWord(k) && !doc.get(k).isCapitalized() && !quoted[k];
    }

    /**
     * The name after an office named with "of", from the office's first word: "(Secretary of) State
     * Brad Raffensperger" gives "Brad Raffensperger" — the last two words, three with a middle
     * initial. Null when fewer than two words follow.
     */
    private SpeakerPhrase afterOffice(int i, int limit) {
        int e = i;
        while (e < limit && NameRuns.isNameWord(doc, e) && doc.get(e).kind() == TokenKind.WORD) {
            e++;
        }
        if (e - i < 2) {
            return null;
        }
        int from = e - 2;
        if (from - 1 > i && doc.word(from).length() <= 2 && doc.word(from).endsWith(".")) {
            from--; // "Antony J. Blinken"
        }
        return new SpeakerPhrase(from, e, SpeakerPhrase.Kind.NAME);
    }

    /** Past a title inside a capitalised run: "Facebook CEO Mark Zuckerberg" gives "Mark Zuckerberg". */
    private int afterRoles(int core, int end) {
        for (int q = end - 2; q >= core; q--) {
            if (Lexicon.ROLE_WORDS.contains(doc.bare(q)) && NameRuns.canStart(doc, q + 1)
                    && !NameRuns.isOrganisation(doc, q + 1, end)) {
                return q + 1;
            }
        }
        return core;
    }

    /** "Brightwave’s chief executive": a role owned by a name. */
    private SpeakerPhrase roleAfter(int from, int i, int limit) {
        int head = -1;
        for (int m = i; m < limit && m < i + 4 && doc.isWord(m); m++) {
            if (Lexicon.ROLE_WORDS.contains(doc.bare(m))) {
                head = m;
            }
        }
        return head < 0 ? null : new SpeakerPhrase(from, head + 1, SpeakerPhrase.Kind.ROLE);
    }

    /** Words before a gerund that make it an adjunct of the main clause ("by calling", "after saying"). */
    /** Possessive pronouns and the subject pronoun each stands for ("his claim" is what he claims). */
    static final Map<String, String> POSSESSIVE_SUBJECTS = Map.of("his", "he", "her", "she",
            "their", "they");
    /**
     * Prepositions that make a "her" not right before the cue an object, not an owner ("the groups
     * who wrote to her on Thursday say"; but "about her claim that" is hers).
     */
    private static final Set<String> OBJECT_MARKERS = Set.of("to", "with", "for", "at", "from", "by", "about");
    private static final Set<String> MEANS_OR_TIME = Set.of("by", "after", "before", "while", "when", "in");

    /**
     * The subject of the verb at {@code verb}: the phrase right before it, or, past an appositive
     * or a coordinated verb, the sentence's subject.
     */
    private static final Set<String> CARRY_ON = Set.of("continued", "continues", "continue", "proceeded");
    private static final Set<String> GO = Set.of("went", "goes", "go", "going");

    SpeakerPhrase subjectOf(int verb) {
        int from = doc.sentenceFrom(verb);
        int j = verb - 1;
        if (j - 1 > from && doc.is(j, "to") && Lexicon.EXPECTATION.contains(doc.bare(j - 1))) {
            j -= 2; // "The minister is expected to say"
            j -= doc.is(j, "are") ? 1 : 0;
        } else if (j - 1 > from && doc.is(j, "to") && CARRY_ON.contains(doc.bare(j - 1))) {
            j -= 2; // "She continued to insist"
        } else if (j - 2 > from && doc.is(j, "to") && doc.is(j - 1, "on") && GO.contains(doc.bare(j - 2))) {
            j -= 3; // "She went on to say"
        }
        while (j >= from && !quoted[j] && (AUXILIARIES.contains(doc.bare(j))
                || doc.bare(j).endsWith("ly") && doc.bare(j).length() > 4 && doc.isWord(j) && !doc.get(j).isCapitalized()
                || timeBefore(j, from) < j)) {
            // "Netanyahu strongly warned", "Ryan on Thursday declared": a time word is never the subject
            j = Math.min(j - 1, timeBefore(j, from));
        }
        if (j > from && doc.isPunct(j, ")")) {
            // "House Speaker Paul Ryan (R-Wis.) has pointed out": the subject stands before the aside
            int open = j - 1;
            while (open > from && !doc.isPunct(open, "(") && !doc.isPunct(open, ")")) {
                open--;
            }
            if (doc.isPunct(open, "(") && open - 1 >= from && NameRuns.isNameWord(doc, open - 1) && !quoted[open - 1]) {
                j = open - 1;
            }
        }
        if (j > from && doc.isQuote(j) && doc.isPunct(j - 1, ",") && doc.bare(verb).endsWith("ing")) {
            // "hailed the vote as “fantastic,” telling reporters …": the sentence's subject tells
            return sentenceSubject(from, verb);
        }
        if (j < from || quoted[j] || doc.isQuote(j)) {
            return null;
        }
        String b = doc.bare(j);
        if (b.equals("that") && j > from) {
            SpeakerPhrase sender = senderBefore(j, from);
            if (sender != null) {
                return sender; // "a text from her husband, Joe Hannouch that said"
            }
        }
        if (b.equals("who") || b.equals("which")) {
            if (j - 2 >= from && doc.isPunct(j - 1, ",") && !quoted[j - 2]) {
                SpeakerPhrase antecedent = subjectOf(j - 1); // "the source, who said …"
                if (antecedent != null && antecedent.kind() == SpeakerPhrase.Kind.ROLE && antecedent.to() == j - 1) {
                    return antecedent;
                }
            }
            if (j - 1 >= from && doc.isWord(j - 1) && !doc.get(j - 1).isCapitalized() && !quoted[j - 1]
                    && Lexicon.ROLE_WORDS.contains(doc.bare(j - 1))) {
                SpeakerPhrase antecedent = subjectOf(j); // "a retired general who suggested …": the general
                if (antecedent != null && antecedent.kind() == SpeakerPhrase.Kind.ROLE && antecedent.to() == j) {
                    return antecedent;
                }
            }
            return new SpeakerPhrase(j, j + 1, SpeakerPhrase.Kind.RELATIVE);
        }
        if (Lexicon.SUBJECT_PRONOUNS.contains(b) && !b.equals("i")) {
            return new SpeakerPhrase(j, j + 1, SpeakerPhrase.Kind.PRONOUN);
        }
        SpeakerPhrase antecedent = restrictiveRelativeSubject(j, from);
        if (antecedent != null) {
            return antecedent;
        }
        if (POSSESSIVE_SUBJECTS.containsKey(b) && (j + 1 == verb || !OBJECT_MARKERS.contains(doc.bare(j - 1)))) {
            // a possessive before the cue makes it a noun whose owner speaks: "her claim that …"
            return new SpeakerPhrase(j, j + 1, SpeakerPhrase.Kind.PRONOUN);
        }
        if (doc.bare(verb).endsWith("ing") && NameRuns.isNameWord(doc, j)) {
            int k = j;
            while (k > from && NameRuns.isNameWord(doc, k - 1)) {
                k--;
            }
            if (k > from && Set.of("to", "on", "in", "at", "with", "from").contains(doc.bare(k - 1))) {
                return sentenceSubject(from, verb); // "Emery posted to Twitter asking": Twitter is no subject
            }
        }
        if (doc.bare(verb).endsWith("ing") && MEANS_OR_TIME.contains(b) && j > from) {
            // "Trump responded by calling him “dopey”": the responder calls; in a relative clause
            // ("Likud, which tried to rally voters by saying …") the relative's antecedent does
            for (int k = j - 1; k > from; k--) {
                if ((doc.is(k, "which") || doc.is(k, "who")) && doc.isPunct(k - 1, ",") && !quoted[k]) {
                    return new SpeakerPhrase(k, k + 1, SpeakerPhrase.Kind.RELATIVE);
                }
            }
            return sentenceSubject(from, verb);
        }
        if (doc.bare(verb).endsWith("ing") && Lexicon.SPEECH_NOUNS.contains(b) && j > from) {
            return sentenceSubject(from, verb); // "Trump and Ryan issued a statement describing …": the issuers speak
        }
        if (doc.isPunct(j, ",") || doc.isPunct(j, ")") || b.equals("and") || b.equals("but")) {
            SpeakerPhrase subject = sentenceSubject(from, verb);
            return subject != null || !doc.isPunct(j, ",") ? subject : relativeAntecedent(j, from);
        }
        SpeakerPhrase unnamed = anonymousEndingAt(j, from);
        if (unnamed != null) {
            return unnamed;
        }
        if (Lexicon.PARTY_NOUNS.contains(b) && doc.is(j - 1, "the") && j - 1 >= from) {
            return new SpeakerPhrase(j - 1, j + 1, SpeakerPhrase.Kind.ROLE); // "the Democrat said"
        }
        if (doc.isWord(j) && (Lexicon.ROLE_WORDS.contains(b) || Lexicon.isOrgNoun(b))
                && !doc.get(j).isCapitalized()) {
            int k = j;
            while (k > from && k > j - 5 && !DETERMINERS.contains(doc.bare(k))
                    && (doc.isWord(k - 1) || doc.get(k - 1).kind() == TokenKind.POSSESSIVE)) {
                k--;
            }
            if (doc.get(k).kind() == TokenKind.POSSESSIVE) {
                k++;
            }
            if ((doc.is(k, "but") || doc.is(k, "and") || doc.is(k, "yet")) && k < j) {
                k++; // "But indigenous elders say"
            }
            if ((doc.is(k - 1, "for") || doc.is(k - 1, "at")) && k - 2 >= from) {
                SpeakerPhrase before = backwardRole(k - 2, from);
                if (before != null) {
                    return new SpeakerPhrase(before.from(), j + 1, SpeakerPhrase.Kind.ROLE);
                }
            }
            return new SpeakerPhrase(k, j + 1, SpeakerPhrase.Kind.ROLE);
        }
        if (NameRuns.isNameWord(doc, j)) {
            int k = j;
            while (k > from && (NameRuns.isNameWord(doc, k - 1) || doc.word(k - 1).equals("&")
                    || (doc.is(k - 1, "of") || doc.is(k - 1, "for")) && NameRuns.isNameWord(doc, k - 2))) {
                k--;
            }
            while (k < j && !NameRuns.canStart(doc, k) && !Lexicon.ROLE_WORDS.contains(doc.bare(k))) {
                k++;
            }
            int prep = doc.is(k - 1, "the") && !doc.get(k - 1).isCapitalized() ? k - 2 : k - 1;
            if ((doc.is(prep, "for") || doc.is(prep, "at")) && prep - 1 >= from) {
                SpeakerPhrase voice = backwardRole(prep - 1, from);
                if (voice != null && Lexicon.ORG_VOICES.contains(doc.bare(prep - 1))) {
                    // "a spokeswoman for Tai said", "a spokesman for the Harbor Police said": the role
                    // speaks for Tai, and "the spokeswoman" later is Tai's
                    return new SpeakerPhrase(voice.from(), j + 1, SpeakerPhrase.Kind.ROLE);
                }
            }
            int core = afterRoles(NameRuns.afterTitles(doc, k, j + 1), j + 1);
            if (doc.is(core, "of") && core + 1 <= j) {
                SpeakerPhrase office = afterOffice(core + 1, j + 1); // "Secretary of Homeland Security Alejandro Mayorkas"
                if (office != null) {
                    return office;
                }
            }
            // "Pieter Vos of Windlass Energy has called": the person before "of"
            for (int m = core + 1; m < j; m++) {
                // "Senator Mitch McConnell of Kentucky called": a person's name of two words and more, then a place
                if ((doc.is(m, "of") || doc.is(m, "for")) && !NameRuns.isOrganisation(doc, core, m)
                        && (NameRuns.isOrganisation(doc, m + 1, j + 1) || doc.is(m, "of") && m - core >= 2)) {
                    return new SpeakerPhrase(core, m, SpeakerPhrase.Kind.NAME);
                }
            }
            return new SpeakerPhrase(core, j + 1, SpeakerPhrase.Kind.NAME);
        }
        SpeakerPhrase postmodified = roleWithComplement(from, j);
        if (postmodified != null) {
            return postmodified;
        }
        SpeakerPhrase described = describedSubject(from, verb);
        SpeakerPhrase subject = described != null ? described : pluralSubject(from, j, verb);
        if (subject == null && doc.bare(verb).endsWith("ing") && j > from && doc.isWord(j) && !doc.get(j).isCapitalized()) {
            // "Sanders opened the debate saying …": a participle after the object is the subject's act
            return sentenceSubject(from, verb);
        }
        return subject;
    }

    private static final Set<String> DASHES = Set.of("—", "–", "-", "--");

    /**
     * The first token after a news dateline opening a paragraph at {@code from} ("WASHINGTON —",
     * "New York (AFP) –", "LA CROSSE, Wis. —"): up to three capitalised words, an optional state or
     * country after a comma or agency in parentheses, then a dash. A dateline names where the story was filed, never who speaks. {@code from} when none.
     */
    int afterDateline(int from, int limit) {
        if (from != doc.paragraphFrom(from)) {
            return from;
        }
        int k = from;
        while (k < limit && k < from + 3 && doc.isWord(k) && doc.get(k).isCapitalized()) {
            k++;
        }
        if (k == from) {
            return from;
        }
        boolean caps = true;
        for (int m = from; m < k; m++) {
            caps &= doc.get(m).isAllCaps();
        }
        if (caps && k + 2 < limit && doc.isPunct(k, ",")) {
            // the state or country after the town: "LA CROSSE, Wis. —", "PARIS, France —"
            int state = k + 1;
            while (state < limit && state < k + 3 && doc.isWord(state) && doc.get(state).isCapitalized()) {
                state++;
            }
            if (state < limit && doc.isPunct(state, ".")) {
                state++;
            }
            if (state > k + 1 && state < limit && DASHES.contains(doc.word(state))) {
                return state + 1;
            }
        }
        if (k < limit && doc.isPunct(k, "(")) {
            int close = k + 1;
            while (close < limit && close < k + 4 && !doc.isPunct(close, ")")) {
                close++;
            }
            if (close >= limit || !doc.isPunct(close, ")")) {
                return from;
            }
            k = close + 1;
            caps = true; // "Washington (AFP)": the agency makes it a dateline
        }
        return caps && k < limit && DASHES.contains(doc.word(k)) ? k + 1 : from;
    }

    /** Days and times of day that date a statement, never say it. */
    private static final Set<String> DAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow");
    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");
    /** Words that lead a day word: "on Thursday", "late Friday", "earlier Monday". */
    private static final Set<String> DAY_LEADS = Set.of("on", "late", "early", "later", "earlier", "last", "this",
            "next");

    /**
     * The token before a time expression ending at {@code j} ("on Thursday", "late Friday
     * evening", "yesterday"), or {@code j} itself when none ends there.
     */
    private int timeBefore(int j, int from) {
        int k = j;
        if (k > from && DAY_PARTS.contains(doc.bare(k)) && DAY_WORDS.contains(doc.bare(k - 1))) {
            k--; // "Thursday evening"
        }
        if (k < from || quoted[k] || !DAY_WORDS.contains(doc.bare(k))) {
            return j;
        }
        k--;
        while (k >= from && !quoted[k] && DAY_LEADS.contains(doc.bare(k))) {
            k--;
        }
        return k;
    }

    /**
     * A role opening the sentence with a complement after "for" or "of" ending right before the
     * verb: "The Republican presidential nominee for the Nov. 8 election later said" gives the
     * role before "for". Null otherwise.
     */
    private SpeakerPhrase roleWithComplement(int from, int j) {
        for (int m = j - 1; m > from && m >= j - 6; m--) {
            if (quoted[m] || doc.isPunct(m, ",")) {
                return null;
            }
            if ((doc.is(m, "for") || doc.is(m, "of")) && doc.isWord(m - 1) && !doc.get(m - 1).isCapitalized()
                    && Lexicon.ROLE_WORDS.contains(doc.bare(m - 1))) {
                SpeakerPhrase role = backwardRole(m - 1, from);
                return role != null && role.from() - from <= 1 ? new SpeakerPhrase(role.from(), m,
                        SpeakerPhrase.Kind.ROLE) : null;
            }
        }
        return null;
    }

    /**
     * A sentence opening with a plural noun phrase of up to three words before a verb that takes
     * "that": "Deficit hawks have warned for years that …". Null otherwise, and for verbs that
     * relay a report ("news agencies reported that …").
     */
    private SpeakerPhrase pluralSubject(int from, int j, int verb) {
        String b = doc.bare(j);
        String v = doc.bare(verb);
        if (v.startsWith("report") || v.startsWith("estimat") || v.startsWith("reveal") || v.startsWith("disclos")) {
            return null; // "Russian news agencies reported that …" relay what someone else said
        }
        if (j - from > 2 || b.length() < 4 || !b.endsWith("s") || b.endsWith("ss") || b.endsWith("us")
                || !lowerWord(j) || DESCRIPTION_STOPS.contains(b)) {
            return null;
        }
        for (int k = from; k < j; k++) {
            if (!doc.isWord(k) || quoted[k] || DESCRIPTION_STOPS.contains(doc.bare(k)) && k > from) {
                return null;
            }
        }
        for (int k = verb + 1; k < verb + 5 && k < doc.size() && doc.isWord(k) && !quoted[k]; k++) {
            if (doc.is(k, "that")) {
                return new SpeakerPhrase(doc.is(from, "the") ? from + 1 : from, j + 1, SpeakerPhrase.Kind.ROLE);
            }
        }
        return null;
    }

    /**
     * The phrase a relative clause ending at the comma {@code comma} describes: "the source, who
     * said he had spoken to people inside, (told)" and "Sherrif Payne, who deemed the cause …,
     * (told)" give the role or name before ", who". Null when no ", who" opens the clause.
     */
    private SpeakerPhrase relativeAntecedent(int comma, int from) {
        for (int w = comma - 2; w > from + 1 && w > comma - 30; w--) {
            if (quoted[w] || doc.isQuote(w)) {
                return null;
            }
            if (doc.is(w, "who") && doc.isPunct(w - 1, ",")) {
                SpeakerPhrase antecedent = subjectOf(w - 1);
                return antecedent != null && antecedent.to() == w - 1
                        && (antecedent.kind() == SpeakerPhrase.Kind.NAME || antecedent.kind() == SpeakerPhrase.Kind.ROLE)
                        ? antecedent : null;
            }
        }
        return null;
    }

    /**
     * The sender of a message that speaks: "a statement from the White House that said" gives
     * "White House" — the name ending at {@code that - 1}, after "from" and a speech noun
     * ({@code statement}, {@code text}, {@code letter}) at most eight words before. Null otherwise.
     */
    private SpeakerPhrase senderBefore(int that, int from) {
        int end = that;
        int k = end - 1;
        while (k > from && NameRuns.isNameWord(doc, k - 1)) {
            k--;
        }
        if (k >= end || !NameRuns.isNameWord(doc, k)) {
            return null;
        }
        for (int m = k - 1; m > from && m >= k - 8; m--) {
            if (quoted[m]) {
                return null;
            }
            if (doc.is(m, "from") && Lexicon.SPEECH_NOUNS.contains(doc.bare(m - 1))) {
                return new SpeakerPhrase(NameRuns.afterTitles(doc, k, end), end, SpeakerPhrase.Kind.NAME);
            }
        }
        return null;
    }

    /**
     * A sentence that opens with a role described by what follows it: "The mother of a woman who
     * took the pills has described …" gives "The mother". Null otherwise.
     */
    private SpeakerPhrase describedSubject(int from, int verb) {
        int head = from + 1;
        if (!doc.is(from, "the") || verb - from > 16 || head >= verb || !doc.isWord(head) || doc.get(head).isCapitalized()
                || !Lexicon.ROLE_WORDS.contains(doc.bare(head)) || !(doc.is(head + 1, "of") || doc.is(head + 1, "who"))) {
            return null;
        }
        for (int k = head + 1; k < verb; k++) {
            if (quoted[k] || doc.isQuote(k) || doc.isPunct(k, ",") || doc.isPunct(k, ";")) {
                return null;
            }
        }
        return new SpeakerPhrase(from, head + 1, SpeakerPhrase.Kind.ROLE);
    }

    /** Whether a modifier marking an unnamed source opens at {@code i}: "familiar with", "close to". */
    private boolean anonymityModifier(int i) {
        String next = Lexicon.ANONYMITY_MODIFIERS.get(doc.bare(i));
        return next != null && doc.is(i + 1, next) && !quoted[i];
    }

    /** The end of the modifier opening at {@code i}: the words up to a comma, a verb or the limit, at most eight. */
    private int modifierEnd(int i, int limit) {
        int m = i + 2;
        while (m < limit && m < i + 8 && doc.isWord(m) && !quoted[m] && !isVerb(m, Lexicon.SPEECH_VERBS)
                && !AUXILIARIES.contains(doc.bare(m)) && !doc.is(m, "who")) {
            m++;
        }
        return m;
    }

    /**
     * An unnamed source ending at {@code j}, before its verb: "two people familiar with the
     * matter (said)", "a source close to the minister (told)". Null when there is none.
     */
    private SpeakerPhrase anonymousEndingAt(int j, int from) {
        for (int m = j - 1; m > from && m >= j - 8; m--) {
            if (!doc.isWord(m) || quoted[m]) {
                return null;
            }
            if (Lexicon.ANONYMOUS_NOUNS.contains(doc.bare(m - 1)) && anonymityModifier(m) && modifierEnd(m, j + 1) == j + 1) {
                int k = m - 1;
                while (k > from && k > m - 5 && doc.isWord(k - 1) && !doc.get(k - 1).isCapitalized()
                        && !DETERMINERS.contains(doc.bare(k))) {
                    k--;
                }
                return new SpeakerPhrase(k, j + 1, SpeakerPhrase.Kind.ROLE);
            }
        }
        return null;
    }

    /** Whether {@code sp} names an unnamed source by a modifier: "a person familiar with the talks". */
    boolean anonymous(SpeakerPhrase sp) {
        for (int m = sp.from() + 1; m < sp.to(); m++) {
            if (Lexicon.ANONYMOUS_NOUNS.contains(doc.bare(m - 1)) && anonymityModifier(m)) {
                return true;
            }
        }
        return false;
    }

    private SpeakerPhrase backwardRole(int j, int from) {
        if (!doc.isWord(j) || !Lexicon.ROLE_WORDS.contains(doc.bare(j))) {
            return null;
        }
        int k = j;
        while (k > from && k > j - 4 && !DETERMINERS.contains(doc.bare(k)) && doc.isWord(k - 1)) {
            k--;
        }
        return new SpeakerPhrase(k, j + 1, SpeakerPhrase.Kind.ROLE);
    }

    /**
     * The subject of a sentence whose verb follows an appositive or a coordination: past any
     * introductory phrase ("In Harlan Springs, where …, Mayor X said"), the first noun phrase,
     * or the name in apposition to a role ("The company’s chief financial officer, Devendra Rao,").
     */
    /** Prepositions after a past participle that opens a sentence: "Alarmed by the unrest, …", "Pressed on taxes, …". */
    private static final Set<String> PARTICIPLE_OBJECTS = Set.of("by", "about", "on", "over", "at", "with", "for",
            "in", "from", "after");

    /**
     * The subject of a verb after a restrictive relative clause that ends at {@code j}: in
     * {@code The groups who wrote to her on Thursday say} the groups say. The clause opens with
     * who (a "that" there is as often the report's own conjunction) and its own verb (a lower-case word) right after the subject, which opens the
     * sentence (or follows a comma). Null otherwise.
     */
    private SpeakerPhrase restrictiveRelativeSubject(int j, int from) {
        for (int k = j; k > from; k--) {
            if (quoted[k] || doc.isQuote(k) || doc.isPunct(k, ",") || doc.get(k).kind() == TokenKind.PUNCTUATION) {
                return null;
            }
            if (doc.is(k, "who") && k + 1 <= j && doc.isWord(k + 1)
                    && !doc.get(k + 1).isCapitalized() && !DETERMINERS.contains(doc.bare(k + 1))) {
                SpeakerPhrase head = subjectOf(k);
                return head != null && head.to() == k && head.kind() != SpeakerPhrase.Kind.PRONOUN
                        && (head.from() == from || doc.isPunct(head.from() - 1, ",")) ? head : null;
            }
        }
        return null;
    }

    SpeakerPhrase sentenceSubject(int from, int verb) {
        int start = afterDateline(from, verb);
        while (start < verb && opensPhrase(start)) {
            int comma = -1;
            for (int k = start + 1; k < verb; k++) {
                if (doc.isPunct(k, ",")) {
                    comma = k;
                    break;
                }
            }
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        int segEnd = segmentEnd(start, verb);
        SpeakerPhrase head = forward(start, segEnd);
        if (head == null) {
            for (int k = start; k < segEnd; k++) {
                if (NameRuns.canStart(doc, k) && (doc.is(k - 1, "from") || doc.is(k - 1, "of") || doc.is(k - 1, "at"))) {
                    SpeakerPhrase org = forward(k, segEnd);
                    if (org != null && NameRuns.isOrganisation(doc, org.from(), org.to())) {
                        return org; // "Engineers from Pell & Harrow Associates"
                    }
                }
            }
            return null;
        }
        SpeakerPhrase group = capitalisedGroup(head, segEnd);
        if (group != null) {
            return group;
        }
        if (head.kind() == SpeakerPhrase.Kind.NAME && NameRuns.isNameWord(doc, head.from())
                && head.to() - head.from() == 1 && segEnd - start > 2 && !doc.isPunct(head.to(), ",")) {
            for (int k = head.to(); k < segEnd; k++) {
                if (NameRuns.canStart(doc, k) && (doc.is(k - 1, "from") || doc.is(k - 1, "of") || doc.is(k - 1, "at"))) {
                    SpeakerPhrase org = forward(k, segEnd);
                    if (org != null && NameRuns.isOrganisation(doc, org.from(), org.to())) {
                        return org;
                    }
                }
            }
        }
        if (head.kind() == SpeakerPhrase.Kind.ROLE && doc.isPunct(segEnd, ",") && segEnd + 1 < verb) {
            SpeakerPhrase apposed = forward(segEnd + 1, segmentEnd(segEnd + 1, verb));
            if (apposed != null && apposed.kind() == SpeakerPhrase.Kind.NAME && !partyState(apposed.from())) {
                return apposed;
            }
        }
        return head;
    }

    /**
     * A one-word capitalised opener before lower-case words that end in a role noun, up to the end
     * of the segment: "Cyber security experts and U.S. officials, however, said" is the group, not
     * "Cyber". Null when no role noun follows or a word other than a noun phrase's stands between.
     */
    private SpeakerPhrase capitalisedGroup(SpeakerPhrase head, int segEnd) {
        if (head.kind() != SpeakerPhrase.Kind.NAME || head.to() - head.from() != 1 || !lowerWord(head.to())) {
            return null;
        }
        int lastRole = -1;
        for (int k = head.to(); k < segEnd; k++) {
            if (quoted[k] || !doc.isWord(k) || AUXILIARIES.contains(doc.bare(k))) {
                return null;
            }
            if (Lexicon.ROLE_WORDS.contains(doc.bare(k)) && !doc.get(k).isCapitalized()) {
                lastRole = k;
            }
        }
        return lastRole == segEnd - 1 ? new SpeakerPhrase(head.from(), segEnd, SpeakerPhrase.Kind.ROLE) : null;
    }

    /** A US party-and-state tag after a name: {@code D-N.Y.}, {@code R-Ky.}, {@code I-Vt.}. */
    boolean partyState(int i) {
        String w = doc.word(i);
        return w.length() >= 3 && "DRI".indexOf(w.charAt(0)) >= 0 && w.charAt(1) == '-'
                && Character.isUpperCase(w.charAt(2));
    }

    private boolean opensPhrase(int i) {
        String b = doc.bare(i);
        return Lexicon.PHRASE_OPENERS.contains(b) || b.endsWith("ing") && b.length() > 5
                || b.endsWith("ed") && b.length() > 4 && PARTICIPLE_OBJECTS.contains(doc.bare(i + 1));
    }

    private int segmentEnd(int start, int limit) {
        int depth = 0;
        for (int k = start; k < limit; k++) {
            if (doc.isPunct(k, "(")) {
                depth++;
            } else if (doc.isPunct(k, ")")) {
                depth--;
            } else if (depth <= 0 && doc.isPunct(k, ",")) {
                return k;
            }
        }
        return limit;
    }

    /** The speaker after a dash: "—Commissioner Jane Doe, on …". */
    SpeakerPhrase afterDash(int i, int limit) {
        return forward(i, limit);
    }
}
