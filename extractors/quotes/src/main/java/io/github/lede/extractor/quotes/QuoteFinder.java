package io.github.lede.extractor.quotes;

import io.github.lede.model.Article;
import io.github.lede.model.Cue;
import io.github.lede.model.Mention;
import io.github.lede.model.Paragraph;
import io.github.lede.model.Quote;
import io.github.lede.model.QuoteType;
import io.github.lede.model.Speaker;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.text.QuoteMarks;
import io.github.lede.text.TokenKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One annotation run over one article: pairs quote marks, tells quotes from names and terms,
 * types and attributes each quote, finds reported speech, and resolves every speaker phrase in
 * text order. Holds the run's state; {@link QuoteAnnotator} makes a new one per article.
 */
final class QuoteFinder {

    private static final String STAGE = "quote annotation";
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "me", "us");
    private static final Set<String> TAIL_OPENERS = Set.of("despite", "although", "though", "while", "because",
            "as", "but", "and", "after", "before", "when", "since", "even", "noting", "adding");
    private static final Set<String> FRONTED_SUBORDINATORS = Set.of("while", "although", "though", "whereas",
            "because", "since", "as", "after", "if", "when");
    private static final Set<String> AUX_BEFORE = Set.of("will", "would", "could", "can", "may", "might", "did",
            "does", "do", "to");
    private static final Set<String> OBJECTS = Set.of("us", "me", "him", "them", "you", "reporters", "journalists");
    /** Verbs that take reported speech without "that" and without a subject first: "said prices would rise". */
    private static final Set<String> BARE_CLAUSE_VERBS = Set.of("say", "says", "said", "saying", "add", "adds",
            "added", "adding", "write", "writes", "wrote", "insisted", "insists", "argued", "argues", "warned",
            "warns", "noted", "stated", "told", "tell", "tells", "telling", "explained", "believed", "reiterated");
    /** Reporting verbs whose subject is often a thing: "data suggests", "the study agreed with". */
    private static final Set<String> WEAK_REPORTING_VERBS = Set.of("suggest", "suggests", "suggested",
            "recommend", "recommends", "recommended", "agree", "agrees", "agreed", "indicated", "indicates", "signaled",
            "signalled", "signals");
    /** Weak reporting verbs whose role subject must name people or a body. */
    private static final Set<String> SIGNAL_VERBS = Set.of("indicated", "indicates", "signaled", "signalled", "signals");
    private static final Set<String> SUBJECT_DETERMINERS = Set.of("the", "this", "these", "those", "his",
            "her", "its", "their", "our", "my", "some", "many", "most", "all", "no", "there");
    /** Lower-case words after which quote marks open a noun phrase inside the sentence: "as her “Obama whisperer.”" */
    private static final Set<String> EMBEDDING = Set.of("as", "the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "of", "dubbed", "nicknamed");
    private static final Set<String> QUESTION_LABELS = Set.of("q", "question", "host", "interviewer");
    private static final Set<String> ANSWER_LABELS = Set.of("a", "answer");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "to", "a", "an", "and", "in", "on",
            "for", "at", "de", "la", "le", "von", "van", "with");
    /** At most this many tokens from mark to mark echo a phrase rather than quote speech. */
    private static final int ECHO_TOKENS = 6;
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "during", "by", "to", "from", "via",
            "late", "earlier", "afterward", "afterwards", "later", "yesterday", "today", "tonight", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "privately", "publicly");

    private final ArticleTokens doc;
    private final AnalysisContext context;
    private final RuleSet rules;
    private final boolean[] quoted;
    private final Phrases phrases;
    private final List<QuotedSpan> spans;
    private final List<Found> found = new ArrayList<>();
    private final Map<QuotedSpan, Found> bySpan = new HashMap<>();
    private final boolean[] answerParagraph;
    private final boolean[] questionParagraph;
    private final boolean[] narration;
    private Referents refs;

    QuoteFinder(ArticleTokens doc, AnalysisContext context, RuleSet rules) {
        this.doc = doc;
        this.context = context;
        this.rules = rules;
        this.quoted = new boolean[doc.size()];
        this.phrases = new Phrases(doc, quoted);
        this.spans = QuoteMarkPairer.pair(doc);
        this.answerParagraph = new boolean[doc.paragraphs.size()];
        this.questionParagraph = new boolean[doc.paragraphs.size()];
        this.narration = new boolean[doc.paragraphs.size()];
    }

    /** Runs every rule and returns the quotes in text order, ids Q1, Q2, …. */
    List<Quote> run(Article article) {
        List<QuotedSpan> real = new ArrayList<>();
        markQuoted(spans);
        for (QuotedSpan s : spans) {
            context.checkDeadline(STAGE);
            if (!doc.isHeading(s.paragraph()) && !(rules.terms() && isTerm(s))) {
                real.add(s);
            }
        }
        java.util.Arrays.fill(quoted, false);
        markQuoted(real);
        refs = new Referents(doc, article.entities(), quoted, context);
        if (rules.interviews()) {
            interview();
        }
        for (QuotedSpan s : real) {
            context.checkDeadline(STAGE);
            if (!answerParagraph[s.paragraph()]) {
                quoted(s);
            }
        }
        inheritAttribution(real);
        if (rules.reported()) {
            for (int p = 0; p < doc.paragraphs.size(); p++) {
                if (!doc.isHeading(p) && !answerParagraph[p] && (!questionParagraph[p] || narration[p])) {
                    reported(p);
                }
            }
        }
        if (rules.reported() && rules.colons()) {
            for (int p = 1; p < doc.paragraphs.size(); p++) {
                context.checkDeadline(STAGE);
                p = reportedList(p);
            }
        }
        if (rules.chains()) {
            inheritFromReported(real);
            inheritFromIntroduction(real);
            if (rules.reported()) {
                blockQuotes();
            }
        }
        resolveSpeakers();
        return build(article);
    }

    private void markQuoted(List<QuotedSpan> list) {
        for (QuotedSpan s : list) {
            for (int k = s.open() + 1; k < doc.size() && doc.get(k).start() < s.end(); k++) {
                quoted[k] = true;
            }
        }
    }

    // ---------------------------------------------------------------- names and terms in quote marks

    /**
     * Whether a quoted span is a name, title or term rather than anyone's words: right after a
     * naming word ("nicknamed", "so-called", "known as"), after a work or word noun ("the film",
     * "the word"), a nickname inside a name ({@code Lyle “Shorty” Bannerman}), or a short
     * title-cased span with no attribution next to it.
     */
    private boolean isTerm(QuotedSpan s) {
        int open = s.open();
        int from = doc.sentenceFrom(open);
        int words = 0;
        boolean titleCase = true;
        boolean terminal = false;
        int innerEnd = s.closed() ? s.close() : doc.tokenAt(s.end());
        for (int k = open + 1; k < innerEnd; k++) {
            if (doc.isWord(k)) {
                words++;
                if (!doc.get(k).isCapitalized() && !FUNCTION_WORDS.contains(doc.bare(k))) {
                    titleCase = false;
                }
            } else if (doc.get(k).kind() == TokenKind.PUNCTUATION && ".!?".contains(doc.word(k).substring(0, 1))) {
                terminal = true;
            }
        }
        if (words == 0) {
            return true;
        }
        int b1 = open - 1;
        if (b1 >= from) {
            String w = doc.bare(b1);
            if (Lexicon.NAMING_WORDS.contains(w) || Lexicon.WORK_NOUNS.contains(w) && words <= 6) {
                return true;
            }
            if (w.equals("as") && words <= 4) {
                for (int k = b1 - 1; k >= from && k >= b1 - 8; k--) {
                    String v = doc.bare(k);
                    if (v.equals("known") || v.equals("nicknamed") || v.equals("referred") || v.equals("dubbed")
                            || v.equals("billed") || v.equals("branded")) {
                        return true;
                    }
                }
            }
            if (words <= 2 && NameRuns.isNameWord(doc, b1) && s.closed() && NameRuns.isNameWord(doc, s.close() + 1)) {
                return true;
            }
        }
        if (doc.unterminated(s.paragraph()) && doc.paragraphTo(open) - doc.paragraphFrom(open) <= 14
                && !hasAttribution(s)) {
            return true; // a subheading or caption such as ‘We need to listen’
        }
        if (titleCase && words <= 8 && b1 >= from && (doc.get(b1).kind() == TokenKind.POSSESSIVE
                || doc.word(b1).endsWith("'s") || doc.word(b1).endsWith("’s"))) {
            return true; // a show or a book: said on ABC's “This Week with George Stephanopoulos.”
        }
        if (titleCase && words <= 6 && (!terminal || words >= 2) && !hasAttribution(s)) {
            return true; // "Noble Moving and Storage." after "an alternate name,"
        }
        if (b1 - 2 >= from && doc.is(b1, "say") && doc.is(b1 - 1, "to") && doc.is(b1 - 2, "if")) {
            return true; // "as if to say “…”": words imagined, not said
        }
        return words <= 2 && !terminal && !hasSpeechVerb(from, doc.sentenceTo(open));
    }

    private boolean hasAttribution(QuotedSpan s) {
        return (s.closed() && after(s, false) != null) || before(s) != null;
    }

    private boolean hasSpeechVerb(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!quoted[k] && doc.isWord(k) && Lexicon.SPEECH_VERBS.contains(doc.bare(k))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- quoted spans

    /** An attribution: the cue's tokens and the speaker phrase (null for a mark with no speaker yet). */
    private record Attribution(int cueFrom, int cueTo, SpeakerPhrase speaker) {
    }

    /** "…,” he said", "…” said Name", "…” —Name", "…” the minister said". */
    private Attribution after(QuotedSpan s) {
        return after(s, rules.trailing());
    }

    /** As {@link #after(QuotedSpan)}; {@code trailing} also reads an attribution ending the quote's sentence. */
    private Attribution after(QuotedSpan s, boolean trailing) {
        int i = s.closed() ? s.close() + 1 : doc.tokenAt(s.end());
        int limit = doc.paragraphTo(s.open());
        if (i >= limit) {
            return null;
        }
        if (i < limit && doc.isQuote(i)) {
            i++; // ’” closing a nested quote too
        }
        while (i < limit && (doc.isPunct(i, ",") || doc.isPunct(i, "."))) {
            if (doc.isPunct(i, ".")) {
                return null;
            }
            i++;
        }
        if (i >= limit) {
            return null;
        }
        if (rules.dashes() && (doc.isPunct(i, "—") || doc.isPunct(i, "–") || doc.isPunct(i, "-"))) {
            SpeakerPhrase sp = phrases.forward(i + 1, limit);
            return sp == null ? null : new Attribution(i, i + 1, sp);
        }
        int[] v = phrases.verbAt(i, Lexicon.SPEECH_VERBS);
        if (v != null) {
            SpeakerPhrase sp = phrases.forward(v[1], limit);
            if (sp != null && sp.kind() == SpeakerPhrase.Kind.ROLE && doc.isPunct(sp.to(), ",")) {
                // "said the bank’s lead researcher, Jane Doe." names the researcher
                SpeakerPhrase apposed = phrases.forward(sp.to() + 1, limit);
                if (apposed != null && apposed.kind() == SpeakerPhrase.Kind.NAME
                        && (apposed.to() >= limit || doc.isPunct(apposed.to(), ".") || doc.isPunct(apposed.to(), ","))) {
                    sp = apposed;
                }
            }
            return sp == null ? null : new Attribution(v[0], v[1], sp);
        }
        Attribution a = speakerThenVerb(i, limit);
        return a != null || !trailing ? a : trailingAttribution(i, limit);
    }

    /**
     * "Essid said", "the minister said", and past an appositive: "Smith, a Republican from Texas,
     * told", "her mother, Fiona, said" (the name in apposition to a role speaks).
     */
    private Attribution speakerThenVerb(int i, int limit) {
        SpeakerPhrase sp = phrases.forward(i, limit);
        if (sp == null) {
            return describedName(i, limit);
        }
        int[] v = phrases.verbAt(sp.to(), Lexicon.SPEECH_VERBS);
        if (v == null && sp.kind() == SpeakerPhrase.Kind.NAME && sp.to() < limit
                && doc.get(sp.to()).kind() == TokenKind.POSSESSIVE) {
            // "Twitter's Adam Sharp said": the person the owner's name qualifies speaks
            SpeakerPhrase owned = phrases.forward(sp.to() + 1, limit);
            int[] w = owned == null || owned.kind() != SpeakerPhrase.Kind.NAME ? null
                    : phrases.verbAt(owned.to(), Lexicon.SPEECH_VERBS);
            if (w != null) {
                sp = owned;
                v = w;
            }
        }
        if (v == null && sp.kind() == SpeakerPhrase.Kind.NAME) {
            v = phrases.verbAt(sp.to() + 1 < limit && doc.isWord(sp.to()) ? sp.to() + 1 : sp.to(), Lexicon.SPEECH_VERBS);
        }
        if (v == null && sp.kind() == SpeakerPhrase.Kind.NAME && doc.isPunct(sp.to(), "(")) {
            for (int c = sp.to() + 1; c < limit && c < sp.to() + 8; c++) {
                if (doc.isPunct(c, ")")) {
                    v = phrases.verbAt(c + 1, Lexicon.SPEECH_VERBS); // "Sen. Bernie Sanders (I-Vt.) said"
                    break;
                }
            }
        }
        if (v == null && sp.kind() == SpeakerPhrase.Kind.NAME && (doc.is(sp.to(), "of") || doc.is(sp.to(), "from"))) {
            int c = sp.to() + 1;
            while (c < limit && c < sp.to() + 5 && NameRuns.isNameWord(doc, c)) {
                c++;
            }
            if (c > sp.to() + 1) {
                v = phrases.verbAt(c, Lexicon.SPEECH_VERBS); // "Gov. Jeb Bush of Florida said": the place is his
            }
        }
        if (v == null && sp.kind() != SpeakerPhrase.Kind.PRONOUN && doc.isPunct(sp.to(), ",")) {
            for (int c = sp.to() + 2; c < limit && c < sp.to() + 16; c++) {
                if (doc.isQuote(c) || quoted[c] || doc.isPunct(c, ".") && !doc.isPunct(c + 1, ",")) {
                    break; // "Mitch McConnell, R-Ky., said": the abbreviation's full stop is no sentence end
                }
                if (doc.isPunct(c, ",")) {
                    v = phrases.verbAt(c + 1, Lexicon.SPEECH_VERBS);
                    if (v != null && sp.kind() == SpeakerPhrase.Kind.ROLE) {
                        SpeakerPhrase apposed = phrases.forward(sp.to() + 1, c);
                        if (apposed != null && apposed.kind() == SpeakerPhrase.Kind.NAME && apposed.to() == c) {
                            sp = apposed;
                        }
                    }
                    break;
                }
            }
        }
        return v == null ? describedName(i, limit) : new Attribution(v[0], v[1], sp);
    }

    /**
     * A name after up to three descriptive words, then a speech verb: "Pakistan-based developer
     * Ammar Askar wrote", "veteran strategist Jo Ng said". Null otherwise.
     */
    private Attribution describedName(int i, int limit) {
        for (int m = i + 1; m < limit && m <= i + 3; m++) {
            if (!doc.isWord(m - 1) || quoted[m - 1] || doc.get(m - 1).isCapitalized() && !doc.word(m - 1).contains("-")) {
                return null;
            }
            SpeakerPhrase sp = NameRuns.canStart(doc, m) ? phrases.forward(m, limit) : null;
            if (sp != null && sp.kind() == SpeakerPhrase.Kind.NAME) {
                int[] v = phrases.verbAt(sp.to(), Lexicon.SPEECH_VERBS);
                return v == null ? null : new Attribution(v[0], v[1], sp);
            }
        }
        return null;
    }

    /** "“…” in that law, Azzouz said." — the quote's sentence ends in an attribution after a comma. */
    private Attribution trailingAttribution(int i, int limit) {
        int end = Math.min(doc.sentenceTo(i), limit);
        for (int c = i; c < end && c < i + 14; c++) {
            if (doc.isQuote(c) || quoted[c]) {
                return null;
            }
            if (!doc.isPunct(c, ",")) {
                continue;
            }
            int[] v = phrases.verbAt(c + 1, Lexicon.SPEECH_VERBS);
            Attribution a = null;
            if (v != null) {
                SpeakerPhrase sp = phrases.forward(v[1], end);
                a = sp == null ? null : new Attribution(v[0], v[1], sp);
            } else {
                a = speakerThenVerb(c + 1, end);
            }
            if (a != null) {
                int after = Math.max(a.cueTo(), a.speaker().to());
                return onlyAdjuncts(after, end) || appositiveTail(after, end) ? a : null;
            }
        }
        return null;
    }

    /**
     * Whether the sentence ends at {@code k} in an appositive describing the speaker before it:
     * ", associate professor of bioengineering at Stanford University." — a comma, then words with
     * no verb, clause or quote.
     */
    private boolean appositiveTail(int k, int end) {
        if (!doc.isPunct(k, ",") || k + 1 >= end) {
            return false;
        }
        for (int m = k + 1; m < end; m++) {
            if (quoted[m] || doc.isQuote(m) || doc.isPunct(m, ",") || doc.is(m, "that") || doc.is(m, "who")
                    || Lexicon.FINITE.contains(doc.bare(m)) || Lexicon.REPORTING_VERBS.contains(doc.bare(m))
                    || Lexicon.SUBJECT_PRONOUNS.contains(doc.bare(m))) {
                return m == end - 1 && doc.get(m).kind() == TokenKind.PUNCTUATION && !doc.isPunct(m, ",");
            }
        }
        return true;
    }

    /** "He added, “…", "Judge X said: “…", "he was quoted as saying that “…". */
    private Attribution before(QuotedSpan s) {
        int j = s.open() - 1;
        int from = doc.paragraphFrom(s.open());
        if (j < from) {
            return null;
        }
        if (doc.isPunct(j, ",") || doc.isPunct(j, ":")) {
            j--;
        } else if (doc.is(j, "that")) {
            j--;
        } else {
            return toldListener(s.open(), from);
        }
        // "said in a letter to Abbott last month: “…"
        for (int k = j; k >= from && k > j - 12; k--) {
            if (doc.isPunct(k, ",") || doc.isPunct(k, ".") || doc.isQuote(k) || quoted[k]) {
                break;
            }
            int[] v = phrases.verbEndingAt(k, Lexicon.SPEECH_VERBS);
            if (v != null) {
                SpeakerPhrase sp = phrases.subjectOf(v[0]);
                if (sp != null) {
                    return new Attribution(v[0], v[1], sp);
                }
            }
        }
        int sFrom = Math.max(from, doc.sentenceFrom(s.open()));
        if (rules.accordingTo() && doc.isPunct(s.open() - 1, ",") && doc.is(sFrom, "according") && doc.is(sFrom + 1, "to")) {
            // "According to RedMonk’s Stephens, “…”"
            SpeakerPhrase x = source(sFrom + 2, s.open() - 1);
            return x == null ? null : new Attribution(sFrom, sFrom + 2, x);
        }
        return rules.colons() && doc.isPunct(s.open() - 1, ":") ? colonIntroduction(sFrom, s.open() - 1) : null;
    }

    /** "… told The Independent “…”": a quote right after a tell verb and its listener, with no comma. */
    private Attribution toldListener(int open, int from) {
        for (int k = open - 1; k >= from && k >= open - 5; k--) {
            if (quoted[k] || doc.isQuote(k) || doc.get(k).kind() == TokenKind.PUNCTUATION) {
                return null;
            }
            int[] v = {k, k + 1};
            if (tells(v) && !quoted[k] && afterAddressee(v, open) == open) {
                SpeakerPhrase sp = phrases.subjectOf(k);
                return sp == null ? null : new Attribution(k, k + 1, sp);
            }
        }
        return null;
    }

    /**
     * A sentence whose subject introduces the quote after its colon with any verb: "Rachel Stephens,
     * senior analyst at RedMonk, shared her perspective on these findings: “…”", "Another
     * respondent highlighted …: “…”". The cue is that verb; null when the sentence opens with no
     * speaker phrase followed by a lower-case verb.
     */
    private Attribution colonIntroduction(int sFrom, int colon) {
        SpeakerPhrase sp = phrases.forward(sFrom, colon);
        if (sp == null || sp.kind() == SpeakerPhrase.Kind.RELATIVE) {
            return null;
        }
        int v = sp.to();
        if (doc.isPunct(v, ",") && sp.kind() != SpeakerPhrase.Kind.PRONOUN) {
            v++;
            while (v < colon && v < sp.to() + 16 && !doc.isPunct(v, ",")) {
                v++;
            }
            v++; // past the appositive's closing comma
        }
        if (v >= colon || !doc.isWord(v) || doc.get(v).isCapitalized() || quoted[v] || FUNCTION_WORDS.contains(doc.bare(v))
                || !(doc.bare(v).endsWith("ed") || doc.bare(v).endsWith("s") || Lexicon.SPEECH_VERBS.contains(doc.bare(v)))) {
            return null;
        }
        for (int k = v; k < colon; k++) {
            if (quoted[k] || doc.isQuote(k)) {
                return null;
            }
        }
        return new Attribution(v, v + 1, sp);
    }

    /** Types and attributes one quoted span. */
    private void quoted(QuotedSpan s) {
        if (s.end() - s.start() > context.limits().maxQuoteChars()) {
            return; // longer than the limit: dropped, never cut mid-sentence
        }
        Attribution after = s.closed() || s.end() < doc.paragraphs.get(s.paragraph()).end() ? after(s) : null;
        Attribution before = before(s);
        int open = s.open();
        int prev = open - 1;
        boolean startsClause = prev < doc.paragraphFrom(open) || doc.isPunct(prev, ":")
                || doc.get(prev).kind() == TokenKind.PUNCTUATION && ".!?".contains(doc.word(prev).substring(0, 1))
                || doc.isQuote(prev) && prev > doc.paragraphFrom(open) && doc.isPunct(prev - 1, ".");
        int firstWord = open + 1;
        boolean capital = firstWord < doc.size() && doc.get(firstWord).isCapitalized();
        String inner = doc.text.substring(s.start(), s.end()).strip();
        // "described himself as her “Obama whisperer.”": after a determiner or "as" the marks hold a name, not a sentence
        boolean sentenceLike = capital && !inner.isEmpty() && ".!?,".indexOf(inner.charAt(inner.length() - 1)) >= 0
                && !(prev >= doc.paragraphFrom(open) && doc.isWord(prev) && EMBEDDING.contains(doc.word(prev)));
        Found previous = previousInSentence(s);
        boolean splitContinuation = previous != null && previous.type == QuoteType.DIRECT && previous.cueStart >= 0
                && previous.cueStart < doc.get(open).start() && previous.cueStart > previous.end;
        // capitalised words after a plain word mid-clause and with no cue of their own are a name or
        // phrase the clause quotes ("said that Trump represents “New York values,”"): partial, not direct
        boolean embedded = before == null && after == null && prev >= doc.paragraphFrom(open) && doc.isWord(prev)
                && !doc.get(prev).isCapitalized();
        boolean direct = startsClause || before != null && (doc.isPunct(open - 1, ",") || doc.isPunct(open - 1, ":"))
                || sentenceLike && !embedded || splitContinuation;
        if (direct) {
            Found f = new Found(QuoteType.DIRECT, s.start(), s.end(), 0.9);
            Attribution a = after != null ? after : before;
            if (a != null) {
                attach(f, a);
            } else if (splitContinuation) {
                f.source = previous;
            }
            add(s, f);
            return;
        }
        if (after != null && inner.endsWith(",") && after.speaker() != null
                && after.speaker().kind() != SpeakerPhrase.Kind.PRONOUN) {
            // “…,” X said right after the marks names the quote's own speaker, even in a sentence
            // another attribution opens ("the officials said, the utility …, “so …,” Mr. McHugh said");
            // a pronoun there ("…,” he said) restates the subject of the verb before
            Found f = new Found(QuoteType.PARTIAL, s.start(), s.end(), 0.8);
            attach(f, after);
            add(s, f);
            return;
        }
        // quoted words inside reported speech: the nearest reporting verb before them in the sentence
        int from = doc.sentenceFrom(open);
        for (int k = open - 1; k >= from; k--) {
            if (quoted[k] || doc.isQuote(k)) {
                continue;
            }
            int[] v = phrases.verbEndingAt(k, Lexicon.SPEECH_VERBS);
            if (v != null && !(doc.is(k, "asked") && doc.isPunct(k + 1, ","))) {
                SpeakerPhrase sp = passiveAgent(v, s);
                sp = sp != null ? sp : phrases.subjectOf(v[0]);
                Found f = new Found(QuoteType.PARTIAL, s.start(), s.end(), 0.85);
                attach(f, new Attribution(v[0], v[1], sp));
                add(s, f);
                return;
            }
        }
        if (after == null && rules.accordingTo() && s.closed()) {
            // "… “sickness, …” are thought to contribute, according to the department."
            int to = doc.sentenceTo(s.close());
            for (int k = s.close() + 1; k + 2 < to; k++) {
                if (doc.isQuote(k) || quoted[k]) {
                    break;
                }
                if (doc.is(k, "according") && doc.is(k + 1, "to") && doc.isPunct(k - 1, ",")) {
                    int xEnd = k + 2;
                    while (xEnd < to && !doc.isPunct(xEnd, ",") && !doc.isPunct(xEnd, ".")) {
                        xEnd++;
                    }
                    SpeakerPhrase x = source(k + 2, xEnd);
                    after = x == null ? null : new Attribution(k, k + 2, x);
                    break;
                }
            }
        }
        if (after != null) {
            Found f = new Found(QuoteType.PARTIAL, s.start(), s.end(), 0.8);
            attach(f, after);
            add(s, f);
        }
        // no cue anywhere in the sentence: scare quotes, not speech
    }

    /** "has been described as “heartbreaking” by the department": the agent after "by" speaks. */
    private SpeakerPhrase passiveAgent(int[] v, QuotedSpan s) {
        String aux = v[0] > 0 ? doc.bare(v[0] - 1) : "";
        if (!Set.of("been", "was", "were", "is", "are", "be", "being").contains(aux) || !s.closed()) {
            return null;
        }
        int to = doc.sentenceTo(s.close());
        for (int k = s.close() + 1; k < to && k < s.close() + 4; k++) {
            if (doc.is(k, "by")) {
                return phrases.forward(k + 1, to);
            }
        }
        return null;
    }

    private Found previousInSentence(QuotedSpan s) {
        Found last = null;
        for (QuotedSpan o : spans) {
            if (o == s) {
                break;
            }
            if (o.paragraph() == s.paragraph() && bySpan.containsKey(o)
                    && doc.sentenceFrom(o.open()) == doc.sentenceFrom(s.open())) {
                last = bySpan.get(o);
            }
        }
        return last;
    }

    private void attach(Found f, Attribution a) {
        f.cue(doc.get(a.cueFrom()).start(), doc.get(a.cueTo() - 1).end());
        f.phrase = a.speaker();
    }

    private void add(QuotedSpan s, Found f) {
        found.add(f);
        bySpan.put(s, f);
    }

    /**
     * Quotes with no attribution of their own take it from their paragraph's attributed quote
     * (“A.” … “B,” she said), from the quote they run on from, from a colon line before them
     * ({@code And from Commissioner X:}), or from the speaker of the quote chain they continue.
     */
    private void inheritAttribution(List<QuotedSpan> real) {
        Found lastAttributed = null;
        int lastParagraph = -1;
        for (int idx = 0; idx < real.size(); idx++) {
            QuotedSpan s = real.get(idx);
            Found f = bySpan.get(s);
            if (f == null) {
                continue;
            }
            if (f.phrase == null && f.source == null && f.speaker == null) {
                Attribution a;
                Found inPara = null;
                for (QuotedSpan o : real) {
                    Found g = bySpan.get(o);
                    if (o != s && o.paragraph() == s.paragraph() && g != null && g.phrase != null
                            && g.type == QuoteType.DIRECT && (inPara == null || o.open() < s.open())) {
                        inPara = g;
                    }
                }
                QuotedSpan before = idx > 0 ? real.get(idx - 1) : null;
                if (inPara != null && rules.chains()) {
                    f.source = inPara;
                } else if (before != null && before.runsOn() && before.paragraph() == s.paragraph() - 1
                        && bySpan.containsKey(before) && rules.chains()) {
                    f.source = bySpan.get(before);
                } else if (rules.colons() && s.paragraph() > 0 && isFirstInParagraph(s) && colonLine(s.paragraph() - 1, f)) {
                    // attributed by the colon line
                } else if (rules.chains() && (a = verbSentenceBefore(s)) != null) {
                    attach(f, a);
                } else if (rules.chains() && (f.speaker = introducedBefore(s)) != null) {
                    f.confidence = 0.5;
                } else if (rules.chains() && lastAttributed != null && onlyCaptionsBetween(lastParagraph, s.paragraph())) {
                    f.source = lastAttributed;
                    f.confidence = 0.6;
                }
            }
            if (f.phrase != null || f.source != null) {
                lastAttributed = f.source != null && f.phrase == null ? root(f) : f;
                lastParagraph = s.paragraph();
            }
        }
    }

    /**
     * The sentence right before a quote, in its paragraph, that ends in a reporting verb with its
     * subject: "Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans …”",
     * "Or maybe Jeb Bush, digital consultant Phil Musser says. “…”". Null otherwise.
     */
    private Attribution verbSentenceBefore(QuotedSpan s) {
        int open = s.open();
        if (isFirstInParagraph(s) || open < 3 || !doc.isPunct(open - 1, ".") || open - 1 <= doc.paragraphFrom(open)) {
            return null;
        }
        int prev = doc.sentenceFrom(open - 1);
        for (int k = Math.max(prev, doc.paragraphFrom(open)); k < open; k++) {
            if (doc.isQuote(k) || quoted[k]) {
                return null;
            }
        }
        int[] v = phrases.verbEndingAt(open - 2, Lexicon.SPEECH_VERBS);
        SpeakerPhrase sp = v == null || tells(v) ? null : phrases.subjectOf(v[0]);
        return sp == null ? null : new Attribution(v[0], v[1], sp);
    }

    /**
     * The person who opens the sentence of narration right before a quote that opens a sentence
     * inside a paragraph: "Charles Schultze, chairman of …, once summed it up with a metaphor. “It’s
     * not so much …”". Null when the quote opens its paragraph or that sentence holds quote marks.
     */
    private Referent introducedBefore(QuotedSpan s) {
        int open = s.open();
        if (isFirstInParagraph(s) || doc.sentenceFrom(open) != open && !(doc.sentenceFrom(open) == open - 1
                && doc.get(open - 1).kind() == TokenKind.PUNCTUATION)) {
            return null;
        }
        int prev = doc.sentenceFrom(open - 1);
        if (prev < doc.paragraphFrom(open) || doc.sentenceFrom(prev) != prev) {
            return null;
        }
        for (int k = prev; k < open; k++) {
            if (doc.isQuote(k) || quoted[k]) {
                return null;
            }
        }
        return refs.sentenceOpener(prev);
    }

    /**
     * A list introduced by "X also said:" whose items carry no marks and no final full stop: each
     * item with a verb is X's reported speech. Returns the last paragraph looked at.
     */
    private int reportedList(int p) {
        int from = doc.paragraphStart[p - 1];
        int to = doc.paragraphStart[p];
        if (to - from < 3 || !doc.isPunct(to - 1, ":") || answerParagraph[p - 1] || questionParagraph[p - 1]) {
            return p;
        }
        int[] v = phrases.verbEndingAt(to - 2, Lexicon.SPEECH_VERBS);
        SpeakerPhrase sp = v == null ? null : phrases.subjectOf(v[0]);
        if (sp == null) {
            return p;
        }
        int q = p;
        for (; q < doc.paragraphs.size() && doc.unterminated(q) && !answerParagraph[q]; q++) {
            int a = doc.paragraphStart[q];
            int b = doc.paragraphStart[q + 1];
            boolean marks = false;
            for (int k = a; k < b; k++) {
                marks |= doc.isQuote(k) || quoted[k];
            }
            if (b - a < 4 || b - a > 60 || !finite(a, b)) {
                break;
            }
            if (marks) {
                continue; // its quoted words are a PARTIAL of their own
            }
            Found f = new Found(QuoteType.INDIRECT, doc.get(a).start(), doc.get(b - 1).end(), 0.7);
            f.cue(doc.get(v[0]).start(), doc.get(v[1] - 1).end());
            f.phrase = sp;
            found.add(f);
        }
        return q;
    }

    /**
     * The quote of {@code s} when it opens a paragraph after the first and no rule has attributed
     * it yet; null otherwise. The paragraph-inheritance rules below start from these.
     */
    private Found unattributedOpener(QuotedSpan s) {
        Found f = bySpan.get(s);
        boolean open = f != null && f.phrase == null && f.source == null && f.speaker == null
                && isFirstInParagraph(s) && s.paragraph() != 0;
        return open ? f : null;
    }

    /**
     * A paragraph that is one quote with no attribution of its own, right after a paragraph of
     * reported speech, continues that speaker: "The president also admitted that … ¶ “Well, …”".
     */
    private void inheritFromReported(List<QuotedSpan> real) {
        for (QuotedSpan s : real) {
            context.checkDeadline(STAGE);
            Found f = unattributedOpener(s);
            if (f == null) {
                continue;
            }
            Found last = null;
            int prevFrom = doc.paragraphs.get(s.paragraph() - 1).start();
            for (Found g : found) {
                if (g.type == QuoteType.INDIRECT && g.phrase != null && g.start >= prevFrom && g.end <= f.start
                        && (last == null || g.start > last.start)) {
                    last = g;
                }
            }
            if (last != null) {
                f.source = last;
                f.confidence = 0.6;
            }
        }
    }

    /**
     * A paragraph that opens with a quote no rule attributed, right after a paragraph of narration
     * without quote marks, is said by the person that paragraph introduces: "But for Parata and his
     * family the deaths are personal. ¶ “It’s very emotional.”", "He was blunt. ¶ “…”".
     */
    private void inheritFromIntroduction(List<QuotedSpan> real) {
        for (QuotedSpan s : real) {
            context.checkDeadline(STAGE);
            Found f = unattributedOpener(s);
            if (f == null) {
                continue;
            }
            int prev = s.paragraph() - 1;
            Found above = quoteOnly(prev) && quoteOnly(s.paragraph()) ? firstFoundIn(prev) : null;
            if (above != null && (above.speaker != null || above.phrase != null || above.source != null)) {
                // a list of quotes, one a paragraph with no verb, goes on in the voice of the one before
                f.source = above;
                f.confidence = 0.5;
                continue;
            }
            if (doc.isHeading(prev) || doc.unterminated(prev) || answerParagraph[prev] || questionParagraph[prev]
                    || hasSpeech(prev)) {
                continue;
            }
            Referent r = refs.introducedIn(prev);
            if (r != null) {
                f.speaker = r;
                f.confidence = 0.5;
            }
        }
    }

    /**
     * Block quotes set without marks (a {@code <blockquote>} flattened to a paragraph): a
     * first-person paragraph without quote marks, between third-person paragraphs, right after a
     * paragraph in which someone spoke, is that speaker's DIRECT quote, with no cue of its own:
     * "These deals take time, Zuckerberg said. ¶ I've been building relationships for years … ¶
     * He also stressed …". First-person narration (an essay, a column) has first-person
     * paragraphs around it and is left alone.
     */
    private void blockQuotes() {
        int n = doc.paragraphs.size();
        // one pass over what was found: which paragraphs hold a quote, and each one's last attributed speaker
        boolean[] holds = new boolean[n];
        Found[] lastSpoken = new Found[n];
        for (Found g : found) {
            int from = doc.paragraphOf(doc.tokenAt(g.start));
            int to = doc.paragraphOf(Math.max(doc.tokenAt(g.end) - 1, 0));
            for (int p = from; p <= to && p < n; p++) {
                holds[p] = true;
            }
            if (from == to && g.phrase != null && g.cueStart >= 0 && g.phrase.kind() != SpeakerPhrase.Kind.ROLE
                    && (lastSpoken[from] == null || g.start > lastSpoken[from].start)) {
                lastSpoken[from] = g;
            }
        }
        for (int p = 1; p < n; p++) {
            context.checkDeadline(STAGE);
            // two first-person words at least: one "we" is often the reporter ("customers we spoke to say")
            if (lastSpoken[p - 1] == null || holds[p] || doc.isHeading(p) || doc.unterminated(p) || answerParagraph[p]
                    || questionParagraph[p] || hasAnyMark(p) || firstPersonWords(p) < 2 || firstPersonWords(p - 1) > 0
                    || !firstSentenceFirstPerson(p) || p + 1 < n && firstPersonWords(p + 1) > 0) {
                continue;
            }
            Paragraph para = doc.paragraphs.get(p);
            Found f = new Found(QuoteType.DIRECT, para.start(), para.end(), 0.5);
            f.phrase = lastSpoken[p - 1].phrase;
            found.add(f);
        }
    }

    /** Whether token {@code k} is a first-person word: I, we, my, our, me, us (not the US), I’m, we’re. */
    private boolean isFirstPerson(int k) {
        String w = doc.word(k);
        String l = Lexicon.lower(w).replace('’', '\'');
        return !w.equals("US") && (FIRST_PERSON.contains(l) || l.startsWith("i'") || l.startsWith("we'"));
    }

    /** Whether the first sentence of paragraph {@code p} speaks in the first person (a reviewer's aside does not open so). */
    private boolean firstSentenceFirstPerson(int p) {
        int from = doc.paragraphStart[p];
        int to = Math.min(doc.sentenceTo(from), doc.paragraphStart[p + 1]);
        for (int k = from; k < to; k++) {
            if (isFirstPerson(k)) {
                return true;
            }
        }
        return false;
    }

    /** How many first-person words paragraph {@code p} holds outside quote marks: I, we, my, our, me, us, I’m, we’re. */
    private int firstPersonWords(int p) {
        int count = 0;
        for (int k = doc.paragraphStart[p]; k < doc.paragraphStart[p + 1]; k++) {
            if (!quoted[k] && !doc.isQuote(k) && isFirstPerson(k)) {
                count++;
            }
        }
        return count;
    }


    /** Whether paragraph {@code p} holds nothing but quotes and punctuation. */
    private boolean quoteOnly(int p) {
        int from = doc.paragraphStart[p];
        int to = doc.paragraphStart[p + 1];
        for (int k = from; k < to; k++) {
            if (!quoted[k] && !doc.isQuote(k) && doc.get(k).kind() != TokenKind.PUNCTUATION) {
                return false;
            }
        }
        return to > from;
    }

    /** The quote found first in paragraph {@code p}, or null. */
    private Found firstFoundIn(int p) {
        for (QuotedSpan o : spans) {
            if (o.paragraph() == p && bySpan.containsKey(o)) {
                return bySpan.get(o);
            }
        }
        return null;
    }

    /**
     * Whether paragraph {@code p} quotes speech: a direct quote, or quote marks around more than a
     * few words. A narration that only echoes a phrase in marks ("What “go after them” means is left
     * to voters, since Trump spoke in bromides") still introduces the speaker of the quotes after it.
     */
    private boolean hasSpeech(int p) {
        for (QuotedSpan o : spans) {
            if (o.paragraph() == p) {
                Found f = bySpan.get(o);
                int last = o.closed() ? o.close() : doc.paragraphStart[p + 1];
                if (f != null && f.type == QuoteType.DIRECT || last - o.open() > ECHO_TOKENS) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hasAnyMark(int p) {
        for (int k = doc.paragraphStart[p]; k < doc.paragraphStart[p + 1]; k++) {
            if (doc.isQuote(k) || quoted[k]) {
                return true;
            }
        }
        return false;
    }

    /** Whether paragraphs {@code from} and {@code to} are adjacent or only captions and credits stand between. */
    private boolean onlyCaptionsBetween(int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int p = from + 1; p < to; p++) {
            if (!doc.unterminated(p)) {
                return false;
            }
        }
        return true;
    }

    private static Found root(Found f) {
        Found r = f;
        for (int guard = 0; r.source != null && guard < 1000; guard++) {
            r = r.source;
        }
        return r;
    }

    private boolean isFirstInParagraph(QuotedSpan s) {
        return s.open() == doc.paragraphStart[s.paragraph()];
    }

    /** A paragraph ending in a colon with no quote of its own attributes the quote after it. */
    private boolean colonLine(int p, Found f) {
        int from = doc.paragraphStart[p];
        int to = doc.paragraphStart[p + 1];
        if (to <= from || !doc.isPunct(to - 1, ":") || doc.isHeading(p)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (doc.isQuote(k) && QuoteMarks.isDouble(doc.word(k).charAt(0))) {
                return false;
            }
        }
        for (int k = to - 2; k >= from; k--) {
            int[] v = phrases.verbEndingAt(k, Lexicon.SPEECH_VERBS);
            if (v != null) {
                SpeakerPhrase sp = phrases.subjectOf(v[0]);
                if (sp != null) {
                    attach(f, new Attribution(v[0], v[1], sp));
                    return true;
                }
            }
        }
        SpeakerPhrase last = null;
        for (int k = from; k < to - 1; k++) {
            SpeakerPhrase sp = NameRuns.canStart(doc, k) || Lexicon.ROLE_WORDS.contains(doc.bare(k))
                    ? phrases.forward(k, to - 1) : null;
            if (sp != null && sp.kind() == SpeakerPhrase.Kind.NAME) {
                if (k == from && !NameRuns.isOrganisation(doc, sp.from(), sp.to())
                        && (doc.isPunct(sp.to(), ",") || doc.is(sp.to(), "and") || doc.is(sp.to(), "of"))) {
                    last = sp; // "Uli Lorimer, Director of Horticulture at Native Plant Trust:" is Lorimer's line
                    break;
                }
                last = sp;
                k = sp.to() - 1;
            }
        }
        if (last == null) {
            return false;
        }
        f.cue(doc.get(to - 1).start(), doc.get(to - 1).end());
        f.phrase = last;
        return true;
    }

    // ---------------------------------------------------------------- interviews

    /**
     * Q&A transcripts: a paragraph opening with a label ({@code A:}, {@code ESPINOZA:}) is an
     * answer, quoted whole, by the interviewee or the person the label names; a question label
     * ({@code Q:}, {@code HOST:}) is not a quote. An unlabelled first-person paragraph right after
     * an answer continues it.
     */
    private void interview() {
        Found lastAnswer = null;
        int firstLabel = -1;
        Set<String> narrators = new java.util.HashSet<>();
        for (int p = 0; p < doc.paragraphs.size(); p++) {
            int t = doc.paragraphStart[p];
            int colon = labelColon(t, doc.paragraphStart[p + 1]);
            if (colon > 0) {
                if (firstLabel < 0) {
                    firstLabel = t;
                }
                String label = doc.bare(t);
                // "NAME, BYLINE:" / "NAME, HOST:" introduce the reporters; their later "NAME:" lines are narration
                int comma = colon;
                for (int k = t; k < colon; k++) {
                    if (doc.isPunct(k, ",")) {
                        comma = k;
                        break;
                    }
                }
                boolean narrator = comma < colon || narrators.contains(doc.bare(colon - 1));
                if (comma < colon) {
                    narrators.add(doc.bare(comma - 1));
                }
                Referent who = narrator ? null : ANSWER_LABELS.contains(label) ? refs.mostNamedPerson(firstLabel)
                        : QUESTION_LABELS.contains(label) ? null : refs.byLabel(doc.word(colon - 1));
                if (who == null) {
                    questionParagraph[p] = true;
                    narration[p] = narrator;
                    lastAnswer = null;
                    continue;
                }
                int start = colon + 1 < doc.paragraphStart[p + 1] ? doc.get(colon + 1).start() : doc.paragraphs.get(p).end();
                int end = doc.paragraphs.get(p).end();
                if (end <= start) {
                    continue;
                }
                Found f = new Found(QuoteType.DIRECT, start, end, 0.9);
                f.cue(doc.get(t).start(), doc.get(colon).end());
                f.speaker = who;
                if (!ANSWER_LABELS.contains(label)) {
                    f.phrase = new SpeakerPhrase(t, colon, SpeakerPhrase.Kind.NAME);
                }
                found.add(f);
                answerParagraph[p] = true;
                lastAnswer = f;
            } else if (lastAnswer != null && !doc.isHeading(p) && firstPerson(p) && !hasMarks(p)) {
                Found f = new Found(QuoteType.DIRECT, doc.paragraphs.get(p).start(), doc.paragraphs.get(p).end(), 0.8);
                f.source = lastAnswer;
                found.add(f);
                answerParagraph[p] = true;
            } else {
                lastAnswer = null;
            }
        }
    }

    /**
     * The colon of a transcript label opening a paragraph at token {@code t} ({@code A:},
     * {@code ESPINOZA:}, {@code ROSIE CURTS:}, {@code SACHA PFEIFFER, HOST:}), or -1.
     */
    private int labelColon(int t, int to) {
        if (t + 1 >= to || !doc.isWord(t)) {
            return -1;
        }
        if (doc.word(t).length() == 1 && doc.get(t).isCapitalized()) {
            return doc.isPunct(t + 1, ":") ? t + 1 : -1;
        }
        boolean comma = false;
        for (int k = t; k < to && k < t + 6; k++) {
            if (doc.isPunct(k, ":")) {
                return k > t && !doc.isPunct(k - 1, ",") ? k : -1;
            }
            if (doc.isPunct(k, ",") && !comma && k > t) {
                comma = true;
            } else if (!doc.isWord(k) || !doc.get(k).isAllCaps() || doc.word(k).length() < 2) {
                return -1;
            }
        }
        return -1;
    }

    private boolean firstPerson(int p) {
        for (int k = doc.paragraphStart[p]; k < doc.paragraphStart[p + 1]; k++) {
            String b = doc.bare(k);
            if (b.equals("i") || b.equals("we") || b.equals("my") || b.equals("our") || b.equals("me") || b.equals("us")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasMarks(int p) {
        for (QuotedSpan s : spans) {
            if (s.paragraph() == p && doc.isPunct(s.open() - 1, ",") == false && s.open() == doc.paragraphStart[p]) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- reported speech

    /** Reported speech in paragraph {@code p}: one sentence at a time. */
    private void reported(int p) {
        int from = doc.paragraphStart[p];
        int to = doc.paragraphStart[p + 1];
        int i = from;
        while (i < to) {
            context.checkDeadline(STAGE);
            int sTo = Math.min(doc.sentenceTo(i), to);
            reportedInSentence(i, Math.max(sTo, i + 1));
            i = Math.max(sTo, i + 1);
        }
    }

    private void reportedInSentence(int sFrom, int sTo) {
        List<int[]> clauses = new ArrayList<>();
        for (int i = sFrom; i < sTo; i++) {
            if (quoted[i] || doc.isQuote(i)) {
                continue;
            }
            if (doc.is(i, "according") && doc.is(i + 1, "to")) {
                if (rules.accordingTo()) {
                    accordingTo(sFrom, sTo, i, clauses);
                }
                continue;
            }
            int[] v = phrases.verbAt(i, Lexicon.REPORTING_VERBS);
            if (v == null) {
                continue;
            }
            i = v[1] - 1;
            if (passiveOrInfinitive(v)) {
                continue;
            }
            if (rules.trailing() && doc.isPunct(v[0] - 1, ",") && v[0] - 1 - sFrom >= 4 && !tells(v)) {
                // "…, said Darren Tipton, CEO of the chain." — the clause first, the speaker after the verb
                SpeakerPhrase inverted = phrases.forward(v[1], sTo);
                if (inverted != null && (inverted.to() >= sTo - 1 || doc.isPunct(inverted.to(), ",")
                        || onlyAdjuncts(inverted.to(), sTo))) {
                    addReported(sFrom, v[0] - 1, v, inverted, clauses);
                    continue;
                }
            }
            SpeakerPhrase subject = phrases.subjectOf(v[0]);
            if (subject == null || !reportingSubject(subject, v) || !canSuggest(subject, v)) {
                continue;
            }
            // "…, the university said." — the clause comes first
            int comma = doc.is(subject.from() - 1, "the") ? subject.from() - 2 : subject.from() - 1;
            if (rules.trailing() && doc.isPunct(comma, ",") && onlyAdjuncts(afterAddressee(v, sTo), sTo) && comma - sFrom >= 4) {
                addReported(sFrom, comma, v, subject, clauses);
                continue;
            }
            int start = clauseStart(v, sTo);
            if (start < 0) {
                continue;
            }
            boolean that = doc.is(start - 1, "that") || doc.isPunct(start - 1, ",") && doc.is(start - 2, "that");
            int end = frontedClauseEnd(sFrom, subject, start, clauseEnd(start, sTo));
            if (!that && !bareClause(v, start, end)) {
                continue;
            }
            if (end - start < 3 || !that && !finite(start, end) || doc.is(start, "to")
                    || !that && Lexicon.PHRASE_OPENERS.contains(doc.bare(start))
                    && !(doc.is(start, "this") && Lexicon.FINITE.contains(doc.bare(start + 1))) || attributesQuote(subject, v)) {
                continue;
            }
            addReported(start, end, v, subject, clauses);
        }
    }

    /**
     * Where a report inside a fronted subordinate clause ends: at the comma before the main clause
     * ({@code While Ruiz has said that the fee is fair, Blake has called it a tax}). The main
     * clause is the sentence's own statement, not part of the report. {@code end} when the subject
     * does not open the sentence's clause after a subordinator.
     */
    private int frontedClauseEnd(int sFrom, SpeakerPhrase subject, int start, int end) {
        int lead = doc.is(sFrom, "and") || doc.is(sFrom, "but") ? sFrom + 1 : sFrom;
        boolean fronted = FRONTED_SUBORDINATORS.contains(doc.bare(lead)) && subject.from() == lead + 1
                || doc.is(lead, "even") && doc.is(lead + 1, "though") && subject.from() == lead + 2;
        if (!fronted) {
            return end;
        }
        for (int m = start + 2; m + 1 < end; m++) {
            String next = doc.bare(m + 1);
            if (doc.isPunct(m, ",") && (Lexicon.SUBJECT_PRONOUNS.contains(next)
                    || doc.isCapitalizedWord(m + 1) || SUBJECT_DETERMINERS.contains(next))) {
                return m;
            }
        }
        return end;
    }

    /** Whether the cue is a form of "tell", whose object is the listener, never the speaker ("…, told Reuters"). */
    private boolean tells(int[] v) {
        return v[1] - v[0] == 1 && Set.of("tell", "tells", "told", "telling").contains(doc.bare(v[0]));
    }

    /** The token after a tell verb's listener ("told Reuters", "told The Independent", "told reporters"), else after the verb. */
    private int afterAddressee(int[] v, int limit) {
        if (!tells(v) || v[1] >= limit) {
            return v[1];
        }
        if (OBJECTS.contains(doc.bare(v[1]))) {
            return v[1] + 1;
        }
        int k = doc.is(v[1], "the") && NameRuns.canStart(doc, v[1] + 1) ? v[1] + 1 : v[1];
        int end = NameRuns.canStart(doc, k) ? NameRuns.end(doc, k, limit) : k;
        return end > k ? end : v[1];
    }

    private void accordingTo(int sFrom, int sTo, int i, List<int[]> clauses) {
        int[] cue = {i, i + 2};
        if (doc.isPunct(i - 1, ",") && i - 1 - sFrom >= 3) {
            int xEnd = i + 2;
            while (xEnd < sTo && !doc.isPunct(xEnd, ",") && !doc.isPunct(xEnd, ".")) {
                xEnd++;
            }
            SpeakerPhrase x = source(i + 2, xEnd);
            if (x != null) {
                addReported(sFrom, i - 1, cue, x, clauses);
            }
        } else if (i == sFrom || i - sFrom <= 1) {
            int comma = i + 2;
            while (comma < sTo && !doc.isPunct(comma, ",")) {
                comma++;
            }
            SpeakerPhrase x = source(i + 2, comma);
            if (x != null && comma + 1 < sTo) {
                addReported(comma + 1, clauseEnd(comma + 1, sTo), cue, x, clauses);
            }
        }
    }

    /**
     * Whether a subject can report speech with this verb: not the writer or reader ("I'll add",
     * "you might say"), not a demonstrative or a capitalised opener ("This adds", "As noted"), and
     * a bare plural form ("say", "add") only after a plural subject ("experts say", "they argue"),
     * not after a name ("Logic Pro add").
     */
    private boolean reportingSubject(SpeakerPhrase subject, int[] v) {
        String first = doc.bare(subject.from());
        String w = first.replace('’', '\'');
        if (w.equals("i") || w.startsWith("i'") || w.equals("you") || w.startsWith("you'") || w.startsWith("we'")
                || Set.of("this", "these", "those", "that").contains(w)
                || subject.kind() == SpeakerPhrase.Kind.NAME && subject.to() - subject.from() == 1
                && Lexicon.PHRASE_OPENERS.contains(first)) {
            return false;
        }
        String verb = doc.bare(v[0]);
        boolean bare = !verb.endsWith("s") && !verb.endsWith("ed") && !verb.endsWith("ing")
                && !Set.of("said", "told", "wrote", "led").contains(verb) && v[1] - v[0] == 1
                && !AUX_BEFORE.contains(doc.bare(v[0] - 1));
        if (!bare) {
            return true;
        }
        return subject.kind() == SpeakerPhrase.Kind.PRONOUN && !first.equals("he") && !first.equals("she")
                && !first.equals("it") || subject.kind() == SpeakerPhrase.Kind.ROLE
                && doc.bare(subject.to() - 1).endsWith("s");
    }

    /**
     * Whether the subject can report with a verb that things do too ("data suggests", "the
     * guidelines recommend"): a person's pronoun, a role, a name the article knows or of two words
     * at least, or "everyone".
     */
    private boolean canSuggest(SpeakerPhrase subject, int[] v) {
        if (!WEAK_REPORTING_VERBS.contains(doc.bare(v[0]))) {
            return true;
        }
        return switch (subject.kind()) {
            case PRONOUN -> !doc.is(subject.from(), "it");
            // "early returns indicated that": a thing signals, a person or body indicates
            case ROLE -> !SIGNAL_VERBS.contains(doc.bare(v[0])) || Lexicon.ROLE_WORDS.contains(doc.bare(subject.to() - 1))
                    || Lexicon.ORG_NOUNS.contains(doc.bare(subject.to() - 1));
            case NAME -> subject.to() - subject.from() > 1 || refs.lookup(subject.from(), subject.to()) != null
                    || Set.of("everyone", "everybody", "someone", "somebody").contains(doc.bare(subject.from()));
            default -> false;
        };
    }

    /** The source after "according to": a speaker phrase, or a short noun phrase ("local news reports"). */
    private SpeakerPhrase source(int from, int to) {
        SpeakerPhrase x = phrases.forward(from, to);
        if (x != null && x.kind() == SpeakerPhrase.Kind.NAME && x.to() + 1 < to
                && doc.get(x.to()).kind() == TokenKind.POSSESSIVE && NameRuns.canStart(doc, x.to() + 1)) {
            SpeakerPhrase owned = phrases.forward(x.to() + 1, to); // "RedMonk’s Stephens" is Stephens
            x = owned != null && owned.kind() == SpeakerPhrase.Kind.NAME ? owned : x;
        }
        int n = from + (doc.is(from, "a") || doc.is(from, "an") || doc.is(from, "the") ? 1 : 0);
        if (x == null && n + 2 < to && Lexicon.SPEECH_NOUNS.contains(doc.bare(n))
                && (doc.is(n + 1, "from") || doc.is(n + 1, "by") || doc.is(n + 1, "of"))) {
            return source(n + 2, to); // "according to a statement from the White House"
        }
        if (x != null || to - from < 1 || to - from > 5) {
            return x;
        }
        for (int k = from + 1; k < to; k++) {
            if (NameRuns.canStart(doc, k)) {
                SpeakerPhrase named = phrases.forward(k, to); // "whale rescue group Project Jonah"
                if (named != null && named.kind() == SpeakerPhrase.Kind.NAME && named.to() == to) {
                    return named;
                }
            }
        }
        for (int k = from; k < to; k++) {
            if (!doc.isWord(k) || quoted[k]) {
                return null;
            }
        }
        return new SpeakerPhrase(from, to, SpeakerPhrase.Kind.ROLE);
    }

    private boolean passiveOrInfinitive(int[] v) {
        int b = v[0] - 1;
        if (v[1] - v[0] > 1) {
            return false;
        }
        String prev = b >= 0 ? doc.bare(b) : "";
        boolean announced = prev.equals("to") && b > 0 && (Lexicon.EXPECTATION.contains(doc.bare(b - 1)) // "is expected to say"
                || doc.is(b - 1, "on") && b > 1 && Set.of("went", "goes", "go", "going").contains(doc.bare(b - 2)) // "went on to say"
                || Set.of("continued", "continues", "continue", "proceeded").contains(doc.bare(b - 1))); // "continued to insist"
        if (prev.equals("be") || prev.equals("been") || prev.equals("being") || prev.equals("was") && !doc.is(v[0], "said")
                || prev.equals("were") || prev.equals("to") && !announced || prev.equals("is") && doc.bare(v[0]).endsWith("ed")) {
            return true;
        }
        return doc.is(v[1], "to") || doc.is(v[1], "by");
    }

    /** Whether the verb is the cue of a quote right before it: "“…” the minister said as she …". */
    private boolean attributesQuote(SpeakerPhrase subject, int[] v) {
        int first = Math.min(subject.from(), v[0]);
        int from = doc.sentenceFrom(first);
        int b = first - 1;
        while (b >= from && (doc.isPunct(b, ",") || doc.is(b, "the"))) {
            b--;
        }
        return b >= from && doc.isQuote(b) && !quoted[b];
    }

    /** Whether only an adjunct ("on Tuesday", "in a statement") or a participle phrase follows the verb. */
    private boolean onlyAdjuncts(int k, int sTo) {
        int end = sTo;
        while (end > k && (doc.get(end - 1).kind() == TokenKind.PUNCTUATION || doc.isQuote(end - 1))) {
            end--;
        }
        if (k >= end) {
            return true;
        }
        if (!PREPOSITIONS.contains(doc.bare(k)) && !doc.isPunct(k, ",")) {
            return false;
        }
        for (int m = k; m < end; m++) {
            if (doc.is(m, "that") || Lexicon.SUBJECT_PRONOUNS.contains(doc.bare(m)) && !doc.is(m, "it")) {
                return false;
            }
            if (doc.isPunct(m, ",")) {
                // "…, Tipton said, despite …", "…, she said, adding …"
                // "…, the ministry reported, down from 5 percent": a comparison is no clause of its own
                return m + 1 < end && (doc.bare(m + 1).endsWith("ing") || TAIL_OPENERS.contains(doc.bare(m + 1))
                        || (doc.is(m + 1, "down") || doc.is(m + 1, "up")) && doc.is(m + 2, "from")
                        || doc.is(m + 1, "compared") && (doc.is(m + 2, "with") || doc.is(m + 2, "to")));
            }
        }
        return true;
    }

    /** Where the reported clause starts after the verb, or -1. */
    private int clauseStart(int[] v, int sTo) {
        int k = v[1];
        if (k >= sTo || doc.isPunct(k, ":") || doc.isPunct(k, ",") || doc.isQuote(k)) {
            return -1;
        }
        boolean addressee = Lexicon.ADDRESSEE_VERBS.contains(doc.bare(v[0]));
        if (addressee && OBJECTS.contains(doc.bare(k))) {
            // "told us the customers underestimated …", "told reporters on Tuesday that …"
            for (int m = k + 1; m < sTo && m < k + 7; m++) {
                if (doc.is(m, "that")) {
                    return m + 1;
                }
                if (Lexicon.FINITE.contains(doc.bare(m)) || doc.isPunct(m, ",")) {
                    break;
                }
            }
            return k + 1;
        }
        if (addressee) {
            // "told jurors he had …", "told Russia’s Chief Rabbi, Berel Lazar, … that Moscow …"
            for (int m = k; m < sTo && m < k + 25 && !quoted[m] && !doc.isQuote(m); m++) {
                String b = doc.bare(m);
                if (b.equals("that")) {
                    return m + 1;
                }
                if (m > k && (Lexicon.SUBJECT_PRONOUNS.contains(b) || b.equals("there"))) {
                    return m;
                }
                if (Lexicon.FINITE.contains(b)) {
                    return -1;
                }
            }
            return -1;
        }
        int window = 9;
        for (int m = k; m < sTo && m < k + window; m++) {
            if (doc.isQuote(m) || quoted[m] || doc.isPunct(m, ",") || doc.isPunct(m, ".")
                    || Lexicon.SUBJECT_PRONOUNS.contains(doc.bare(m)) || Lexicon.FINITE.contains(doc.bare(m))) {
                break; // "said they were not told that …": the clause has begun
            }
            if (doc.is(m, "that")) {
                return doc.isPunct(m + 1, ",") ? m + 2 : m + 1; // "say that, because …, the clause"
            }
        }
        if (PREPOSITIONS.contains(doc.bare(k))) {
            int m = k + 1;
            if (m < sTo && (doc.is(m, "a") || doc.is(m, "an") || doc.is(m, "the"))) {
                m++;
            }
            int limit = m + 3;
            boolean message = false;
            while (m < sTo && m < limit && (Lexicon.SPEECH_NOUNS.contains(doc.bare(m))
                    || doc.isWord(m) && Lexicon.SPEECH_NOUNS.contains(doc.bare(m + 1)) // "a blog post", "a news conference"
                    || PREPOSITIONS.contains(doc.bare(m)) || doc.get(m).kind() == TokenKind.NUMBER
                    || doc.is(m, "morning") || doc.is(m, "night") || doc.is(m, "afternoon") || doc.is(m, "evening"))) {
                message |= Lexicon.SPEECH_NOUNS.contains(doc.bare(m));
                m++;
            }
            // "in a blog post published Thursday": a participle after the message describes it
            return message && m < sTo && doc.isWord(m) && doc.bare(m).endsWith("ed") ? -1 : m;
        }
        return k;
    }

    /** Where the reported clause ends: the sentence's end, or a cut (", which", ", saying", "and warned"). */
    private int clauseEnd(int start, int sTo) {
        int end = sTo;
        for (int m = start; m < sTo; m++) {
            if (rules.cuts()) {
                if (doc.isPunct(m, ",") && m + 1 < sTo) {
                    String next = doc.bare(m + 1);
                    boolean participle = next.endsWith("ing") && next.length() > 5 && !next.equals("including")
                            && doc.isWord(m + 1) && !doc.get(m + 1).isCapitalized();
                    // "insists the party must change, and has championed an agenda …": the subject's own deed, not the report
                    boolean ownDeed = next.equals("and") && m + 3 < sTo && Set.of("has", "have", "had").contains(doc.bare(m + 2))
                            && doc.isWord(m + 3) && (doc.bare(m + 3).endsWith("ed") || doc.bare(m + 3).endsWith("en"));
                    if (ownDeed || next.equals("which") || participle || next.equals("according") || next.equals("amid")
                            || Lexicon.REPORTING_VERBS.contains(next)
                            || next.equals("but") && m + 3 < sTo && Lexicon.SUBJECT_PRONOUNS.contains(doc.bare(m + 2))
                            && !Lexicon.FINITE.contains(doc.bare(m + 3))) {
                        end = m;
                        break;
                    }
                }
                if ((doc.is(m, "and") || doc.is(m, "but")) && m > start
                        && (Lexicon.REPORTING_VERBS.contains(doc.bare(m + 1)) && !doc.bare(m + 1).startsWith("report")
                        || doc.is(m + 1, "called") || reportingSubjectAhead(m + 1, sTo))) {
                    end = doc.isPunct(m - 1, ",") ? m - 1 : m;
                    break;
                }
                if (doc.isPunct(m, "—") || doc.isPunct(m, "–")) {
                    int pair = m + 1;
                    while (pair < sTo && !doc.isPunct(pair, doc.word(m))) {
                        pair++;
                    }
                    if (pair < sTo && pair - m <= 15) {
                        m = pair; // "— from Italy, Poland … —": an aside inside the clause
                        continue;
                    }
                    end = m;
                    break;
                }
                if (doc.isPunct(m, ";") || m > start + 2 && doc.is(m, "even") && doc.is(m + 1, "as")) {
                    end = m; // "… would pay for themselves even as the budget office estimated …": a second report
                    break;
                }
            }
        }
        while (end > start && (doc.get(end - 1).kind() == TokenKind.PUNCTUATION && !doc.word(end - 1).equals(")")
                || doc.isQuote(end - 1) && !quoted[end - 1])) {
            end--;
        }
        return end;
    }

    /**
     * Whether a clause without "that" is reported speech rather than the verb's object: after
     * verbs other than say / add / write … it must open with a subject ("denied any wrongdoing",
     * "declared martial law" are objects), and its verb must come before its first comma
     * ("claimed responsibility, the bloodshed raised …" is two clauses).
     */
    private boolean bareClause(int[] v, int start, int end) {
        String w = doc.bare(start);
        if (!BARE_CLAUSE_VERBS.contains(doc.bare(v[0])) && !Lexicon.SUBJECT_PRONOUNS.contains(w)
                && !doc.get(start).isCapitalized() && !SUBJECT_DETERMINERS.contains(w)) {
            return false;
        }
        for (int m = start; m < end; m++) {
            if (doc.isPunct(m, ",")) {
                return finite(start, m);
            }
        }
        return true;
    }

    /** "… and the military said …", "… and he noted …": a new subject with its own reporting verb. */
    private boolean reportingSubjectAhead(int from, int sTo) {
        for (int m = from; m < sTo && m < from + 4; m++) {
            if (!doc.isWord(m) || quoted[m] || Lexicon.FINITE.contains(doc.bare(m)) && !doc.is(m, "has")) {
                return false;
            }
            if (m > from && !doc.get(m).isCapitalized() && Lexicon.REPORTING_VERBS.contains(doc.bare(m))
                    && !doc.bare(m).startsWith("report")) {
                return !doc.is(m - 1, "to"); // "misspoke and intended to say that …" goes on with the same subject
            }
        }
        return false;
    }

    private boolean finite(int start, int end) {
        for (int m = start; m < end; m++) {
            String b = doc.bare(m);
            if (Lexicon.FINITE.contains(b) || m > start && b.endsWith("ed") && b.length() > 4 && doc.isWord(m)
                    && !doc.get(m).isCapitalized() || presentTense(m, start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A present-tense verb after its subject: "gardening fosters", "the initiative encourages" — a
     * lower-case word in -s after a word that is not a determiner, preposition or possessive.
     */
    private boolean presentTense(int m, int start) {
        String b = doc.bare(m);
        if (m <= start || b.length() <= 3 || !b.endsWith("s") || b.endsWith("ss") || b.endsWith("us")
                || b.endsWith("is") || !doc.isWord(m) || doc.get(m).isCapitalized() || !doc.isWord(m - 1)) {
            return false;
        }
        String prev = doc.bare(m - 1);
        return !SUBJECT_DETERMINERS.contains(prev) && !PREPOSITIONS.contains(prev) && !Lexicon.PHRASE_OPENERS.contains(prev)
                && doc.get(m - 1).kind() != TokenKind.POSSESSIVE && !prev.endsWith("’s") && !prev.endsWith("'s")
                && !Set.of("of", "and", "or", "new", "more", "other", "few", "several", "two", "three").contains(prev);
    }

    private void addReported(int start, int end, int[] cue, SpeakerPhrase subject, List<int[]> clauses) {
        if (end - start < 3) {
            return;
        }
        for (int m = start; m < end; m++) {
            if (quoted[m]) {
                return; // quoted words inside reported speech: only the PARTIAL is annotated
            }
        }
        // a reporting verb inside an earlier clause is part of what was reported
        for (int[] other : clauses) {
            if (cue[0] >= other[0] && cue[0] < other[1]) {
                return;
            }
        }
        int s = doc.get(start).start();
        int e = doc.get(end - 1).end();
        Found f = new Found(QuoteType.INDIRECT, s, e, 0.8);
        f.cue(doc.get(cue[0]).start(), doc.get(cue[1] - 1).end());
        f.phrase = subject;
        clauses.add(new int[] {start, end, found.size()});
        found.add(f);
    }

    // ---------------------------------------------------------------- speakers

    /** Resolves speaker phrases in text order, so each resolution can follow the ones before it. */
    private void resolveSpeakers() {
        List<Found> order = new ArrayList<>(found);
        order.sort(Comparator.comparingInt((Found f) -> f.source == null ? 0 : 1).thenComparingInt(f -> f.anchor(doc)));
        // the latest attribution, when a body the text names only by a role spoke ("the groups say",
        // "the Ortiz campaign said"), and the pronoun that goes on with it ("they", "it")
        Found lastBody = null;
        String bodyPronoun = null;
        for (Found f : order) {
            context.checkDeadline(STAGE);
            if (f.source != null || f.phrase == null) {
                continue;
            }
            SpeakerPhrase sp = f.phrase;
            String pronoun = f.speaker == null && sp.kind() == SpeakerPhrase.Kind.PRONOUN && rules.pronouns()
                    ? doc.bare(sp.from()) : "";
            String group = pronoun.equals("they") ? groupBefore(sp.from()) : null;
            if (group == null && lastBody != null && pronoun.equals(bodyPronoun)
                    && doc.paragraphOf(sp.from()) - doc.paragraphOf(lastBody.phrase.from()) <= 1) {
                group = lastBody.speakerName; // "…, the groups say. They argue …": the same body goes on
            }
            if (group != null) {
                f.speakerName = group;
                lastBody = f;
                bodyPronoun = pronoun;
                continue;
            }
            lastBody = null;
            Referent r = f.speaker != null ? f.speaker : resolve(sp);
            f.speaker = r;
            if (r != null) {
                // a source ("according to her daughter") is not the subject a later pronoun refers to
                refs.speakerAt(sp.from(), r, !(f.cueStart >= 0 && Lexicon.lower(doc.text.substring(f.cueStart, f.cueEnd)).startsWith("according")));
                f.confidence = Math.min(1, f.confidence + (sp.kind() == SpeakerPhrase.Kind.NAME ? 0.05 : 0));
            } else if (sp.kind() != SpeakerPhrase.Kind.PRONOUN) {
                f.speakerName = speakerText(sp);
                f.confidence *= 0.85;
                String head = doc.bare(sp.to() - 1);
                if (sp.kind() == SpeakerPhrase.Kind.ROLE && (Lexicon.GROUP_NOUNS.contains(head) || Lexicon.ORG_NOUNS.contains(head))) {
                    lastBody = f;
                    bodyPronoun = Lexicon.GROUP_NOUNS.contains(head) ? "they" : "it";
                }
            } else {
                f.confidence *= 0.6;
            }
        }
    }

    /**
     * The group "they" at {@code token} stands for when the sentence before opens with one and
     * names no entity there: "Republicans in the legislature back the bill. They say …" gives
     * "Republicans", "House Democrats …" gives "House Democrats". Null otherwise.
     */
    private String groupBefore(int token) {
        int own = doc.sentenceFrom(token);
        if (own == 0 || doc.paragraphOf(own - 1) < doc.paragraphOf(token) - 1) {
            return null;
        }
        int k = doc.sentenceFrom(own - 1);
        while (k < own - 1 && Lexicon.SOURCE_DETERMINERS.contains(doc.bare(k))) {
            k++;
        }
        int from = k;
        if (doc.isCapitalizedWord(k) && !Lexicon.GROUP_NOUNS.contains(doc.bare(k)) && k + 1 < own) {
            k++; // "House Democrats", "Local officials"
        }
        if (!doc.isWord(k) || quoted[k] || !Lexicon.GROUP_NOUNS.contains(doc.bare(k)) || refs.lookup(from, k + 1) != null) {
            return null;
        }
        return doc.text.substring(doc.get(from).start(), doc.get(k).end());
    }

    private Referent resolve(SpeakerPhrase sp) {
        String first = Phrases.POSSESSIVE_SUBJECTS.getOrDefault(doc.bare(sp.from()), doc.bare(sp.from()));
        switch (sp.kind()) {
            case PRONOUN:
                return rules.pronouns() ? refs.pronoun(first, sp.from()) : null;
            case RELATIVE:
                return refs.pronoun(first.equals("who") ? "who" : "it", sp.from());
            case NAME: {
                Referent r = refs.lookup(sp.from(), sp.to());
                for (int from = sp.from() + 1; r == null && from < sp.to() && titledOffice(sp); from++) {
                    r = refs.lookup(from, sp.to()); // "State Rubio" after "Secretary of": Rubio
                }
                return r != null ? r : refs.create(sp.from(), sp.to());
            }
            default:
                return rules.roles() ? role(sp) : null;
        }
    }

    /** Whether the name follows an office named with "of": "Secretary of State Brad Raffensperger". */
    private boolean titledOffice(SpeakerPhrase sp) {
        int k = sp.from() - 1;
        while (k > 0 && NameRuns.isNameWord(doc, k) && k > sp.from() - 4) {
            k--;
        }
        return doc.is(k, "of") && k > 0 && Lexicon.ROLE_WORDS.contains(doc.bare(k - 1));
    }

    private Referent role(SpeakerPhrase sp) {
        if (phrases.anonymous(sp)) {
            return null; // "a person familiar with the talks" is nobody the text names
        }
        for (int k = sp.from() + 1; k < sp.to(); k++) {
            boolean loose = doc.is(k, "from") || doc.is(k, "with");
            if ((doc.is(k, "for") || doc.is(k, "at") || loose) && k + 1 < sp.to()) {
                SpeakerPhrase of = phrases.forward(k + 1, sp.to());
                if (of != null) {
                    Referent r = resolve(of);
                    // "officials from X" speak for X only when X is an organisation
                    if (r != null && (!loose || r.isOrganisation())) {
                        r.roles.add(doc.bare(k - 1));
                        return r;
                    }
                }
                return null;
            }
        }
        int head = sp.to() - 1;
        if (doc.get(sp.from()).kind() != TokenKind.POSSESSIVE && NameRuns.isNameWord(doc, sp.from())) {
            // "Corvin Labs’ spokesman": the owner's name runs up to the possessive
            int p = sp.from() + 1;
            while (p < head && NameRuns.isNameWord(doc, p)) {
                p++;
            }
            Referent owner = p < head && doc.get(p).kind() == TokenKind.POSSESSIVE ? refs.lookup(sp.from(), p) : null;
            if (owner != null && owner.isOrganisation() && Lexicon.ORG_VOICES.contains(doc.bare(head))) {
                owner.roles.add(doc.bare(head));
                return owner;
            }
        }
        int firstModifier = sp.from() + (Lexicon.SOURCE_DETERMINERS.contains(doc.bare(sp.from())) ? 1 : 0);
        if (head == firstModifier + 1 && Lexicon.ORG_VOICES.contains(doc.bare(head))
                && Lexicon.ORG_NOUNS.contains(doc.bare(firstModifier))
                && (!doc.isCapitalizedWord(firstModifier) || firstModifier == doc.sentenceFrom(firstModifier))) {
            // "Agency officials said", "department officials": the officials of that body named before
            Referent body = refs.role(doc.bare(firstModifier), sp.from(), false);
            if (body != null && body.isOrganisation()) {
                body.roles.add(doc.bare(head));
                return body;
            }
        }
        boolean proper = false;
        for (int k = firstModifier; k < head; k++) {
            proper |= doc.isCapitalizedWord(k);
        }
        if (proper && Lexicon.ORG_VOICES.contains(doc.bare(head))) {
            // "A State Department spokesman", "Corvin Labs officials": they speak for the organisation
            int k = sp.from() + (doc.isCapitalizedWord(sp.from()) && !Lexicon.SOURCE_DETERMINERS.contains(doc.bare(sp.from())) ? 0 : 1);
            while (k < head && !doc.isCapitalizedWord(k)) {
                k++;
            }
            Referent owner = k < head ? refs.lookup(k, head) : null;
            if (owner == null && head - k >= 2 && capitalisedRun(k, head)) {
                // "Con Edison officials said" with no entity for it: the name is still an organisation
                owner = refs.createOrganisation(k, head);
            }
            if (owner != null) {
                // "Con Edison officials": a name modifying officials names their body, however typed
                owner.roles.add(doc.bare(head)); // "the officials" later are its officials
                return owner;
            }
            return null; // "Israeli officials" are no other organisation's officials
        }
        return refs.role(doc.bare(head), sp.from(), proper);
    }

    private boolean capitalisedRun(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!doc.isCapitalizedWord(k)) {
                return false;
            }
        }
        return true;
    }

    /** The phrase as a name: "the Israeli military" gives "Israeli military". */
    private String speakerText(SpeakerPhrase sp) {
        int from = sp.from();
        // determiners and quantifiers go ("the Israeli military", "her daughter", "most experts");
        // modifiers stay ("indigenous elders", "a senior official" is "senior official")
        while (from < sp.to() - 1 && Lexicon.SOURCE_DETERMINERS.contains(doc.bare(from))) {
            from++;
        }
        from = Math.min(from, sp.to() - 1);
        return doc.text.substring(doc.get(from).start(), doc.get(sp.to() - 1).end());
    }

    // ---------------------------------------------------------------- output

    private List<Quote> build(Article article) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Found f) -> f.start).thenComparingInt(f -> f.end));
        List<Quote> out = new ArrayList<>();
        int lastEnd = -1;
        for (Found f : sorted) {
            if (f.end <= f.start || f.start < lastEnd) {
                continue; // overlaps a quote already taken
            }
            String words = doc.text.substring(f.start, f.end);
            Quote.Builder q = Quote.builder("Q" + (out.size() + 1), f.type, new Mention(f.start, f.end, words));
            Found src = root(f);
            if (src.cueStart >= 0) {
                q.cue(Cue.of(doc.text, src.cueStart, src.cueEnd));
            }
            Speaker speaker = speakerOf(src, f == src);
            q.speaker(speaker);
            double c = f == src ? f.confidence : Math.min(f.confidence, src.confidence * 0.95);
            // two decimals: the figure is a rough grade, and float noise (0.9500000000000001) reads as false precision
            double clamped = Math.max(0, Math.min(1, speaker == null ? c * 0.5 : c));
            q.confidence(Math.round(clamped * 100) / 100.0);
            out.add(q.build());
            lastEnd = f.end;
        }
        return out;
    }

    private Speaker speakerOf(Found src, boolean own) {
        Mention where = null;
        if (own && src.phrase != null) {
            SpeakerPhrase sp = src.phrase;
            int s = doc.get(sp.from()).start();
            int e = doc.get(sp.to() - 1).end();
            where = new Mention(s, e, doc.text.substring(s, e));
        }
        if (src.speaker != null) {
            return src.speaker.speaker(where);
        }
        if (src.speakerName != null) {
            return where == null ? Speaker.of(src.speakerName) : Speaker.of(src.speakerName, where);
        }
        return null;
    }
}
