package io.github.lede.extractor.quotes;

import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Gender;
import io.github.lede.model.Mention;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The people and organisations of one article and where the text names them, used to resolve a
 * speaker phrase — a name, a pronoun, a role — to one of them.
 *
 * <p>Built from the article's entities when the entity annotator ran, and always from the
 * capitalised name runs of the text itself, which supply roles ({@code Police Chief Desmond
 * Achterberg}, {@code Her daughter, Monique Arceneaux-Hale,}) and, without entities, the people
 * themselves. Pronouns resolve to the nearest earlier compatible mention outside quotes that is
 * not an addressee ({@code Gantz told Blinken. He added …} is Gantz); mentions added as speakers
 * are resolved take part, so a "he" chain follows its speaker.
 */
final class Referents {

    /** One place the text names a referent. */
    record Seen(int token, Referent ref, boolean inQuote, boolean addressee, boolean speaker) {
        Seen(int token, Referent ref, boolean inQuote, boolean addressee) {
            this(token, ref, inQuote, addressee, false);
        }
    }

    private static final String STAGE = "quote annotation";
    private static final int MAX_PARAGRAPHS_BACK = 6;
    /** How many sentences opened by the same he/she a main-clause subject is looked for across. */
    private static final int MAX_PRONOUN_HOPS = 3;
    /** How many tokens an adverbial fronted before a he/she may take ("In the meantime,"). */
    private static final int MAX_FRONTED = 5;
    /** How many paragraphs back "the company" and its like look for the organisation they mean. */
    private static final int MAX_KIND_PARAGRAPHS = 2;
    /** Last words of a news outlet's name. */
    private static final Set<String> MEDIA_NAME_WORDS = Set.of("news", "times", "post", "journal", "press",
            "tv", "radio", "television", "gazette", "herald", "tribune", "register", "telegraph", "guardian");
    /** Kinds of organisation that are news outlets, so may stand for one ("the newspaper said"). */
    private static final Set<String> MEDIA_NOUNS = Set.of("newspaper", "paper", "outlet", "network",
            "broadcaster", "channel", "station", "magazine", "publication", "website");

    private final ArticleTokens doc;
    private final boolean[] quoted;
    private final List<Referent> all = new ArrayList<>();
    private final List<Seen> seen = new ArrayList<>();

    Referents(ArticleTokens doc, List<Entity> entities, boolean[] quoted, AnalysisContext context) {
        this.doc = doc;
        this.quoted = quoted;
        for (Entity e : entities) {
            if (e.type().equals(EntityType.PERSON) || e.type().equals(EntityType.ORGANIZATION)) {
                Referent r = new Referent(e.name(), e.type(), e);
                all.add(r);
                for (Mention m : e.mentions()) {
                    int t = doc.tokenAt(m.start());
                    if (t < doc.size()) {
                        addSeen(new Seen(t, r, quoted[t], isAnswer(t)));
                    }
                }
            }
        }
        scanNames(context);
        voteGender();
    }

    List<Referent> all() {
        return all;
    }

    /** Reads every name run of the text, learning forms and roles, and creating referents without entities. */
    private void scanNames(AnalysisContext context) {
        int n = doc.size();
        for (int i = 0; i < n; i++) {
            if ((i & 255) == 0) {
                context.checkDeadline(STAGE);
            }
            int end = NameRuns.end(doc, i, doc.sentenceTo(i));
            if (end == i) {
                continue;
            }
            int core = NameRuns.afterTitles(doc, i, end);
            Referent probe = new Referent("probe", null, null);
            learnRoles(probe, i, core, end);
            boolean roled = probe.roles.stream().anyMatch(Lexicon.ROLE_WORDS::contains);
            Referent r = lookupOrCreate(core, end, core > i || roled);
            if (r != null) {
                learnRoles(r, i, core, end);
                if (!hasSeenAt(core, r)) {
                    addSeen(new Seen(core, r, quoted[core], isAddressee(i)));
                }
            }
            i = end - 1;
        }
    }

    private boolean hasSeenAt(int token, Referent r) {
        for (Seen s : seen) {
            if (s.token == token && s.ref == r) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name at {@code i} is what a pronoun subject said rather than the speaker ("Asked
     * who leads the party, he said Ryan"): a speech verb whose subject already stands before it is
     * not inverted onto the name after it.
     */
    private boolean isAnswer(int i) {
        return i >= doc.sentenceFrom(i) + 2 && Lexicon.SPEECH_VERBS.contains(doc.bare(i - 1)) && !quoted[i - 1]
                && Lexicon.SUBJECT_PRONOUNS.contains(doc.bare(i - 2));
    }

    /** Whether the name at {@code i} is the object of "told" and its like ("Gantz told Blinken"), or an answer. */
    private boolean isAddressee(int i) {
        if (isAnswer(i)) {
            return true;
        }
        int from = doc.sentenceFrom(i);
        for (int k = i - 1; k >= from && k >= i - 12; k--) {
            if (Lexicon.ADDRESSEE_VERBS.contains(doc.bare(k)) && !quoted[k]) {
                for (int m = k + 1; m < i; m++) {
                    if (doc.is(m, "that") || doc.isQuote(m)) {
                        return false;
                    }
                }
                return true;
            }
            if (doc.is(k, "that") || doc.isPunct(k, ".") || doc.isQuote(k)) {
                return false;
            }
        }
        return false;
    }

    /** The referent named by the run {@code [from, to)} (titles already stripped), or null. */
    Referent lookup(int from, int to) {
        if (from >= to) {
            return null;
        }
        String full = Lexicon.lower(doc.text.substring(doc.get(from).start(), doc.get(to - 1).end()));
        Referent best = null;
        for (Referent r : all) {
            if (r.forms.contains(full)) {
                return r;
            }
        }
        if (to - from == 1) {
            String w = Lexicon.bare(doc.word(from));
            for (Referent r : all) {
                if (r.isPerson() && (lastWord(r.name).equals(w) || firstWord(r.name).equals(w))) {
                    if (best == null || lastWord(r.name).equals(w) && !lastWord(best.name).equals(w)) {
                        best = r;
                    }
                } else if (best == null && r.isOrganisation() && firstWord(r.name).equals(w)
                        && r.name.indexOf(' ') > 0) {
                    best = r;
                }
            }
            return best;
        }
        String last = Lexicon.bare(doc.word(to - 1));
        for (Referent r : all) {
            if (r.isPerson() && r.forms.contains(last) && r.name.indexOf(' ') < 0) {
                return r; // "Bannerman" seen first, now "Lyle Bannerman"
            }
            if (r.isPerson() && lastWord(r.name).equals(last) && r.entity == null
                    && !NameRuns.isOrganisation(doc, from, to)) {
                return r; // "Delphine Marie Arceneaux" for "Delphine Arceneaux"
            }
        }
        return null;
    }

    private Referent lookupOrCreate(int from, int to, boolean titled) {
        Referent r = lookup(from, to);
        String text = doc.text.substring(doc.get(from).start(), doc.get(to - 1).end());
        boolean entityMode = all.stream().anyMatch(x -> x.entity != null);
        if (r != null) {
            if (r.entity == null && r.isPerson() && text.indexOf(' ') > 0 && r.name.indexOf(' ') < 0) {
                r.name = text;
            }
            r.addForm(text);
            return r;
        }
        if (entityMode && !NameRuns.isOrganisation(doc, from, to)) {
            return null;
        }
        if (to - from == 1 && from == doc.sentenceFrom(from) && Lexicon.ORG_NOUNS.contains(doc.bare(from))) {
            return null; // "Agency officials said": a common noun capitalised by the sentence, no name
        }
        EntityType type = NameRuns.isOrganisation(doc, from, to) ? EntityType.ORGANIZATION
                : titled || personEvidence(from, to) ? EntityType.PERSON : null;
        if (type == null) {
            return null;
        }
        r = new Referent(fullerName(from, to, text), type, null);
        r.addForm(text);
        all.add(r);
        return r;
    }

    /** For a surname ("Gantz"), an earlier fuller run ending with it ("Benny Gantz"). */
    private String fullerName(int from, int to, String text) {
        if (to - from != 1) {
            return text;
        }
        String w = doc.word(from);
        for (int k = 1; k < from; k++) {
            if (doc.word(k).equals(w) && NameRuns.canStart(doc, k - 1) && doc.isCapitalizedWord(k - 1)
                    && !Lexicon.ROLE_WORDS.contains(doc.bare(k - 1)) && !Lexicon.HONORIFICS.contains(doc.bare(k - 1))) {
                return doc.word(k - 1) + " " + w;
            }
        }
        return text;
    }

    /** Without entities: whether a run names a person (an age, an appositive role, a speech verb after it). */
    private boolean personEvidence(int from, int to) {
        if (to - from > 4) {
            return false;
        }
        int k = to;
        if (doc.isPunct(k, ",") && doc.get(Math.min(k + 1, doc.size() - 1)).kind() == io.github.lede.text.TokenKind.NUMBER) {
            return true;
        }
        if (k < doc.size() && (Lexicon.SPEECH_VERBS.contains(doc.bare(k)) || doc.is(k, "was") && doc.is(k + 1, "quoted"))) {
            return true;
        }
        if (doc.isPunct(k, ",")) {
            for (int m = k + 1; m < doc.sentenceTo(from) && m < k + 8 && !doc.isPunct(m, ","); m++) {
                if (Lexicon.ROLE_WORDS.contains(doc.bare(m))) {
                    return true;
                }
            }
        }
        if (from > 0 && Lexicon.ROLE_WORDS.contains(doc.bare(from - 1))) {
            return true;
        }
        return false;
    }

    /** Roles from the title before a name, a lower-case role word before it, or an appositive next to it. */
    private void learnRoles(Referent r, int runStart, int core, int end) {
        for (int k = runStart; k < core; k++) {
            r.roles.add(doc.bare(k));
        }
        for (int k = runStart - 1; k >= doc.sentenceFrom(runStart) && k >= runStart - 3; k--) {
            String b = doc.bare(k);
            if (doc.isWord(k) && !doc.get(k).isCapitalized() && Lexicon.ROLE_WORDS.contains(b)) {
                r.roles.add(b);
            } else {
                break;
            }
        }
        int sentenceEnd = doc.sentenceTo(runStart);
        // an appositive after the comma gives a role ("Tull, a spokesman for …"); a clause opened by a
        // preposition or "which" does not ("Yahoo News, in which the prince's purchases …")
        boolean appositive = end + 1 < doc.size()
                && (!Lexicon.PHRASE_OPENERS.contains(doc.bare(end + 1)) || doc.is(end + 1, "who"));
        if (doc.isPunct(end, ",") && appositive) {
            for (int m = end + 1; m < sentenceEnd && m < end + 8 && !doc.isPunct(m, ","); m++) {
                if (Lexicon.ROLE_WORDS.contains(doc.bare(m)) && !doc.get(m).isCapitalized()
                        || Lexicon.PARTY_NOUNS.contains(doc.bare(m))) {
                    r.roles.add(doc.bare(m));
                }
            }
        }
        if (doc.isPunct(runStart - 1, ",") && doc.isPunct(end, ",")) {
            for (int m = runStart - 2; m >= doc.sentenceFrom(runStart) && m > runStart - 8 && !doc.isPunct(m, ","); m--) {
                if (Lexicon.ROLE_WORDS.contains(doc.bare(m))) {
                    r.roles.add(doc.bare(m));
                }
            }
        }
    }

    /** Counts he/his and she/her after a sentence's only person, outside quotes. */
    private void voteGender() {
        int i = 0;
        while (i < doc.size()) {
            int to = doc.sentenceTo(i);
            Referent only = null;
            boolean several = false;
            int first = -1;
            for (Seen s : seen) {
                if (s.token >= i && s.token < to && !s.inQuote && s.ref.isPerson()) {
                    if (only == null) {
                        only = s.ref;
                        first = s.token;
                    } else if (only != s.ref) {
                        several = true;
                    }
                }
            }
            if (only != null && !several && to < doc.size() && !quoted[to]) {
                String b = doc.bare(to);
                if (b.equals("he")) {
                    only.maleVotes++;
                } else if (b.equals("she")) {
                    only.femaleVotes++;
                }
            }
            i = Math.max(to, i + 1);
        }
    }

    private void addSeen(Seen s) {
        int lo = 0;
        int hi = seen.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (seen.get(mid).token <= s.token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        seen.add(lo, s);
    }

    /** Records that the speaker phrase at {@code token} names {@code r}. */
    void speakerAt(int token, Referent r, boolean subject) {
        seen.removeIf(s -> s.token == token && s.ref == r);
        addSeen(new Seen(token, r, false, false, subject));
    }

    /** A referent for a name the text gives as a speaker but no entity or earlier run covers. */
    Referent create(int from, int to) {
        String text = doc.text.substring(doc.get(from).start(), doc.get(to - 1).end());
        EntityType type = NameRuns.isOrganisation(doc, from, to) ? EntityType.ORGANIZATION : EntityType.PERSON;
        Referent r = new Referent(text, type, null);
        all.add(r);
        return r;
    }

    /** An organisation the text names only as the owner of a role ("Con Edison officials"). */
    Referent createOrganisation(int from, int to) {
        Referent r = new Referent(doc.text.substring(doc.get(from).start(), doc.get(to - 1).end()),
                EntityType.ORGANIZATION, null);
        all.add(r);
        return r;
    }

    /** The referent a personal pronoun at {@code token} stands for, or null. */
    Referent pronoun(String pronoun, int token) {
        int paragraph = doc.paragraphOf(token);
        // this paragraph's speakers, then anyone it names, then the previous paragraph's speakers:
        // "Tull, a … on Bannerman’s staff, said … ¶ “…,” he said" is Tull
        Referent r = mainClauseSubject(token, pronoun);
        r = r != null ? r : inParagraph(token, paragraph, pronoun, true);
        if (r == null) {
            // of the paragraph's names, one who has spoken before: "Tipton credits … Paris Baguette remains …, he said"
            Referent nearest = inParagraph(token, paragraph, pronoun, false);
            Referent speaker = spokenInParagraph(token, paragraph, pronoun);
            r = speaker != null ? speaker : nearest;
        }
        if (r == null && paragraph > 0 && !headingBetween(paragraph - 1, paragraph)) {
            r = previousParagraphSubject(token, paragraph, pronoun);
            r = r != null ? r : inParagraph(token, paragraph - 1, pronoun, true);
        }
        if (r != null) {
            return r;
        }
        r = searchBack(token, paragraph, pronoun, true);
        r = r != null ? r : searchBack(token, paragraph, pronoun, false);
        if (r == null && (pronoun.equals("he") || pronoun.equals("she"))) {
            // no one before agrees: the writer's pronoun beats a gender guessed from a first name
            // ("Lennihan suggests … “…,” she says"): the paragraph's speaker, the person it names, or
            // the previous paragraph's speaker
            r = inParagraph(token, paragraph, "person", true);
            r = r != null ? r : inParagraph(token, paragraph, "person", false);
            if (r == null && paragraph > 0 && !headingBetween(paragraph - 1, paragraph)) {
                r = inParagraph(token, paragraph - 1, "person", true);
            }
        }
        return r;
    }

    /**
     * For "he" or "she", the subject of the main clause that most likely continues as the speaker:
     * the person the pronoun's own sentence is about when named before it ("Trump’s biggest applause
     * came when he said …"), else, when the pronoun's sentence opens with it or with a quote, the
     * subject of the previous sentence of the paragraph ("Trump, who spoke …, did not mention Cruz
     * … “…,” he said" is Trump; "When Maddow pointed out …, Clinton seized upon … “…,” she said" is
     * Clinton). Objects and names inside relative or fronted clauses are never that subject. Null
     * when no agreeing subject is found.
     */
    private Referent mainClauseSubject(int token, String pronoun) {
        if (!(pronoun.equals("he") || pronoun.equals("she"))) {
            return null;
        }
        int own = doc.sentenceFrom(token);
        int earlier = earlierSubjectPronoun(own, token, pronoun);
        if (earlier >= 0) {
            // "…, he said after meeting Trump aides, because he said …": the same pronoun again is the same person
            return pronoun(pronoun, earlier);
        }
        int here = subjectOf(own);
        if (here >= 0 && here < token) {
            return agreeingAt(here, pronoun);
        }
        if (own == 0 || !opensWithPronounOrQuote(own, token)) {
            return null;
        }
        // a previous sentence whose main clause the same pronoun opens is about the same person, so
        // look one further back: "Trump eased his tone. Asked who leads, he said Ryan. “…,” he said"
        for (int prev = own, hops = 0; prev > 0 && hops < MAX_PRONOUN_HOPS; hops++) {
            prev = doc.sentenceFrom(prev - 1);
            if (doc.paragraphOf(prev) != doc.paragraphOf(token)) {
                return null;
            }
            int there = subjectOf(prev);
            Referent closing = closingSpeaker(prev, there, pronoun);
            if (closing != null) {
                return closing;
            }
            if (there >= 0) {
                return agreeingAt(there, pronoun);
            }
            int start = clauseStart(prev);
            if (start < 0 || !doc.is(start, pronoun)) {
                return null;
            }
        }
        return null;
    }

    /**
     * The token of the same he or she earlier in the sentence {@code [own, token)} as the subject
     * of a speech verb, outside quotes; -1 when there is none.
     */
    private int earlierSubjectPronoun(int own, int token, String pronoun) {
        for (int k = token - 1; k >= own; k--) {
            if (!quoted[k] && doc.is(k, pronoun) && Lexicon.SPEECH_VERBS.contains(doc.bare(k + 1)) && k + 1 < token) {
                return k;
            }
        }
        return -1;
    }

    /**
     * For a he or she in the first sentence of a paragraph, the main-clause subject of the last
     * sentence of the previous paragraph that has an agreeing one ("Brandt eased his tone on
     * Tuesday. ¶ “…,” he said" is Brandt); null otherwise.
     */
    private Referent previousParagraphSubject(int token, int paragraph, String pronoun) {
        if (!(pronoun.equals("he") || pronoun.equals("she"))
                || doc.sentenceFrom(token) != doc.sentenceFrom(doc.paragraphStart[paragraph])) {
            return null;
        }
        for (int k = doc.paragraphStart[paragraph] - 1; k >= 0 && doc.paragraphOf(k) == paragraph - 1; ) {
            int sentence = doc.sentenceFrom(k);
            int there = subjectOf(sentence);
            Referent r = closingSpeaker(sentence, there, pronoun);
            r = r != null ? r : there >= 0 ? agreeingAt(there, pronoun) : null;
            if (r != null && r.isPerson()) {
                return r;
            }
            int start = clauseStart(sentence);
            if (r == null && start >= 0 && doc.is(start, pronoun)) {
                // "Later, she attacked his record on guns. ¶ She said …": the same pronoun opening the
                // main clause before is the same person, not someone its sentence names after it
                return pronoun(pronoun, start);
            }
            k = sentence - 1;
        }
        return null;
    }

    /**
     * The speaker of an attribution closing the sentence at {@code from} after its subject at
     * {@code subject} ("Yet Trump is also a “change agent,” Cole said"): the sentence reports that
     * speaker's words, so a he or she continuing it is the speaker, not the person the words are
     * about. Null when no agreeing speaker stands after the subject.
     */
    private Referent closingSpeaker(int from, int subject, String pronoun) {
        for (int k = lastSeenBefore(doc.sentenceTo(from)); k >= 0 && seen.get(k).token >= from; k--) {
            Seen s = seen.get(k);
            if (s.token <= subject) {
                return null;
            }
            if (s.speaker && s.ref.isPerson() && agrees(s.ref, pronoun)) {
                return s.ref;
            }
        }
        return null;
    }

    /** Of the referents seen at {@code token} (a name may be seen as more than one), one that agrees. */
    private Referent agreeingAt(int token, String pronoun) {
        for (int k = lastSeenBefore(token) + 1; k < seen.size() && seen.get(k).token == token; k++) {
            if (agrees(seen.get(k).ref, pronoun)) {
                return seen.get(k).ref;
            }
        }
        return null;
    }

    /**
     * Whether the sentence at {@code own} opens with the pronoun at {@code token} ("But he …", or
     * after a short fronted adverbial: "Instead, he …", "In response, she …") or with a quote.
     */
    private boolean opensWithPronounOrQuote(int own, int token) {
        return own == token || own + 1 == token && (doc.is(own, "but") || doc.is(own, "and")) || doc.isQuote(own)
                || frontedAdverbial(own, token);
    }

    /** Whether {@code [own, token)} is a short phrase with no name or quote that ends in a comma. */
    private boolean frontedAdverbial(int own, int token) {
        if (token - own < 2 || token - own > MAX_FRONTED || !doc.isPunct(token - 1, ",")) {
            return false;
        }
        for (int k = own; k < token - 1; k++) {
            if (!doc.isWord(k) || quoted[k] || k > own && doc.get(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The token of the name that is the main-clause subject of the sentence starting at {@code
     * from}: the first name outside quotes after a fronted subordinate or prepositional clause
     * ("When Maddow pointed out …, Clinton seized …" is Clinton), preceded by nothing but name
     * words, determiners and role words ("Former Secretary of State Hillary Clinton", "the
     * Democratic nominee, Clinton"). Null when the sentence opens with a quote or a label or its
     * first noun phrase names no one (-1).
     */
    private int subjectOf(int from) {
        int to = doc.sentenceTo(from);
        int k = clauseStart(from);
        if (k < 0) {
            return -1;
        }
        for (int j = Math.max(0, lastSeenBefore(k) + 1); j < seen.size() && seen.get(j).token < to; j++) {
            Seen s = seen.get(j);
            if (s.token < k) {
                continue;
            }
            if (s.inQuote || s.addressee) {
                return -1;
            }
            for (int m = k; m < s.token; m++) {
                String b = doc.bare(m);
                if (!(NameRuns.isNameWord(doc, m) || Lexicon.SOURCE_DETERMINERS.contains(b)
                        || Lexicon.ROLE_WORDS.contains(b) || Lexicon.PARTY_NOUNS.contains(b) || doc.isPunct(m, ","))
                        || m > k + 6) {
                    return -1;
                }
            }
            int after = s.token;
            while (NameRuns.isNameWord(doc, after)) {
                after++;
            }
            int apposed = after < to && doc.get(after).kind() == TokenKind.POSSESSIVE ? apposedAfterOwned(after + 1, to) : -1;
            if (apposed >= 0) {
                return apposed; // "Trump’s running mate — Gov. Mike Pence — has": the mate, not the owner ("Webb’s jab")
            }
            return doc.isPunct(after, ":") ? -1 : s.token;
        }
        return -1;
    }

    /**
     * The token of the name set off by a dash or comma after the owned noun phrase starting at
     * {@code from} ("running mate — Indiana Gov. Mike Pence —"): the owner of a possessive subject
     * is not the subject when a person is apposed to the owned noun. -1 when none is apposed.
     */
    private int apposedAfterOwned(int from, int to) {
        int k = from;
        while (k < to && k < from + 4 && doc.isWord(k) && !doc.get(k).isCapitalized()) {
            k++;
        }
        if (k == from || k >= to || !(doc.isPunct(k, ",") || doc.isPunct(k, "—") || doc.isPunct(k, "–"))) {
            return -1;
        }
        for (int j = Math.max(0, lastSeenBefore(k) + 1); j < seen.size() && seen.get(j).token < Math.min(to, k + 6); j++) {
            Seen s = seen.get(j);
            if (!s.inQuote && s.ref.isPerson()) {
                for (int m = k + 1; m < s.token; m++) {
                    if (!NameRuns.isNameWord(doc, m)) {
                        return -1;
                    }
                }
                return s.token;
            }
        }
        return -1;
    }

    /**
     * The first token of the main clause of the sentence starting at {@code from}, past a leading
     * "But"/"And" and a fronted clause ending in a comma; -1 when the sentence opens with a quote
     * or the fronted clause never ends.
     */
    private int clauseStart(int from) {
        int to = doc.sentenceTo(from);
        int k = from;
        if (doc.isQuote(k) || quoted[k]) {
            return -1;
        }
        if ((doc.is(k, "but") || doc.is(k, "and")) && k + 1 < to) {
            k++;
        }
        if (Lexicon.PHRASE_OPENERS.contains(doc.bare(k)) || doc.bare(k).endsWith("ing")) {
            int comma = k + 1;
            // a comma inside a closing quote ends the clause too: 'When Maddow called it "Medicare for all," Clinton …'
            while (comma < to && !(doc.isPunct(comma, ",") && (!quoted[comma] || doc.isQuote(comma + 1)))) {
                comma++;
            }
            if (comma >= to) {
                return -1;
            }
            k = doc.isQuote(comma + 1) && quoted[comma] ? comma + 2 : comma + 1;
        }
        return k;
    }

    /**
     * The person the sentence starting at token {@code from} opens with, past titles ("Senator Tom
     * Cruz’s review …", "Charles Schultze, chairman of …, once summed up …"); null when it opens
     * otherwise or with a transcript label ({@code MARTIN: …}).
     */
    Referent sentenceOpener(int from) {
        int to = doc.sentenceTo(from);
        Seen first = null;
        for (int k = lastSeenBefore(to); k >= 0 && seen.get(k).token >= from; k--) {
            first = seen.get(k);
        }
        if (first == null || first.inQuote || first.addressee || !first.ref.isPerson()) {
            return null;
        }
        for (int k = from; k < first.token; k++) {
            if (!NameRuns.isNameWord(doc, k)) {
                return null; // the name is not what the sentence opens with
            }
        }
        int after = first.token;
        while (NameRuns.isNameWord(doc, after)) {
            after++;
        }
        return doc.isPunct(after, ":") ? null : first.ref; // "MARTINEZ-BELTRAN: Cantwell says" opens with a label
    }

    /**
     * The person a paragraph of narration introduces: the first person named outside quotes in
     * the last sentence that names one, or, when that sentence opens with he or she, who that
     * pronoun stands for. Null when it names no person.
     */
    Referent introducedIn(int paragraph) {
        int from = doc.paragraphStart[paragraph];
        int to = doc.paragraphStart[paragraph + 1];
        if (to <= from) {
            return null;
        }
        int lastSentence = doc.sentenceFrom(to - 1);
        Referent best = null;
        int bestSentence = -1;
        for (int k = Math.max(0, lastSeenBefore(from) + 1); k < seen.size() && seen.get(k).token < to; k++) {
            Seen s = seen.get(k);
            int sentence = doc.sentenceFrom(s.token);
            if (s.token >= from && !s.inQuote && !s.addressee && s.ref.isPerson() && sentence > bestSentence) {
                best = s.ref;
                bestSentence = sentence;
            }
        }
        String opener = doc.bare(lastSentence);
        if (bestSentence < lastSentence && (opener.equals("he") || opener.equals("she"))) {
            Referent r = pronoun(opener, lastSentence);
            return r != null ? r : best;
        }
        return best;
    }

    private Referent inParagraph(int token, int paragraph, String pronoun, boolean speakersOnly) {
        for (int k = lastSeenBefore(token); k >= 0; k--) {
            Seen s = seen.get(k);
            int p = doc.paragraphOf(s.token);
            if (p < paragraph) {
                break;
            }
            if (p == paragraph && (speakersOnly ? s.speaker : !s.inQuote && !s.addressee) && agrees(s.ref, pronoun)) {
                return s.ref;
            }
        }
        return null;
    }

    private Referent spokenInParagraph(int token, int paragraph, String pronoun) {
        for (int k = lastSeenBefore(token); k >= 0; k--) {
            Seen s = seen.get(k);
            if (doc.paragraphOf(s.token) < paragraph) {
                break;
            }
            if (!s.inQuote && !s.addressee && agrees(s.ref, pronoun) && spokeBefore(s.ref, s.token)) {
                return s.ref;
            }
        }
        return null;
    }

    private boolean spokeBefore(Referent r, int token) {
        for (Seen s : seen) {
            if (s.token >= token) {
                return false;
            }
            if (s.speaker && s.ref == r) {
                return true;
            }
        }
        return false;
    }

    private Referent searchBack(int token, int paragraph, String pronoun, boolean withinSection) {
        for (int k = lastSeenBefore(token); k >= 0; k--) {
            Seen s = seen.get(k);
            int p = doc.paragraphOf(s.token);
            if (paragraph - p > MAX_PARAGRAPHS_BACK) {
                break;
            }
            if (withinSection && headingBetween(p, paragraph)) {
                break;
            }
            // a name in a photo caption or credit is not what a pronoun in the story refers to
            if (!s.inQuote && !s.addressee && agrees(s.ref, pronoun) && (p == paragraph || !doc.unterminated(p))) {
                return pronoun.equals("it") ? subjectIn(k, p, pronoun) : s.ref;
            }
        }
        return null;
    }

    /**
     * "It" prefers the organisation a sentence is about: of the agreeing names in paragraph
     * {@code p} up to seen entry {@code k}, the nearest one opening its sentence ("The Food
     * Standards Agency warned … products that contained DNP. ¶ “…,” it said"), else entry k.
     */
    private Referent subjectIn(int k, int p, String pronoun) {
        for (int j = k; j >= 0; j--) {
            Seen s = seen.get(j);
            if (doc.paragraphOf(s.token) != p) {
                break;
            }
            if (!s.inQuote && !s.addressee && agrees(s.ref, pronoun) && opensSentence(s.token)) {
                return s.ref;
            }
        }
        return seen.get(k).ref;
    }

    /** Whether the name at {@code token} is its sentence's first words, after at most "the". */
    private boolean opensSentence(int token) {
        int from = doc.sentenceFrom(token);
        return token == from || token == from + 1 && doc.is(from, "the");
    }

    private boolean headingBetween(int from, int to) {
        for (int p = from + 1; p <= to; p++) {
            if (doc.isHeading(p)) {
                return true;
            }
        }
        return false;
    }

    private int lastSeenBefore(int token) {
        int lo = 0;
        int hi = seen.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (seen.get(mid).token < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private static boolean agrees(Referent r, String pronoun) {
        Gender g = r.gender();
        return switch (pronoun) {
            case "he" -> r.isPerson() && g != Gender.FEMALE;
            case "she" -> r.isPerson() && g != Gender.MALE;
            case "it" -> r.isOrganisation();
            case "they", "we" -> r.isOrganisation() || r.isPerson() && g == Gender.UNKNOWN;
            default -> r.isPerson();
        };
    }

    /**
     * The referent a role phrase stands for: the nearest earlier one holding the role ("the chief",
     * "her daughter"), else for a person's role the first one holding it within three paragraphs
     * after, else an organisation whose name holds the noun ("the department"), else,
     * for a kind of organisation ("the company"), the nearest earlier organisation.
     */
    Referent role(String head, int token, boolean properModifier) {
        boolean orgNoun = Lexicon.ORG_NOUNS.contains(head);
        int paragraph = doc.paragraphOf(token);
        for (int k = lastSeenBefore(token); k >= 0; k--) {
            Seen s = seen.get(k);
            if (paragraph - doc.paragraphOf(s.token) > 2 * MAX_PARAGRAPHS_BACK) {
                break;
            }
            if (!s.inQuote && holds(s.ref, head)) {
                return s.ref;
            }
        }
        if (!orgNoun) {
            // a lead names by role whom the story names later: "The mother of a woman who … ¶ … her
            // mother, Fiona Parry, said"
            for (int k = lastSeenBefore(token) + 1; k < seen.size(); k++) {
                Seen s = seen.get(k);
                if (doc.paragraphOf(s.token) - paragraph > 3) {
                    break;
                }
                if (!s.inQuote && s.token > token && holds(s.ref, head)) {
                    return s.ref;
                }
            }
            return null;
        }
        Referent named = null;
        for (int k = lastSeenBefore(token); k >= 0 && named == null; k--) {
            Referent r = seen.get(k).ref;
            if (r.isOrganisation() && containsWord(r.name, head)) {
                named = r;
            }
        }
        if (named == null) {
            for (Referent r : all) {
                if (r.isOrganisation() && containsWord(r.name, head)) {
                    named = r;
                    break;
                }
            }
        }
        if (named != null || properModifier) {
            return named;
        }
        boolean mediaNoun = MEDIA_NOUNS.contains(head);
        for (int k = lastSeenBefore(token); k >= 0; k--) {
            Seen s = seen.get(k);
            if (paragraph - doc.paragraphOf(s.token) > MAX_KIND_PARAGRAPHS) {
                break; // "the military" far from any organisation is itself, not the last one named
            }
            // "the military said" is not the news agency that reported it
            if (!s.inQuote && s.ref.isOrganisation() && (mediaNoun || !isOutlet(s.ref))) {
                return s.ref;
            }
        }
        return null;
    }

    /**
     * Whether the text uses {@code r} as a news outlet: its name ends in a media word ("Yahoo News",
     * "The Des Moines Register") or it is told things, sees things or reports them ("told Reuters",
     * "seen by Reuters", "Reuters reported").
     */
    private boolean isOutlet(Referent r) {
        String[] words = Lexicon.lower(r.name).split("\\s+");
        if (MEDIA_NAME_WORDS.contains(words[words.length - 1])) {
            return true;
        }
        for (Seen s : seen) {
            if (s.ref == r && (doc.is(s.token - 1, "told") || doc.is(s.token - 1, "by") && doc.is(s.token - 2, "seen")
                    || doc.is(s.token + 1, "reported") || doc.is(s.token + 1, "reports"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code r} holds the role {@code head}, written out or as an abbreviated title. */
    private static boolean holds(Referent r, String head) {
        if (r.roles.contains(head)) {
            return true;
        }
        for (String abbreviation : Lexicon.ROLE_ABBREVIATIONS.getOrDefault(head, Set.of())) {
            if (r.roles.contains(abbreviation)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String name, String word) {
        for (String w : name.split("[\\s]+")) {
            if (Lexicon.bare(w).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The person named by a transcript label such as {@code ESPINOZA}. */
    Referent byLabel(String label) {
        String l = Lexicon.lower(label);
        for (Referent r : all) {
            if (r.isPerson() && (r.forms.contains(l) || lastWord(r.name).equals(l))) {
                return r;
            }
        }
        return null;
    }

    /** The person most often named outside quotes before token {@code until}: the interviewee. */
    Referent mostNamedPerson(int until) {
        Referent best = null;
        int bestCount = 0;
        for (Referent r : all) {
            if (!r.isPerson()) {
                continue;
            }
            int c = 0;
            for (Seen s : seen) {
                if (s.ref == r && s.token < until && !s.inQuote) {
                    c++;
                }
            }
            if (c > bestCount) {
                best = r;
                bestCount = c;
            }
        }
        return best;
    }

    private static String lastWord(String name) {
        String[] w = name.trim().split("[\\s]+");
        return Lexicon.bare(w[w.length - 1]);
    }

    private static String firstWord(String name) {
        return Lexicon.bare(name.trim().split("[\\s]+")[0]);
    }

    /** Gender evidence from a pronoun the text uses right after a speaker is resolved. */
    static Gender genderOf(String pronoun) {
        return Lexicon.MALE.contains(pronoun) ? Gender.MALE
                : Lexicon.FEMALE.contains(pronoun) ? Gender.FEMALE : Gender.UNKNOWN;
    }
}
