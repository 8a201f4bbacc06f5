package io.github.lede.extractor.quotes;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English words the quote rules key on: reporting verbs, speaker nouns, pronouns, and the
 * words that turn a quoted span into a name or a term. All sets hold lower-case forms.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Reporting verbs in every tense: each introduces direct, partial or reported speech. */
    static final Set<String> SPEECH_VERBS = words(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "state", "states", "stated", "stating", "note", "notes", "noted", "noting", "remark", "remarks",
            "remarked", "write", "writes", "wrote", "writing", "tweet", "tweets", "tweeted", "tweeting",
            "testify", "testifies", "testified", "testifying", "warn", "warns", "warned", "warning",
            "deny", "denies", "denied", "denying", "insist", "insists", "insisted", "insisting",
            "argue", "argues", "argued", "arguing", "explain", "explains", "explained", "explaining",
            "reply", "replies", "replied", "replying", "ask", "asks", "asked", "asking", "caution",
            "cautions", "cautioned", "cautioning", "recall", "recalls", "recalled", "recalling",
            "estimate", "estimates", "estimated", "estimating", "claim", "claims", "claimed", "claiming",
            "announce", "announces", "announced", "announcing", "acknowledge", "acknowledges",
            "acknowledged", "acknowledging", "admit", "admits", "admitted", "admitting", "confirm",
            "confirms", "confirmed", "confirming", "declare", "declares", "declared", "declaring",
            "predict", "predicts", "predicted", "predicting", "promise", "promises", "promised",
            "promising", "vow", "vows", "vowed", "vowing", "suggest", "suggests", "suggested",
            "maintain", "maintains", "maintained", "contend", "contends", "contended", "assert",
            "asserts", "asserted", "conceded", "concede", "concedes", "stressed", "stresses",
            "emphasized", "emphasised", "told", "call", "calls", "called", "calling", "describe",
            "describes", "described", "describing", "post", "posted", "wrote", "continued", "continues",
            "responded", "responds", "complained", "complains", "agreed", "recounted", "quipped",
            "joked", "added", "observed", "pointed", "reiterated", "urged", "urges", "countered", "answered",
            "answers", "inquired", "reported", "reports", "disclosed", "revealed", "divulged", "continued",
            "pledged", "pledges", "conceded", "emphasizes", "acknowledges", "asserts", "contends", "says",
            "recommend", "recommends", "recommended", "agrees", "elaborated", "elaborates", "suggesting",
            "reaffirm", "reaffirms", "reaffirmed", "reaffirming", "reiterates", "reiterating", "clarified",
            "clarifies", "speculated", "speculates", "hypothesized", "boasted", "boasts", "lamented", "laments",
            "alleged", "alleges", "conceding", "contending", "asserting", "indicated", "indicates", "signaled",
            "signalled", "signals",
            // the manner of saying a quote: "“…,” he wondered aloud", "the heckler yelled: “…”"
            "wondered", "mused", "scoffed", "bragged", "griped", "fumed", "exclaimed", "shouted", "yelled",
            "interjected", "retorted", "snapped", "chided", "teased", "marveled", "marvelled", "instructed",
            "instructs", "advised", "advises");

    /**
     * Verbs that introduce reported speech without quote marks. Narrower than
     * {@link #SPEECH_VERBS}: verbs such as "called", "described", "asked" or "confirmed" take an
     * object rather than a clause far more often than they report speech.
     */
    static final Set<String> REPORTING_VERBS = words(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added",
            "adding", "state", "states", "stated", "stating", "note", "notes", "noted", "noting",
            "remark", "remarks", "remarked", "write", "writes", "wrote", "tweeted", "testify",
            "testifies", "testified", "warn", "warns", "warned", "warning", "deny", "denies", "denied",
            "denying", "insist", "insists", "insisted", "insisting", "argue", "argues", "argued",
            "arguing", "explain", "explains", "explained", "replied", "caution", "cautions", "cautioned",
            "recall", "recalls", "recalled", "estimate", "estimates", "estimated", "claim", "claims",
            "claimed", "claiming", "acknowledged", "admitted", "admits", "declared", "predicted",
            "predicts", "maintained", "maintains", "contended", "contends", "asserted", "conceded",
            "stressed", "emphasized", "emphasised", "complained", "reiterated", "countered", "announced",
            "vowed", "promised", "reported", "reports", "disclosed", "revealed", "divulged", "conceded", "concedes",
            "pledged", "asserts", "acknowledges", "emphasizes", "stresses", "answered", "suggested", "suggests",
            "recommends", "recommended", "agreed", "agrees", "elaborated", "elaborates",
            // political reporting: "is reaffirming that", "clarified that", "speculated that"
            "reaffirm", "reaffirms", "reaffirmed", "reaffirming", "reiterates", "reiterating", "clarified",
            "clarifies", "speculated", "speculates", "hypothesized", "boasted", "boasts", "lamented", "laments",
            "alleged", "alleges", "conceding", "contending", "asserting", "indicated", "indicates", "signaled",
            "signalled", "signals");

    /** Verbs whose object is the addressee: "told Blinken that …". */
    static final Set<String> ADDRESSEE_VERBS = words("tell", "tells", "told", "telling", "warned", "warn",
            "warns", "assured", "informed", "reminded", "asked", "urged", "pressed");

    /** Nouns that make a phrase a source of speech: "in a statement", "a spokesman said". */
    static final Set<String> SPEECH_NOUNS = words("statement", "interview", "filing", "letter", "email",
            "e-mail", "video", "post", "release", "briefing", "conference", "testimony", "speech", "remarks", "text",
            "message", "tweet", "memo", "note");

    /** Personal pronouns that can name a speaker, with what they agree with. */
    static final Set<String> MALE = words("he", "him", "his", "himself");
    static final Set<String> FEMALE = words("she", "her", "hers", "herself");
    static final Set<String> SUBJECT_PRONOUNS = words("he", "she", "they", "it", "we", "i");

    /** Honorifics: dropped from a name, and telling gender where they can. */
    static final Set<String> HONORIFICS = words("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.",
            "sir", "dame", "lord", "lady", "messrs.");

    /**
     * Role and title words: a capitalised run ending in one is a title before a name
     * ("Public Works Director Alan Pike"); a phrase headed by one names a speaker ("the minister").
     */
    static final Set<String> ROLE_WORDS = words(
            "president", "vice", "minister", "secretary", "chief", "executive", "officer", "director",
            "spokesman", "spokeswoman", "spokesperson", "spokespeople", "commissioner", "chairman",
            "chairwoman", "chairperson", "chair", "councilwoman", "councilman", "councillor", "councilor",
            "cllr", "cllr.", "mayor", "governor", "gov", "gov.", "senator", "sen", "sen.", "rep", "rep.",
            "representative", "congressman", "congresswoman", "judge", "justice", "coach", "manager",
            "captain", "attorney", "lawyer", "prosecutor", "official", "analyst", "researcher",
            "professor", "prof", "prof.", "doctor", "dr", "dr.", "economist", "leader", "head", "founder",
            "owner", "inspector", "sheriff", "general", "gen.", "colonel", "col.", "ambassador", "envoy",
            "mp", "mep", "resident", "chancellor", "premier", "king", "queen", "prince", "princess",
            "pope", "rabbi", "bishop", "reverend", "rev.", "superintendent", "detective", "sergeant",
            "sgt.", "lieutenant", "lt.", "admiral", "marshal", "guard", "defender", "goalkeeper",
            "striker", "forward", "midfielder", "substitute", "player", "scientist", "glaciologist",
            "engineer", "author", "co-author", "editor", "economist", "strategist", "adviser", "advisor",
            "aide", "negotiator", "diplomat", "candidate", "deputy", "assistant", "associate", "clerk",
            "nurse", "sister", "daughter", "son", "wife", "husband", "mother", "father", "brother",
            "widow", "partner", "teacher", "principal", "pastor", "priest", "imam", "expert", "modeller",
            "modeler", "saxophonist", "pianist", "drummer", "bandleader", "porter", "investor",
            "founder", "ceo", "cfo", "coo", "cto", "chief", "boss", "owner", "member", "trustee",
            "treasurer", "auditor", "regulator", "legislator", "lawmaker", "mayor-elect", "administrator",
            "commander", "officer", "firefighter", "trooper", "constable", "marshal", "warden",
            "physician", "surgeon", "epidemiologist", "virologist", "officials", "source", "sources",
            "lawmakers", "analysts", "experts", "residents", "scientists", "researchers", "leaders",
            "critics", "officers", "investigators", "authorities", "elders", "customers", "students",
            "politicians", "members", "workers", "protesters", "activists", "witnesses", "spokesmen",
            "ceo", "senators", "representatives", "economists", "advisers", "aides", "diplomats",
            "secretary-general", "speaker", "whip", "family", "relatives", "parents", "campaigners",
            "organizers", "organisers", "prosecutors", "attorneys", "lawyers", "agents", "troopers",
            "executives", "spokespersons", "spokeswomen",
            // voices of surveys, forums and comment threads: "one user wrote", "another respondent said"
            "respondent", "respondents", "user", "users", "reader", "readers", "buyer", "buyers", "commenter",
            "commenters", "voter", "voters", "graduate", "graduates",
            // the press: "staff writer David Emery", "fact checker Jo Ng"
            "writer", "checker", "fact-checker", "reporter", "columnist", "correspondent", "commentator", "pollster",
            // campaign coverage: "the Republican nominee said", "the front-runner told"
            "nominee", "contender", "front-runner", "frontrunner", "hopeful", "challenger", "incumbent",
            "businessman", "businesswoman", "billionaire", "surrogate", "operative", "donor", "donors");

    /**
     * Role words of someone who speaks for an organisation: unnamed, they count as it ("Corvin Labs
     * officials said", "a spokeswoman for Corvin Labs").
     */
    static final Set<String> ORG_VOICES = words("spokesman", "spokeswoman", "spokesperson", "spokespeople",
            "spokesmen", "spokeswomen", "spokespersons", "official", "officials", "executive", "executives",
            "representative", "representatives");

    /** Role words that tell gender. */
    static final Set<String> FEMALE_ROLES = words("spokeswoman", "chairwoman", "councilwoman",
            "congresswoman", "sister", "daughter", "wife", "mother", "widow", "queen", "princess", "mrs",
            "mrs.", "ms", "ms.", "miss", "lady", "dame", "businesswoman", "grandmother", "aunt", "niece");
    static final Set<String> MALE_ROLES = words("spokesman", "chairman", "councilman", "congressman",
            "son", "husband", "father", "brother", "king", "prince", "mr", "mr.", "sir", "lord",
            "businessman", "grandfather", "uncle", "nephew", "widower");

    /** Nouns that name an organisation by kind: "the company said", "the department said". */
    static final Set<String> ORG_NOUNS = words("company", "firm", "group", "ministry", "department", "agency",
            "university", "authority", "council", "label", "utility", "county", "city", "trust", "union",
            "association", "institute", "commission", "committee", "government", "military", "army",
            "police", "party", "bank", "court", "board", "club", "team", "office", "organisation",
            "organization", "foundation", "network", "campaign", "administration", "embassy", "church",
            "school", "hospital", "clinic", "federation", "alliance", "lab", "labs", "retailer", "airline",
            "carrier", "insurer", "regulator", "prosecutors", "developer", "maker", "manufacturer",
            "publisher", "studio", "charity", "coalition", "center", "centre", "service", "navy",
            "ministry", "cabinet", "parliament", "senate", "house", "league", "railroad", "railway",
            "operator", "provider", "watchdog", "startup", "corporation", "conglomerate", "bureau",
            // news outlets described by kind after their name ("the conservative-leaning newspaper wrote")
            "newspaper", "paper", "magazine", "broadcaster", "outlet", "publication", "tabloid", "daily");

    /** Words in an organisation's name that tell it is one. */
    static final Set<String> ORG_NAME_WORDS = words("department", "university", "council", "institute",
            "foods", "labs", "lab", "networks", "network", "union", "association", "trust", "records",
            "authority", "electric", "commission", "committee", "watch", "railroad", "railway", "company",
            "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "group", "ministry", "agency",
            "office", "school", "clinic", "hospital", "foundation", "federation", "alliance", "centre",
            "center", "court", "bank", "party", "police", "capital", "partners", "associates", "holdings",
            "energy", "systems", "technologies", "media", "press", "news", "times", "post", "radio",
            "tv", "television", "bakery", "supply", "club", "fc", "city", "town", "rovers",
            "athletic", "parliament", "senate", "house", "board", "service", "services", "bureau",
            "nhs", "army", "navy", "government", "airlines", "airways", "motors", "pharmaceuticals",
            "insurance", "review", "gazette", "echo", "journal", "tribune", "herald", "times",
            "communications", "industries", "international", "tidal", "society", "coalition", "league");

    /** Words before a quoted span that make it a name, title or term rather than speech. */
    static final Set<String> NAMING_WORDS = words("nicknamed", "dubbed", "so-called", "titled", "entitled",
            "named", "branded", "labelled", "labeled", "codenamed", "code-named", "slogan", "hashtag");

    /** Nouns before a quoted span that make it the title of a work or a word mentioned as a word. */
    static final Set<String> WORK_NOUNS = words("film", "movie", "documentary", "book", "novel", "memoir",
            "song", "album", "single", "show", "series", "play", "musical", "opera", "podcast", "episode",
            "poem", "painting", "word", "words", "term", "phrase", "slogan", "nickname", "hashtag",
            "exhibition", "report", "programme", "program", "game", "campaign", "operation", "column",
            "headline", "track", "brand", "app", "motto", "catchphrase", "label", "banner");

    /** Words that tell a clause has a finite verb, for reported speech without "that". */
    static final Set<String> FINITE = words("is", "was", "are", "were", "be", "been", "has", "had", "have",
            "would", "will", "could", "should", "can", "may", "might", "must", "did", "does", "do", "shall",
            "isn’t", "wasn’t", "won’t", "wouldn’t", "couldn’t", "didn’t", "doesn’t", "hasn’t", "hadn’t",
            "isn't", "wasn't", "won't", "wouldn't", "couldn't", "didn't", "doesn't", "hasn't", "hadn't",
            "needs", "wants", "plans", "remains", "expects", "believes", "knows", "means", "goes", "gets",
            "it’s", "it's", "that’s", "that's", "there’s", "there's", "he’s", "he's", "she’s", "she's",
            "they’re", "they're", "we’re", "we're", "i’m", "i'm",
            // irregular past tenses, which the "-ed" test misses ("said the meeting went well")
            "went", "came", "made", "took", "gave", "got", "felt", "kept", "knew", "thought", "found", "won",
            "lost", "ran", "paid", "spent", "built", "held", "brought", "bought", "fell", "rose", "broke",
            "chose", "grew", "saw", "sold", "stood", "understood", "began", "became", "meant", "sought");

    /** Words that start a subordinate or prepositional phrase, so cannot start a speaker phrase. */
    static final Set<String> PHRASE_OPENERS = words("in", "on", "at", "after", "before", "during", "when",
            "while", "since", "as", "by", "for", "from", "with", "without", "speaking", "asked", "earlier",
            "later", "separately", "meanwhile", "however", "also", "still", "then", "now", "but", "and",
            "where", "who", "whose", "which", "although", "though", "because", "if", "once", "until",
            "despite", "according", "under", "over", "to", "of", "into", "about", "writing", "interviewed",
            "addressing", "responding", "last", "this", "next", "yesterday", "today", "inside", "outside",
            "amid", "among", "across", "around", "following", "throughout", "within", "upon", "ahead", "unlike",
            // a sentence-initial preposition or linking adverb is capitalised but never a name ("Beyond the footage, …")
            "beyond", "besides", "beside", "behind", "against", "through", "toward", "towards", "alongside",
            "aside", "apart", "instead", "like", "near", "past", "via", "regardless", "notwithstanding", "moreover",
            "furthermore", "nevertheless", "nonetheless", "indeed", "additionally", "overall", "ultimately");

    /** Adverbs that may sit between a speaker and the verb: "Osterhout later told". */
    static final Set<String> ADVERBS = words("also", "later", "previously", "earlier", "then", "again",
            "however", "once", "repeatedly", "further", "recently", "separately", "publicly", "privately",
            "quickly", "simply", "only", "has", "have", "had", "was", "were", "is", "would", "will", "had",
            "has", "first", "flatly", "firmly", "initially", "subsequently", "already", "often",
            "angrily", "calmly", "quietly", "bluntly", "tearfully");

    /** Words before "to" that make a reporting verb an announced one: "is expected to say that …". */
    static final Set<String> EXPECTATION = words("expected", "set", "due", "poised", "scheduled", "slated");

    private static Set<String> words(String... forms) {
        return Set.copyOf(java.util.Arrays.asList(forms));
    }

    /**
     * Party members named by their party, capitalised: "Warner, a Virginia Democrat, … the
     * Democrat said". Kept apart from {@link #ROLE_WORDS}, which would strip them from names.
     */
    static final Set<String> PARTY_NOUNS = words("democrat", "republican", "independent", "conservative",
            "liberal", "socialist", "tory", "libertarian");

    /** Plural nouns for groups of people that "they" can stand for: "Republicans … They say …". */
    static final Set<String> GROUP_NOUNS = words("republicans", "democrats", "conservatives", "liberals",
            "officials", "critics", "residents", "experts", "analysts", "lawmakers", "legislators", "senators",
            "protesters", "opponents", "supporters", "researchers", "scientists", "economists", "investigators",
            "prosecutors", "authorities", "activists", "advocates", "parents", "teachers", "doctors", "voters",
            "customers", "workers", "leaders", "diplomats", "observers", "witnesses", "police", "unions",
            "employees", "students", "farmers", "officers", "negotiators", "executives", "groups",
            "organizations", "organisations");

    /**
     * Plurals of organisation nouns that speak as one body ("the groups say", "the unions said").
     * Not every plural: "news agencies reported" passes on others' words, and "clinical posts" are jobs.
     */
    static final Set<String> ORG_PLURALS = words("groups", "organizations", "organisations", "coalitions",
            "associations", "charities", "unions", "federations", "alliances");

    /** Whether {@code word} is an {@link #ORG_NOUNS organisation noun} or one of its {@link #ORG_PLURALS speaking plurals}. */
    static boolean isOrgNoun(String word) {
        return ORG_NOUNS.contains(word) || ORG_PLURALS.contains(word);
    }

    /** Nouns for a source the text does not name, when a modifier after them says so. */
    static final Set<String> ANONYMOUS_NOUNS = words("person", "people", "source", "sources", "official",
            "officials", "diplomat", "diplomats", "aide", "aides", "insider", "insiders", "officer", "officers",
            "executive", "executives", "lawmaker", "lawmakers", "member", "members", "adviser", "advisers",
            "advisor", "advisors", "staffer", "staffers");

    /**
     * The words opening a modifier that marks an unnamed source ("people familiar with the matter",
     * "a person close to the family", "officials with knowledge of the plan", "a source briefed on
     * the talks"), each with the word that must follow it.
     */
    static final Map<String, String> ANONYMITY_MODIFIERS = Map.of("familiar", "with", "close", "to", "with",
            "knowledge", "briefed", "on", "involved", "in", "speaking", "on", "granted", "anonymity");

    /**
     * Role nouns and the abbreviated titles that name the same role, so "the senator" finds
     * "Sen. Warner" and "the governor" finds "Gov. Ruiz". Forms are {@link #bare} (no period).
     */
    static final Map<String, Set<String>> ROLE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("senator", Set.of("sen")), Map.entry("representative", Set.of("rep")),
            Map.entry("congressman", Set.of("rep")), Map.entry("congresswoman", Set.of("rep")),
            Map.entry("governor", Set.of("gov")), Map.entry("president", Set.of("pres")),
            Map.entry("general", Set.of("gen")), Map.entry("professor", Set.of("prof")),
            Map.entry("doctor", Set.of("dr")), Map.entry("lieutenant", Set.of("lt")),
            Map.entry("sergeant", Set.of("sgt")), Map.entry("colonel", Set.of("col")),
            Map.entry("superintendent", Set.of("supt")), Map.entry("attorney", Set.of("atty")),
            Map.entry("councillor", Set.of("cllr")), Map.entry("reverend", Set.of("rev")));

    /**
     * Determiners and quantifiers that open an unnamed source's noun phrase and are no part of
     * its name: "a senior official" is named "senior official", "most experts" is "experts".
     */
    static final Set<String> SOURCE_DETERMINERS = words("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "some", "many", "most", "several", "other", "two", "three", "four", "few", "both", "all", "one",
            "another", "these", "those", "such");

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The word with a final period, ’s or ' removed, lower-cased: "Halevi‘s" gives "halevi". */
    static String bare(String word) {
        String w = lower(word);
        if (w.endsWith(".") && w.length() > 1) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
