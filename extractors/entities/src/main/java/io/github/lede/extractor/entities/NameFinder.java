package io.github.lede.extractor.entities;

import io.github.lede.model.EntityType;
import io.github.lede.model.Gender;
import io.github.lede.model.Span;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names in an article and guesses what each names, from capitals and context: runs of
 * capitalised words are cut into title and name, sentence-initial and headline capitals are
 * discounted, and the name is typed by gazetteers, suffixes (Ministry, Inc., Falls), first names
 * and the words around it.
 */
final class NameFinder {

    static final EntityType NORP = EntityType.of("NORP");
    static final EntityType EVENT = EntityType.of("EVENT");
    private static final Set<String> EVENT_HEADS = Set.of("Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical",
            "Operation", "Wildfire");
    /** Elected offices that, after a place's name, make a role, never a body ("Ohio Governor"; not "Massachusetts General"). */
    private static final Set<String> OFFICE_HEADS = Set.of("Governor", "Gov.", "Senator", "Sen.", "Representative",
            "Rep.", "Congressman", "Congresswoman", "Mayor", "Premier", "Lieutenant-Governor");
    /** Words of a party's convention, a gathering, not a body: "Democratic National Convention". */
    private static final Set<String> PARTY_GATHERING = Set.of("National", "Party", "Republican", "Democratic");
    /** Laws and treaties are no bodies: "Affordable Care Act", "Data Retention Bill". */
    static final EntityType LAW = EntityType.of("LAW");
    private static final Set<String> LAW_HEADS = Set.of("Act", "Bill", "Code", "Amendment", "Treaty", "Accord",
            "Accords", "Protocol", "Directive", "Ordinance", "Statute");
    /** Feasts and holidays are dates, not names: "Christmas Day", "Easter", "Mother’s Day". */
    private static final Set<String> HOLIDAYS = Set.of("Christmas", "Easter", "Thanksgiving", "Hanukkah",
            "Chanukah", "Ramadan", "Eid", "Diwali", "Passover", "Halloween", "Lent", "Pentecost", "Kwanzaa", "Yom",
            "Hogmanay", "Advent", "Epiphany", "Purim", "Sukkot", "Vesak", "Nowruz");
    /** Model words that end product names: "Vision Pro", "Galaxy S24 Ultra", "iPhone 15 Plus". */
    private static final Set<String> MODEL_WORDS = Set.of("Pro", "Max", "Ultra", "Plus", "Mini", "Lite", "Air");
    /**
     * A model designation right after a name, which makes it a product: a version ("FE 2.1"), digits
     * and letters ("ROCK 5C", "Core i5", "X1013") or a small number that opens no count, score or date
     * ("Pi 5 with"; not "Arsenal 3-1", "Ventures 2, Orbit 1", "Rivers 10 years").
     */
    private static final Pattern MODEL_AFTER = Pattern.compile(" (?:\\d+(?:\\.\\d+)+(?![\\p{L}\\d%]| (?:percent|per cent|million|billion|trillion|points|times))"
            + "|\\d{1,3}(?![GKMBD]\\b)\\p{Lu}{1,2}\\b"
            + "|\\p{Ll}\\d{1,2}\\b|\\p{Lu}{1,2}\\d{3,5}\\b|\\d{1,2}(?=\\s+(?:with|comes|features|"
            + "board|boards|kit|processor|chip|chipset|model|models|device|devices|ports?|laptop|phone|console|"
            + "headphones|earbuds|camera|series|edition|review|costs?|sells?|ships?|supports?|runs?)\\b))");
    /** Two capitalised words run together: "Stack" + "Social"; the first of four letters or more. */
    private static final Pattern COMPOUND_BRAND = Pattern.compile("(\\p{Lu}\\p{Ll}{3,})(\\p{Lu}\\p{Ll}{2,})");
    /**
     * What a company does, right after its name as the subject: "has developed a device", "is focused on
     * enabling", "launched", "sells".
     */
    private static final Pattern BUSINESS_VERB_AFTER = Pattern.compile("\\s+(?:(?:has|had) (?:also )?)?(?:developed|"
            + "created|built|launched|released|unveiled|raised|acquired|partnered)\\b|\\s+(?:develops|builds|"
            + "manufactures|sells|offers|provides|makes|produces)\\b|\\s+is (?:also )?(?:focused on|developing|"
            + "building|using|offering|selling|making)\\b");
    /** Kinds of device, after a standard's acronym: "USB Hub", "HDMI Cable", "SSD Drive". */
    private static final Set<String> PRODUCT_NOUNS = Set.of("Hub", "Cable", "Cables", "Adapter", "Connector", "Port",
            "Ports", "Dock", "Charger", "Drive", "Drives", "Controller", "Chipset", "Module", "Stick", "Card", "Headset");
    /** What is said of a school right before its name: "a graduate of", "studied at", "a degree from". */
    private static final Pattern SCHOOL_BEFORE = Pattern.compile("\\b(?:graduates? of|graduated from|alumn(?:us|a|i|ae) "
            + "of|studied at|enrolled at|(?:degree|diploma|doctorate|PhD|MBA) from)\\s+(?:the\\s+)?$");
    /** What separates the members of a list: ", ", " and ", ", and ", " or ". */
    private static final Pattern COORDINATION = Pattern.compile(",\\s+|,?\\s+(?:and|or)\\s+");
    /** Articles that, capitalised inside a sentence, open a work's title: "films like A Touch of Sin". */
    /** The capitalised word right after a position, past one space: " Gov." in "Ohio Gov. John Kasich". */
    private static final Pattern NEXT_WORD = Pattern.compile(" (\\p{Lu}[\\p{L}.]*)");
    /** Plural demonym endings and what replaces them to give the place: "Yorkers" - "York", "Texans" - "Texas". */
    private static final List<String[]> DEMONYM_ENDINGS = List.of(new String[] {"ers", ""},
            new String[] {"ans", "as"}, new String[] {"ans", ""}, new String[] {"ns", ""}, new String[] {"ites", ""},
            new String[] {"ians", "y"}, new String[] {"ans", "o"});
    /** What stands before a quoted show's title: appearing {@code on "Meet the Press"}, {@code on NBC's "..."}. */
    private static final Pattern SHOW_BEFORE = Pattern.compile("\\b(?:on|on \\p{Lu}+[’']s) $");
    /** A web domain's ending right after a name: "TheOhioVoter.com", "Politico.com". */
    private static final Pattern WEB_DOMAIN_AFTER = Pattern.compile("\\.(?:com|org|net|gov|edu|io|ai|co\\.uk)\\b");
    private static final Set<String> CAPITAL_ARTICLES = Set.of("A", "An", "The");
    /** Every US state's postal code, after a town's name and a comma: "Madison, WI", "Cleveland, OH". */
    private static final Set<String> STATE_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY", "DC");
    private static final Pattern STATE_CODE_AFTER = Pattern.compile(",\\s+(\\p{Lu}{2})(?![\\p{L}.’‘'-])");
    /** Postal codes that also write a degree after a person's name: "Lauren Slayton, MS, RD". */
    private static final Set<String> DEGREES = Set.of("MD", "MS", "MA", "PA", "ND", "DE");
    /** Prizes are things won, not bodies: "Pulitzer Prize for Breaking News", "Nobel Peace Prize". */
    private static final Set<String> AWARD_HEADS = Set.of("Prize", "Prizes", "Award", "Awards", "Medal", "Trophy");
    /** Kin before a bare name: "his wife Grace", "her son Kauri". */
    private static final Set<String> KIN = Set.of("wife", "husband", "son", "daughter", "mother", "father",
            "brother", "sister", "widow", "widower", "grandson", "granddaughter", "grandmother", "grandfather",
            "uncle", "aunt", "nephew", "niece", "cousin", "fiancée", "fiancé", "partner", "girlfriend", "boyfriend");
    /** Compass adjectives before a region's name: "eastern Northland", "central Sudan". */
    private static final Set<String> COMPASS = Set.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
            "south-eastern", "south-western", "northeast", "northwest", "southeast", "southwest");

    /** What follows "Press" to name a body's press unit: "Roscosmos Press Service", "Kremlin Press Office". */
    private static final Set<String> PRESS_UNITS = Set.of("Service", "Office", "Center", "Centre", "Department",
            "Team", "Desk", "Bureau", "Secretary");
    /** Capitalised words for a body's people after its name: "Vexa Labs Spokesperson", "NASA Officials". */
    private static final Set<String> BODY_PEOPLE = Set.of("Spokesperson", "Spokesman", "Spokeswoman", "Officials",
            "Spokespeople");

    /** Articles after "for" inside a body's name: "Partnership for a New Generation of Vehicles". */
    private static final Set<String> ARTICLE_INSIDE_NAME = Set.of("a", "an");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "on", "at", "de", "du", "da", "di", "del", "della",
            "van", "von", "der", "den", "la", "le", "al", "bin", "ibn", "y");
    /** What a body puts out, after its name used as a modifier: "an Ars Technica report", "the Gallup poll". */
    private static final Pattern BODY_OUTPUT_AFTER = Pattern.compile("\\s+(?:report|study|survey|poll|analysis|"
            + "article|piece|evaluation|experiment|scandal|data|research|index|ranking|findings|review)\\b");
    /** A body's output named after it, in title case: "Gallup Poll", "Nielsen Ratings". */
    private static final Set<String> OUTPUTS = Set.of("Poll", "Polls", "Survey", "Report", "Ratings", "Rankings",
            "Index", "Study");
    /** A sentence that opens by calling the one just named a company: "The company’s process", "The startup". */
    private static final Pattern NEXT_SENTENCE_BODY = Pattern.compile("(?:The|This) (?:\\p{L}[\\p{L}-]* ){0,2}?"
            + "(?:company|firm|start-?up|business|agency|organi[sz]ation|nonprofit|retailer|manufacturer|developer|"
            + "publisher|restaurant|eatery|bistro|caf[eé]|bakery|brewery|winery|bar|pub|shop|store|boutique|hotel|"
            + "chain)\\b(?!-)");
    /** The end of the line a heading fills, and any blank lines after it. */
    private static final Pattern HEADING_END = Pattern.compile("[ \\t]*\\n\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]");
    /** A numbered list item's marker at the start of a line: "1. ", "2) ". */
    private static final Pattern LIST_MARKER = Pattern.compile("(?:^|\\n)\\d{1,2}[.)]\\s+$");
    /** Words after which a capitalised run inside a sentence is taken as a body: "a poll by Morning Consult". */
    private static final Set<String> BODY_PREPOSITIONS = Set.of("at", "by", "from", "with", "joined", "join",
            "joins");
    private static final Set<String> PARTICLES = Set.of("de", "du", "da", "di", "del", "della", "van", "von", "der",
            "den", "la", "le", "al", "bin", "ibn", "y");
    private static final Set<String> NEVER_NAMES = Set.of("I", "The", "A", "An", "This", "That", "These", "Those",
            "He", "She", "It", "They", "We", "You", "His", "Her", "Its", "Their", "Our", "My", "Your", "Q", "And",
            "But", "Or", "If", "When", "While", "As", "In", "On", "At", "By", "For", "With", "From", "To", "Of",
            "Earlier", "Later", "Meanwhile", "Separately", "Yesterday", "Today", "Tonight", "Now", "Then", "After",
            "Before", "Since", "Although", "Though", "Because", "Under", "Over", "Last", "Next", "Every", "All",
            "Some", "Many", "Most", "Both", "Several", "Only", "Also", "So", "Still", "Even", "Asked", "Speaking",
            "According", "Photo", "Reporting", "Editing", "Read", "Subscribe", "Sign", "Follow", "Share");
    private static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.",
            "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Feb", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday");
    // not "from" and "to": "a letter from Smith", "said to Jones"
    /** Words before a name that make an "X City" or "X Town" the town, not a club named after it. */
    private static final Pattern TOWN_PREPOSITION = Pattern.compile("\\b(?:in|near|outside|around|into)\\s+$");
    /** The part of a town or state before its name: "in downtown Laramie", "across rural Iowa". */
    private static final Pattern PART_OF_TOWN_BEFORE = Pattern.compile("\\b(?:in|of|from|across|near|to|around"
            + "|through|throughout)\\s+(?:downtown|uptown|midtown|suburban|rural|upstate|downstate)\\s+$");
    private static final Pattern PLACE_KIND_BEFORE = Pattern.compile("\\b(?:places?|towns?|cities|city|villages?"
            + "|areas?|neighbou?rhoods?|communities|community|suburbs?|regions?|countries|country|states|destinations?)"
            + "\\s+(?:like|such as|including)\\s+(?:(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*"
            + "(?:,\\s*|\\s+(?:or|and)\\s+))*(?:the\\s+)?$");
    /** Prepositions before "the Xs" that make it an area ("in the Palisades"), not a team ("the Hawks"). */
    private static final Set<String> AREA_PREPOSITIONS = Set.of("in", "near", "across", "outside", "throughout",
            "around", "into");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "across", "outside", "inside",
            "into", "toward", "towards", "around", "throughout", "via");
    private static final Set<String> PLACE_NOUNS = Set.of("park", "plant", "bridge", "area", "neighbourhood",
            "neighborhood", "district", "region", "suburb", "village", "town", "city", "county", "coast", "harbour",
            "harbor", "airport", "station", "road", "retail", "waterfront", "port", "site", "factory");
    /** Bodies named for what they work on: "Business Group on Health", "Council on Foreign Relations". */
    private static final Set<String> ON_HEADS = Set.of("Group", "Committee", "Council", "Commission", "Center",
            "Centre", "Institute", "Board", "Panel", "Coalition", "Alliance", "Office", "Conference", "Forum",
            "Network", "Project", "Initiative", "Caucus", "Foundation");
    /** Programmes named by what they provide: "Medicare", "Medicaid", "Obamacare", "TennCare". */
    private static final Pattern PROGRAMME = Pattern.compile("\\p{Lu}\\p{L}+(?:care|Care|caid)");
    /** "I'm", "I've", "We'll", "They're", "Don't": a pronoun or verb with a clitic is never part of a name. */
    private static final Pattern CONTRACTION = Pattern.compile("['’](?i:m|ve|ll|re|d|t)$");
    /** "Palo Alto-based", "Korea-born": the hyphenated adjective is not part of the name before it. */
    private static final Pattern PLACE_ADJECTIVE = Pattern.compile("-(?:based|born|bred|headquartered|raised|set)$");
    /** A body or venue after "-based", which makes the word before it a place: "a Boulder-based festival". */
    private static final Pattern BASED_BODY_AFTER = Pattern.compile("-based (?:[\\p{Ll}-]+ ){0,2}?(?:company|"
            + "start-?up|firm|festival|nonprofit|non-profit|charity|group|band|organi[sz]ation|business|agency|brand|"
            + "retailer|bank|studio|restaurant|chain|team|club|publisher|developer|manufacturer)\\b");
    /** "Amazon-owned Whole Foods", "al-Qaeda-linked": the owner or backer before the hyphen is a body. */
    private static final Pattern OWNER_ADJECTIVE = Pattern.compile("-(?:owned|backed|funded|controlled|run|led|linked|"
            + "affiliated|allied|sponsored|operated)$");
    /** "Taylor Swift-themed", "DNS-related": an adjective made from a name is no part of it. */
    private static final Pattern NAME_ADJECTIVE = Pattern.compile("-(?:related|themed|style|like|friendly|focused|"
            + "driven|powered|inspired|specific|centric|esque|era|branded|compatible)$");
    /** "AML/CFT", "TCP/IP", "GT/s": capitals written with a slash are a technical term or a unit, no name. */
    private static final Pattern SLASHED = Pattern.compile("/\\p{L}");
    /** The other side of such a slash: capitals ("CFT") or lower case ("s"), not a name ("Getty"). */
    private static final Pattern SLASHED_TERM = Pattern.compile("(?:\\p{Lu}{2,}|\\p{Ll}+)(?!\\p{L})");
    /** "al-Bashir", "el-Sisi", "al-Qaeda": a name after a lower-case article and hyphen. */
    private static final Pattern ARTICLE_NAME = Pattern.compile("(?:al|el|ad|ash|as|at|az|an|ar)-\\p{Lu}[\\p{L}\\p{M}’'-]*");
    /** Corporate forms that end an organisation's name: "Business Insider Inc" + "Nintendo". */
    private static final Set<String> CORPORATE_ENDS = Set.of("Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC",
            "plc", "PLC", "GmbH", "AG", "SA");
    /** A relative clause on a person ("Tom Forte, who"), or on a thing ("Con Edison, which"). */
    private static final Pattern WHO_AFTER = Pattern.compile(",\\s+(?:who|whom|whose)\\b");
    private static final Pattern AGE_AFTER = Pattern.compile(",\\s+\\d{1,3},");
    private static final Pattern WHICH_AFTER = Pattern.compile(",\\s+which\\b");
    /** Lower-case nouns for a body's people or kind right after its name: "Con Edison officials", "the Likud party". */
    private static final Pattern ORG_NOUN_AFTER = Pattern.compile("\\s+(?:officials|executives|employees|spokesman|"
            + "spokeswoman|spokesperson|shareholders|party|movement|faction|militia|militants|brokerage|subsidiary|group|"
            + "agents|analysts|economists|engineers|researchers|customers|users|"
            + "brand)\\b");
    /** What a company has or does, right after its name: "Yahoo's shares", "Twilio has agreed to acquire". */
    private static final Pattern COMPANY_AFTER = Pattern.compile("(?:['’]s?\\s+(?:shares|stock|stake|platform|"
            + "technology|products|customers|shareholders|board|headquarters|subsidiary|acquisitions?|purchases?|"
            + "buyout|portfolio|revenue|data|"
            + "profits?|earnings|employees|CEO|founders?|co-founders?|chief executive|website|app|software|editors|"
            + "newsroom|spokes(?:man|woman|person)|statement|stores"
            // "Zencoder’s Zenflow tool", "Mistral’s Devstral 2 model": a product it makes, by name
            + "|(?:\\p{Lu}[\\p{L}\\d-]*\\s+){1,3}(?:\\d+(?:\\.\\d+)?\\s+)?(?:models?|tools?|chips?|software|apps?|"
            + "chatbots?|assistants?))"
            + "|\\s+(?:(?:has|had)\\s+)?(?:acquired|acquires|merged|(?:agreed|plans|is set|is to) to (?:acquire|buy))"
            + "|\\s+(?:outages?|subscribers|shareholders|stores|"
            + "reported (?:earnings|revenue|sales|a (?:profit|loss))))\\b");
    private static final Pattern STATEMENT_AFTER = Pattern.compile("\\s+said in a (?:written )?statement\\b");
    /** What is done to a company, right before its name: "the acquisition of Instagram", "shares of Verizon". */
    private static final Pattern COMPANY_BEFORE = Pattern.compile("\\b(?:acquisition of|acquire|acquired|acquiring|"
            + "buyout of|takeover of|purchases? of|merger with|shares (?:of|in)|stake in|stock of|sale to|sold to|"
            + "published in(?: the journal)?|the journal|operated by|owned by|(?:research|data|figures) from|"
            + "(?:services|products|devices|software|subscriptions|offerings) from|"
            + "(?:co-?)?founded)\\s+$");
    /** Where a thing is bought: "on Zellmart for $35", "on Quibo for about £20". */
    private static final Pattern SOLD_ON_BEFORE = Pattern.compile("\\bon\\s+$");
    private static final Pattern SOLD_ON_AFTER = Pattern.compile("\\s+for\\s+(?:about\\s+|around\\s+|just\\s+|only\\s+)?[$£€]");
    /** Nouns for companies and bodies: a name right after one, or listed after one, is an organisation. */
    private static final Pattern ORG_NOUN_BEFORE = Pattern.compile("(?:\\b(?:compan(?:y|ies)|firms?|manufacturers?|"
            + "(?:drug|auto|chip|car|phone)?makers?|retailers?|chains?|brands?|start-?ups?|giants?|conglomerates?|"
            + "insurers?|lenders?|banks?|carriers?|airlines?|publishers?|outlets?|broadcasters?|networks?|rivals?|"
            + "competitors?|providers?|vendors?|suppliers?|agenc(?:y|ies)|organi[sz]ations?|nonprofits?|"
            + "non-profits?|charit(?:y|ies)|studios?|labels?|platforms?|groups?|associations?|unions?|clubs?|teams?)"
            + "['’]?,?\\s+(?:(?:such as|like|including|called|named)\\s+)?"
            + "(?:\\p{Lu}[\\p{L}\\p{M}.&'’-]*,?\\s+){0,4}(?:(?:and|or)\\s+)?)$");
    /** Nouns for a company's or a person's opponent: "rival Donald Trump" is a person, "rival Acme Labs" a body. */
    private static final Pattern RIVAL_BEFORE = Pattern.compile("\\b(?:rivals?|competitors?)['’]?,?\\s+"
            + "(?:(?:\\p{Lu}[\\p{L}\\p{M}.&'’-]*,?\\s+){1,4}(?:and|or)\\s+)?$");
    private static final Pattern APPOSITIVE = Pattern.compile(",\\s+(?:a|an|the)\\s+(?:[\\p{L}\\p{N}’'.-]+\\s+){0,5}?"
            + "(?:(compan(?:y|ies)|firm|start-?up|maker|manufacturer|retailer|chain|brand|conglomerate|insurer|lender|"
            + "bank|carrier|airline|publisher|outlet|broadcaster|network|provider|vendor|supplier|agency|"
            + "organi[sz]ation|nonprofit|non-profit|charity|studio|label|platform|group|coalition|association|"
            + "union|institute|think tank|nonprofit|site|website|restaurant|eatery|bistro|caf[eé]|bakery|brewery|winery|"
            + "bar|pub|shop|store|boutique|hotel)|(city|town|village|hub|region|province|state|country|suburb|"
            + "district|county|island|neighbou?rhood|municipality|capital|port))\\b(?![-’'])"
            // "a store manager", "a union organizer", "a startup founder": a person's job, no body
            + "(?!\\s+\\p{Ll}+(?:er|or|ist|ian|ant|ent)s?\\b)");
    /** What follows the name in a transcript's speaker label: ":" or ", ROLE:". */
    private static final Pattern LABEL_END = Pattern.compile("(?:,\\s*\\p{Lu}[\\p{Lu} ,.'’-]{0,40})?:");
    /** Last words that make "X District" a body, not a place: "Dallas Independent School District". */
    private static final Set<String> DISTRICT_BODIES = Set.of("School", "Independent", "Unified", "Water", "Utility",
            "Sanitation", "Fire", "Transit", "Irrigation", "Conservation", "Hospital", "Park", "Parks", "Library",
            "Housing", "Sewer", "Improvement", "Municipal", "College", "Health", "Air", "Port");
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "wrote", "stated",
            "explained", "argued", "warned", "noted", "insisted", "recalled", "replied", "asked");
    /** Verbs of a report or announcement whose subject may be a body: "Likud said", "Nintendo announced". */
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "told", "added", "stated", "warned",
            "noted", "announced", "announces", "confirmed", "confirms", "reported", "reports", "denied", "denies", "declined", "unveiled", "unveils", "launched",
            "launches", "released", "releases");
    /** The end of a direct quote right before a name: "…,” Varnell said". */
    private static final Pattern QUOTE_BEFORE = Pattern.compile("[,.?!]?[”\"]\\s+$");
    /** "told me", "told us": spoken to the writer, so by a person. */
    /** What follows a person's name: an appositive or a speech verb (", a spokeswoman", " said"). */
    private static final Pattern PERSON_DESCRIBED_AFTER = Pattern.compile(",\\s+(?:a|an|the|who)\\s|\\s+(?:said|says|told)\\b");
    /** Lower-case words for a leader's people or government after the leader's surname: "the Varner administration". */
    private static final Set<String> FOLLOWERS = Set.of("administration", "campaign", "aides", "supporters",
            "loyalists", "surrogates", "allies", "presidency", "candidacy");
    private static final Pattern THIRD_PERSON = Pattern.compile("\\b(?:he|she|him|his|her|it|its)\\b");
    private static final Pattern PERSON_AFTER = Pattern.compile("\\s+(?:me|us)\\b");
    /** Lower-case job words not among the title heads: "an engineer at", "a lawyer for". */
    private static final Set<String> JOB_NOUNS = Set.of("engineer", "designer", "developer", "programmer",
            "scientist", "researcher", "analyst", "economist", "strategist", "consultant", "lawyer", "attorney",
            "manager", "executive", "employee", "worker", "staffer", "intern", "reporter", "correspondent",
            "editor", "writer", "producer", "spokesperson", "spokesman", "spokeswoman", "official", "adviser",
            "advisor", "lobbyist", "accountant", "technician", "nurse", "doctor", "teacher", "professor",
            "architect", "coach", "trader", "banker", "partner", "director", "officer", "head", "chief");
    private static final Pattern QUOTED_NICKNAME = Pattern.compile(
            "(?<![\\p{L}])((?:\\p{Lu}[\\p{L}\\p{M}’'-]+)) [“\"]([\\p{Lu}][\\p{L}\\p{M}’'. -]{0,24}?)[”\"] (\\p{Lu}[\\p{L}\\p{M}’'-]+)");
    private static final Pattern QUOTED_TITLE = Pattern.compile("[“\"‘]([^“”\"‘’\\n]{2,60}?)[,.?!]?[”\"’]");
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("to", "of", "the", "a", "an", "in", "on", "and",
            "for", "at", "with", "from", "by");
    private static final Pattern KNOWN_AS = Pattern.compile(
            "(?i:known\\b[^.“”\"\\n]{0,60}?\\bas|nicknamed|dubbed)\\s+[“\"‘]((?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}’'-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}’'-]*){0,2})[,.]?[”\"’]");

    private final Lexicon lexicon;
    private final TitleFinder titles;

    NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.titles = new TitleFinder(lexicon);
    }

    /** Every name candidate of {@code text}, in text order. */
    List<Candidate> find(String text, AnalysisContext context) {
        List<int[]> nicknameBridges = nicknameBridges(text);
        // the words of a quoted nickname between first name and surname stay out of the name
        List<Word> words = Words.of(text).stream()
                .filter(w -> nicknameBridges.stream().noneMatch(b -> w.start() >= b[2] && w.start() < b[3]))
                .map(NameFinder::withoutPlaceAdjective)
                .toList();
        Set<String> seenMidSentence = new HashSet<>();
        for (Word w : words) {
            if (w.capitalized() && !w.initial() && !w.headline()) {
                seenMidSentence.add(w.text());
            }
        }
        List<Candidate> out = new ArrayList<>();
        List<int[]> workTitles = workTitles(text);
        int i = 0;
        while (i < words.size()) {
            context.checkDeadline("entity recognition");
            if (!nameish(words.get(i), seenMidSentence) && !monthAsFirstName(text, words, i) || slashed(text, words.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < words.size()) {
                Word prev = words.get(j - 1);
                Word w = words.get(j);
                if (!joinable(text, prev, w, nicknameBridges)) {
                    break;
                }
                if (nameish(w, seenMidSentence) || w.text().equals("&")) {
                    j++;
                } else if (w.text().equals("and") && j + 1 < words.size()
                        && joinable(text, w, words.get(j + 1), nicknameBridges)
                        && nameish(words.get(j + 1), seenMidSentence)
                        && andInsideName(words, i, j, seenMidSentence, text, nicknameBridges)) {
                    j += 2;
                } else if (CONNECTORS.contains(w.text()) && j + 1 < words.size()
                        && joinable(text, w, words.get(j + 1), nicknameBridges)
                        && nameish(words.get(j + 1), seenMidSentence) && connectorAllowed(words, i, j)) {
                    j += 2;
                } else if (j + 2 < words.size() && lexicon.isOrgSuffix(prev.text()) && !prev.possessive()
                        && (w.text().equals("for") && ARTICLE_INSIDE_NAME.contains(words.get(j + 1).text())
                        || w.text().equals("of") && words.get(j + 1).text().equals("the"))
                        && joinable(text, w, words.get(j + 1), nicknameBridges)
                        && joinable(text, words.get(j + 1), words.get(j + 2), nicknameBridges)
                        && nameish(words.get(j + 2), seenMidSentence)) {
                    // "Committee for a Responsible Federal Budget", "Embassy of the Republic of Korea": a
                    // body's head, then its aim or whose it is
                    j += 3;
                } else {
                    break;
                }
            }
            while (j > i + 1 && (CONNECTORS.contains(words.get(j - 1).text()) || words.get(j - 1).text().equals("&"))) {
                j--;
            }
            j = Math.max(j, knownPlaceEnd(text, words, i));
            int chunkStart = words.get(i).start();
            if (workTitles.stream().noneMatch(t -> t[0] <= chunkStart && chunkStart < t[1])
                    && !titleAfterCapitalArticle(text, words, i, j)) {
                chunk(text, words, i, j - trailingUnit(words, i, j), seenMidSentence, out);
            }
            i = j;
        }
        addKnownAsNicknames(text, out);
        typeByCoordination(text, out);
        // "Observo.ai" typed a company by the list it stands in is still the site's whole name
        out.replaceAll(c -> EntityType.ORGANIZATION.equals(c.type()) && c.key() == null && c.single()
                && WEB_DOMAIN_AFTER.matcher(text).region(c.end(), text.length()).lookingAt() ? webSite(text, c) : c);
        out.replaceAll(c -> (c.type() == null || EntityType.LOCATION.equals(c.type())) && c.key() == null
                ? placeOfDemonym(c.name()) ? c.withType(NORP, true)
                : c.single() && WEB_DOMAIN_AFTER.matcher(text).region(c.end(), text.length()).lookingAt()
                ? webSite(text, c)
                : c.single() && EntityType.LOCATION.equals(c.type()) && camelHumps(c.name()) >= 2 ? c.withType(EntityType.ORGANIZATION, false)
                : c.single() && c.type() == null && compoundBrand(c.name()) ? c.withType(EntityType.ORGANIZATION, false) : c : c);
        Set<Integer> sentenceStarts = new HashSet<>();
        words.stream().filter(w -> w.initial() || w.headline()).forEach(w -> sentenceStarts.add(w.start()));
        out.replaceAll(c -> c.type() == null && c.single() && !c.name().contains(".")
                && !sentenceStarts.contains(c.start()) && !lexicon.isLocationPrefix(c.name())
                && shortFormOfKnownBody(text, c.name()) ? c.withType(EntityType.ORGANIZATION, false) : c);
        // "the Corsos": a family named by the plural of a person's surname is a group, no body
        Set<String> surnames = new HashSet<>();
        out.stream().filter(c -> EntityType.PERSON.equals(c.type()) && c.tokens().size() >= 2)
                .forEach(c -> surnames.add(c.tokens().get(c.tokens().size() - 1)));
        out.replaceAll(c -> c.single() && c.key() == null && !EntityType.PERSON.equals(c.type())
                && (c.name().endsWith("s") && surnames.contains(c.name().substring(0, c.name().length() - 1))
                || c.name().endsWith("es") && surnames.contains(c.name().substring(0, c.name().length() - 2)))
                ? c.withType(NORP, true) : c);
        return out;
    }

    /**
     * "told Fox in the interview" after "Fox News Sunday": an untyped word inside a sentence that
     * the text also writes as the first word of a known body's name (up to three more capitalised
     * words) is that body's short form.
     */
    private boolean shortFormOfKnownBody(String text, String word) {
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "((?: \\p{Lu}[\\p{L}&]*){1,3})").matcher(text);
        while (m.find()) {
            String longer = word;
            for (String next : m.group(1).strip().split(" ")) {
                longer += " " + next;
                if (lexicon.organization(longer) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "TheOhioVoter.com": a site, named with its domain; its bare name, when written alone, is an alias. */
    private static Candidate webSite(String text, Candidate c) {
        Matcher m = WEB_DOMAIN_AFTER.matcher(text).region(c.end(), text.length());
        int end = m.lookingAt() ? m.end() : c.end();
        String name = text.substring(c.start(), end);
        List<String> aliases = new ArrayList<>(c.aliases());
        if (Pattern.compile("\\b" + Pattern.quote(c.name()) + "\\b(?!\\.\\p{L})").matcher(text).find()) {
            aliases.add(c.name()); // "Snopes" written alone is another form of "Snopes.com"
        }
        return new Candidate(c.start(), end, name, EntityType.ORGANIZATION, true, null, c.titles(), c.gender(),
                aliases, List.of(name));
    }

    /**
     * How often a lower-case letter is followed by a capital inside a word: 2 for
     * "RealClearPolitics" and "FiveThirtyEight", names of sites and firms, never of places; 1 for
     * "McAllen" or "DeSantis".
     */
    /**
     * "StackSocial", "VentureBeat", "OnlyFans": a word of two capitalised words run together, the first
     * of four letters or more, is a brand's name; "McDonald", "LeBron", "DeSantis" have a short prefix.
     */
    private boolean compoundBrand(String word) {
        Matcher m = COMPOUND_BRAND.matcher(word);
        return m.matches() && !lexicon.isFirstName(m.group(1)) && !lexicon.isFirstName(word);
    }

    private static int camelHumps(String word) {
        int humps = 0;
        for (int k = 1; k < word.length(); k++) {
            if (Character.isLowerCase(word.charAt(k - 1)) && Character.isUpperCase(word.charAt(k))) {
                humps++;
            }
        }
        return humps;
    }

    /**
     * "New Yorkers", "Texans", "Ohioans": people named after a known place they live in are a
     * group, no place. True when the name, less a demonym's ending, is a known place.
     */
    private boolean placeOfDemonym(String name) {
        for (String[] ending : DEMONYM_ENDINGS) {
            if (name.endsWith(ending[0]) && name.length() > ending[0].length() + 2) {
                String place = name.substring(0, name.length() - ending[0].length()) + ending[1];
                if (lexicon.place(place) != null && lexicon.place(name) == null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The end of the longest known place of up to six words that starts at word {@code i} and runs
     * over an "and" or an "of the" the joining rules do not take ("Trinidad and Tobago", "Saint
     * Vincent and the Grenadines", "Democratic Republic of the Congo"); else {@code i}.
     */
    private int knownPlaceEnd(String text, List<Word> words, int i) {
        for (int k = Math.min(words.size(), i + 6); k > i + 2; k--) {
            String form = text.substring(words.get(i).start(), words.get(k - 1).end());
            if ((form.contains(" and ") || form.contains(" of the ")) && !form.contains("\n")
                    && lexicon.place(form) != null) {
                return k;
            }
        }
        return i;
    }

    /**
     * "Italy, Zembla and Spain", "Google or Qwerix": an untyped one-word name listed beside a place
     * or an organisation is one of the same kind. Repeats until no list member changes.
     */
    private void typeByCoordination(String text, List<Candidate> out) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < out.size(); k++) {
                Candidate c = out.get(k);
                if (c.type() != null || !c.single() || lexicon.isCommonWord(c.name())) {
                    continue; // not "Messages, Safari and Photos"
                }
                for (int d : new int[] {-1, 1}) {
                    int n = k + d;
                    if (n < 0 || n >= out.size()) {
                        continue;
                    }
                    Candidate o = out.get(n);
                    EntityType t = o.type();
                    String gap = d < 0 ? between(text, o.end(), c.start()) : between(text, c.end(), o.start());
                    if ((EntityType.ORGANIZATION.equals(t) || EntityType.LOCATION.equals(t)) && gap != null
                            && COORDINATION.matcher(gap).matches()) {
                        out.set(k, c.withType(t, false));
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    /**
     * An acronym joined by a slash to capitals or a unit ("AML/CFT", "GT/s"), unless a known body
     * ("AFP/Getty Images", "EPA/Shutterstock": a photo credit names the agencies).
     */
    private boolean slashed(String text, Word w) {
        if (!w.allCaps() || lexicon.organization(w.text()) != null) {
            return false;
        }
        Matcher after = SLASHED.matcher(text).region(w.end(), Math.min(text.length(), w.end() + 40));
        if (after.lookingAt()) {
            return SLASHED_TERM.matcher(text.substring(w.end() + 1)).lookingAt();
        }
        if (w.start() < 2 || text.charAt(w.start() - 1) != '/') {
            return false;
        }
        int k = w.start() - 1;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        String other = text.substring(k, w.start() - 1);
        return !other.isEmpty() && SLASHED_TERM.matcher(other).matches();
    }

    private static String between(String text, int from, int to) {
        return from <= to && to - from <= 6 ? text.substring(from, to) : null;
    }

    private static Word withoutPlaceAdjective(Word w) {
        Matcher m = PLACE_ADJECTIVE.matcher(w.text());
        if (!m.find()) {
            m = OWNER_ADJECTIVE.matcher(w.text());
        }
        if (!m.find(0)) {
            m = NAME_ADJECTIVE.matcher(w.text());
        }
        if (!m.find(0) || m.start() == 0) {
            return w;
        }
        return new Word(w.start(), w.start() + m.start(), w.text().substring(0, m.start()), false, w.initial(),
                w.headline());
    }

    /**
     * "April Mellody, a spokeswoman", "June Talbot said": a month that is also a first name opens a
     * person's name when a surname follows and the text then describes or quotes that person.
     */
    private boolean monthAsFirstName(String text, List<Word> words, int i) {
        Word w = words.get(i);
        if (!CALENDAR.contains(w.text()) || !lexicon.isFirstName(w.text()) || i + 1 >= words.size() || w.headline()) {
            return false;
        }
        Word next = words.get(i + 1);
        String t = next.text();
        return next.capitalized() && !next.allCaps() && !lexicon.isCommonWord(t) && lexicon.organization(t) == null
                && lexicon.place(t) == null && !CALENDAR.contains(t) && text.startsWith(" ", w.end())
                && next.start() == w.end() + 1
                && PERSON_DESCRIBED_AFTER.matcher(text).region(next.end(), Math.min(text.length(), next.end() + 12))
                .lookingAt();
    }

    private boolean nameish(Word w, Set<String> seenMidSentence) {
        String t = w.text();
        if (!(w.capitalized() || ARTICLE_NAME.matcher(t).matches()) || CALENDAR.contains(t) || NEVER_NAMES.contains(t) || t.matches("\\p{Lu}-.*")
                || CONTRACTION.matcher(t).find()) {
            return false;
        }
        if (w.headline()) {
            // capitals of headline lines tell nothing: keep only words known or unlike common words
            return !lexicon.isCommonWord(t) || seenMidSentence.contains(t) || lexicon.place(t) != null
                    || lexicon.organization(t) != null || lexicon.isTitleHead(t) && seenMidSentence.contains(t);
        }
        return true;
    }

    private boolean joinable(String text, Word prev, Word next, List<int[]> bridges) {
        if (prev.text().endsWith(".") && lexicon.place(prev.text()) != null
                && text.startsWith(", ", Math.max(0, prev.start() - 2))) {
            return false; // "Columbia, S.C. Presumptive nominee ...": the state ends the town, and maybe the sentence
        }
        if (CORPORATE_ENDS.contains(prev.text()) && !CONNECTORS.contains(next.text())) {
            return false;
        }
        if (prev.possessive()) {
            // "Bay Fishermen’s Association" and "Sam’s Club" go on; "Russia’s Chief Rabbi" does not
            boolean foundersClub = lexicon.isFirstName(prev.text()) && lexicon.isOrgSuffix(next.text());
            // a two-word place ends the name too: "New York’s Times Square"
            String lastTwo = text.substring(text.lastIndexOf(' ', Math.max(0, prev.start() - 2)) + 1, prev.end());
            if (!lexicon.isCommonWord(prev.text()) && !foundersClub || lexicon.place(prev.text()) != null
                    || lexicon.place(lastTwo) != null
                    || lexicon.organization(prev.text()) != null // "Amazon's Prime Video", "Google’s Gemini"
                    || !next.capitalized() || lexicon.isOrgSuffix(prev.text())
                    // a possessive before a name is its owner: "Trump’s Putin Remarks", "Channel’s Hannity"
                    || !lexicon.isCommonWord(next.text()) && !lexicon.isOrgSuffix(next.text())) {
                return false;
            }
        }
        String gap = text.substring(prev.end(), next.start());
        if (gap.equals(" ") || gap.equals("\u00a0")
                || gap.isEmpty() && (prev.text().equals("&") || next.text().equals("&"))) {
            return true; // "AT&T", "H&M" are one name, as "Johnson & Johnson" is
        }
        if (prev.possessive()) {
            return gap.length() == 3 && gap.charAt(gap.length() - 1) == ' ';
        }
        for (int[] b : bridges) {
            if (b[0] == prev.end() && b[1] == next.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Department of Health and Human Services", "World Travel and Tourism Council": "and" joins the
     * words of one body when a head with its complement ("Center for Health") comes before it, or an
     * organisation suffix ends the capitals after it, and what follows is no known name of its own.
     */
    private boolean andInsideName(List<Word> words, int from, int at, Set<String> seenMidSentence, String text,
                                  List<int[]> bridges) {
        int end = at + 1;
        while (end < words.size() && nameish(words.get(end), seenMidSentence)
                && (end == at + 1 || joinable(text, words.get(end - 1), words.get(end), bridges))) {
            end++;
        }
        Word next = words.get(at + 1);
        // "Emory University and Oglethorpe University": a complete name before "and" is one of two
        if (end - at - 1 > 3 || words.get(at - 1).possessive() || lexicon.isOrgSuffix(words.get(at - 1).text())
                || next.allCaps() || lexicon.place(next.text()) != null
                || lexicon.organization(next.text()) != null || lexicon.isFirstName(next.text())
                && !lexicon.isCommonWord(next.text())) {
            return false;
        }
        List<String> before = words.subList(from, at).stream().map(Word::text).toList();
        return hasInnerOrgHead(before) || lexicon.isOrgSuffix(words.get(end - 1).text());
    }

    private boolean connectorAllowed(List<Word> words, int from, int at) {
        String c = words.get(at).text();
        Word last = words.get(at - 1);
        if (PARTICLES.contains(c)) {
            return at - 1 >= from && (!lexicon.isCommonWord(last.text()) || lexicon.isFirstName(last.text()));
        }
        if (c.equals("the")) {
            return words.get(at - 1).text().equals("of");
        }
        if (c.equals("on")) {
            // "Business Group on Health", "Council on Foreign Relations"; never "Biden on Iran"
            return ON_HEADS.contains(last.text()) && !last.possessive();
        }
        if (c.equals("at")) {
            // "University of Alabama at Birmingham"
            return words.subList(from, at).stream().anyMatch(w -> w.text().equals("University"))
                    && lexicon.place(last.text()) != null;
        }
        if (last.possessive()) {
            return false;
        }
        if (c.equals("for") && lexicon.isTitleHead(last.text()) && !lexicon.isOrgSuffix(last.text())
                && at + 1 < words.size() && (words.get(at + 1).allCaps()
                || lexicon.organization(words.get(at + 1).text()) != null)) {
            return false; // "Asia Editor for NBC News", "a correspondent for CNN": a role, then the employer
        }
        if (c.equals("of") && personBeforeOf(words, from, at)) {
            return false; // "Mark Young of Ohio": a person and where they come from, not "Bank of America"
        }
        String t = last.text();
        boolean personStart = lexicon.isFirstName(words.get(from).text()) && !lexicon.isCommonWord(words.get(from).text());
        return lexicon.isOrgSuffix(t) || lexicon.isTitleHead(t) || lexicon.isLocationWord(t)
                || lexicon.isCommonWord(t) && !personStart;
    }

    /**
     * How many words at the end of the run {@code from..to} name a unit or the people of the body
     * before them, not the body: "Roscosmos Space Agency Press Service", "Kremlin Spokesman". Zero
     * unless the word before them is itself a body's name: an organisation suffix, an acronym or no
     * common word.
     */
    private int trailingUnit(List<Word> words, int from, int to) {
        int n = 0;
        if (to - from >= 3 && words.get(to - 2).text().equals("Press")
                && PRESS_UNITS.contains(words.get(to - 1).text())) {
            n = 2;
        } else if (to - from >= 2 && BODY_PEOPLE.contains(words.get(to - 1).text())) {
            n = 1;
        }
        if (n == 0) {
            return 0;
        }
        Word before = words.get(to - n - 1);
        boolean body = !before.possessive() && (lexicon.isOrgSuffix(before.text()) || before.allCaps()
                || !lexicon.isCommonWord(before.text()) && !lexicon.isFirstName(before.text())
                && !lexicon.isTitleHead(before.text()) && !lexicon.isTitleModifier(before.text()));
        return body ? n : 0;
    }

    /**
     * Whether the words before "of" are a person's first name and surname and a known place follows:
     * "Mitch Varnell of Kentucky". Bodies and titles ("University of Kentucky", "Duke of Edinburgh")
     * start with no first name, or with a single word before "of". Titles before the name are
     * skipped.
     */
    private boolean personBeforeOf(List<Word> words, int from, int at) {
        // a title before the name is no part of it: "Senator Barbara Boxer of California"
        while (from < at - 2 && (lexicon.isTitleHead(words.get(from).text())
                || lexicon.isTitleModifier(words.get(from).text()) || lexicon.honorific(words.get(from).text()) != null)) {
            from++;
        }
        Word first = words.get(from);
        Word last = words.get(at - 1);
        if (at - from < 2 || at + 1 >= words.size() || !lexicon.isFirstName(first.text())
                || lexicon.isTitleHead(first.text()) || lexicon.isOrgSuffix(last.text())
                || lexicon.isTitleHead(last.text()) || lexicon.isLocationWord(last.text())) {
            return false;
        }
        for (int k = from + 1; k < at; k++) {
            if (CONNECTORS.contains(words.get(k).text())) {
                return false;
            }
        }
        String place = words.get(at + 1).text();
        // "of New York": the place may take two words
        return lexicon.place(place) != null || at + 2 < words.size()
                && lexicon.place(place + " " + words.get(at + 2).text()) != null;
    }

    /**
     * "films like A Touch of Sin", "The Perfect Neighbor has a 99 percent rating": an article
     * capitalised inside a sentence opens the title of a work when the capitals after it are all
     * common words (no name, place, body or suffix of one), so they name nothing.
     */
    private boolean titleAfterCapitalArticle(String text, List<Word> words, int from, int to) {
        if (from == 0 || to - from < 2) {
            return false;
        }
        Word article = words.get(from - 1);
        if (!CAPITAL_ARTICLES.contains(article.text()) || article.initial()
                || !text.substring(article.end(), words.get(from).start()).equals(" ")) {
            return false;
        }
        for (Word w : words.subList(from, to)) {
            String t = w.text();
            if (CONNECTORS.contains(t)) {
                continue;
            }
            if (!lexicon.isCommonWord(t) || lexicon.isFirstName(t) || lexicon.place(t) != null
                    || lexicon.organization(t) != null || lexicon.isOrgSuffix(t) || lexicon.isLocationWord(t)
                    || lexicon.isNationality(t) || w.allCaps()) {
                return false;
            }
        }
        return true;
    }

    /** Quoted spans in title case, such as film and book titles (“The Last Ice Road”): no names inside. */
    private List<int[]> workTitles(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = QUOTED_TITLE.matcher(text);
        while (m.find()) {
            String[] parts = m.group(1).strip().split(" ");
            if (parts[0].isEmpty()) {
                continue;
            }
            int capitals = 0;
            boolean titleCase = Character.isUpperCase(parts[0].codePointAt(0));
            for (String part : parts) {
                if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
                    capitals++;
                } else if (!TITLE_SMALL_WORDS.contains(part)) {
                    titleCase = false;
                }
            }
            String lastPart = parts[parts.length - 1];
            // appearing on "Meet the Press": a show, though "Press" may end a body's name
            boolean show = SHOW_BEFORE.matcher(text).region(Math.max(0, m.start() - 12), m.start()).find();
            if (titleCase && capitals >= 2 && lexicon.place(m.group(1)) == null && lexicon.organization(m.group(1)) == null
                    && !lexicon.isFirstName(parts[0]) && (show || !lexicon.isOrgSuffix(lastPart.replaceAll("[,.]$", ""))
                    && !lexicon.isOrgSuffix(lastPart))) {
                spans.add(new int[] {m.start(1), m.end(1)});
            }
        }
        return spans;
    }

    /** Spans between a first name and a surname that hold a quoted nickname: Lyle “Shorty” Bannerman. */
    private List<int[]> nicknameBridges(String text) {
        List<int[]> bridges = new ArrayList<>();
        Matcher m = QUOTED_NICKNAME.matcher(text);
        while (m.find()) {
            if (lexicon.isFirstName(m.group(1)) || !lexicon.isCommonWord(m.group(1))) {
                bridges.add(new int[] {m.end(1), m.start(3), m.start(2), m.end(2)});
            }
        }
        return bridges;
    }

    private void chunk(String text, List<Word> words, int from, int to, Set<String> seenMidSentence,
                       List<Candidate> out) {
        int i = from;
        Gender gender = null;
        String honorific = null;
        while (i < to && lexicon.honorific(words.get(i).text()) != null) {
            gender = lexicon.honorific(words.get(i).text());
            honorific = words.get(i).text();
            i++;
        }
        // a creed or nationality before a person's name is no part of it: "Sufi al-Ghazali", "Texan John Smith"
        while (i < to - 1 && lexicon.isNationality(words.get(i).text()) && !words.get(i).possessive()
                && (ARTICLE_NAME.matcher(words.get(i + 1).text()).matches()
                || lexicon.isFirstName(words.get(i + 1).text()) && !lexicon.isCommonWord(words.get(i + 1).text()))) {
            i++;
        }
        // "Islamist Muslim Brotherhood", "French Red Cross": a creed or nationality before a known body's
        // name only describes it, unless the whole is known
        if (i < to - 1 && lexicon.isNationality(words.get(i).text()) && !words.get(i).possessive()
                && lexicon.organization(text.substring(words.get(i).start(), words.get(to - 1).end())) == null
                && lexicon.organization(text.substring(words.get(i + 1).start(), words.get(to - 1).end())) != null) {
            i++;
        }
        // "Hall of Famer Dick Butkus": an honour held, not the body "Hall of ..."
        if (i + 3 < to && words.get(i).text().equals("Hall") && words.get(i + 1).text().equals("of")
                && words.get(i + 2).text().startsWith("Famer")) {
            i += 3;
        }
        // the longest run of title words ending before the name: "Israeli Prime Minister", "Secretary of State"
        int run = i;
        boolean head = false;
        while (run < to && titleish(words.get(run))) {
            head |= lexicon.isTitleHead(words.get(run).text());
            run++;
        }
        // "Department of Justice", "Ministry of Defence": a body, though "Justice" heads titles too
        boolean body = to - i >= 3 && lexicon.isOrgSuffix(words.get(i).text()) && !lexicon.isTitleHead(words.get(i).text())
                && (words.get(i + 1).text().equals("of") || words.get(i + 1).text().equals("for"));
        Word lastWord = words.get(to - 1);
        if (!body && to - i >= 2 && lexicon.isTitleHead(lastWord.text()) && !lexicon.isOrgSuffix(lastWord.text())
                && (lexicon.isTitleHead(words.get(i).text()) || lexicon.isTitleModifier(words.get(i).text()))) {
            return; // a role in capitals: "Chief Cyber Solutions Officer"
        }
        if (to - i >= 2 && OFFICE_HEADS.contains(lastWord.text())
                && lexicon.place(text.substring(words.get(i).start(), words.get(to - 2).end())) != null) {
            // "Ohio Governor @dan_morrow": a state's title before a handle; the state alone is a name
            Candidate place = classify(text, words, i, to - 1, null, null, seenMidSentence);
            if (place != null) {
                out.add(place);
            }
            return;
        }
        int afterRole = head && run == to && !body ? nameAfterRole(words, i, to) : -1;
        if (head && run == to && !body && afterRole < 0) {
            // only a role ("Chief Rabbi", "Head of the Federation of Jewish Communities")
            if (!lexicon.isOrgSuffix(lastWord.text()) && !lexicon.isLocationWord(lastWord.text())) {
                for (int k = i; k < to - 1; k++) {
                    if (lexicon.isTitleHead(words.get(k).text()) && words.get(k + 1).text().equals("of")) {
                        int c = k + 2;
                        if (c < to && words.get(c).text().equals("the")) {
                            c++;
                        }
                        if (c < to) {
                            Candidate complement = classify(text, words, c, to, null, null, seenMidSentence);
                            if (complement != null && complement.type() != null
                                    && !complement.type().equals(EntityType.PERSON)) {
                                out.add(complement);
                            }
                        }
                        break;
                    }
                }
                return;
            }
        }
        int nameStart = afterRole >= 0 ? afterRole : i;
        if (!head && afterRole < 0) {
            // a role written between other words and the name: "Sub-Assistant Agriculture Officer Atanu Sarker"
            int inner = nameAfterInnerRole(words, i, to);
            if (inner > i) {
                nameStart = inner;
                addEmployer(text, words, i, inner, seenMidSentence, out);
            }
        }
        if (head && afterRole < 0 && run < to && !CONNECTORS.contains(words.get(run).text())) {
            // back off to the last title head: "Chief Executive" + "Marguerite O’Neill"
            int lastHead = -1;
            for (int k = i; k < run; k++) {
                if (lexicon.isTitleHead(words.get(k).text())) {
                    lastHead = k;
                }
            }
            // the name starts after the last head ("Chinese President" + "Xi Jinping"), or after its
            // complement ("Secretary of State" + "Antony Blinken")
            int after = lastHead + 1;
            if (after < to && (words.get(after).text().equals("of") || words.get(after).text().equals("for"))) {
                after++;
                if (after < to && words.get(after).text().equals("the")) {
                    after++;
                }
                while (after < to - 1 && lexicon.isCommonWord(words.get(after).text())
                        && !lexicon.isFirstName(words.get(after).text())) {
                    after++;
                }
            }
            // only when what follows the title is itself a name, not "General Hospital"
            Word end = words.get(to - 1);
            boolean bareSuffix = to - after == 1 && (lexicon.isOrgSuffix(end.text()) || lexicon.isLocationWord(end.text()));
            if (lastHead >= 0 && after < to && !bareSuffix) {
                nameStart = after;
            }
        }
        if (nameStart >= to) {
            return;
        }
        // capitals that only open a sentence: "Earlier", "Speaking", "Police said"
        boolean organisation = to - nameStart >= 2 && (lexicon.isOrgSuffix(words.get(to - 1).text())
                || words.subList(nameStart, to).stream().anyMatch(w -> w.text().equals("&")));
        if (nameStart == from && to - nameStart >= 3 && words.get(nameStart + 1).text().equals("of")
                && discountable(words.get(nameStart), seenMidSentence) && !lexicon.isOrgSuffix(words.get(nameStart).text())
                && !lexicon.isTitleHead(words.get(nameStart).text())
                && !lexicon.isLocationWord(words.get(nameStart).text())) {
            // "Shares of Zentrix Holdings", "Residents of Carrick Falls": the sentence's subject noun and "of"
            nameStart += 2;
            if (nameStart < to - 1 && words.get(nameStart).text().equals("the")) {
                nameStart++;
            }
        }
        // a known name opening a sentence keeps its first word: "7. United Kingdom", "General Motors said"
        String whole = text.substring(words.get(nameStart).start(), words.get(to - 1).end());
        boolean known = lexicon.place(whole) != null || lexicon.organization(whole) != null;
        if ((nameStart == from || nameStart == i && honorific == null) && !organisation && !known) {
            // "Fort Lauderdale", "West Palm Beach" opening a line: the first word belongs to the place
            // "(Josh Brolin)", "Lily James said": a first name that is also a common word stays before a surname
            while (nameStart < to && discountable(words.get(nameStart), seenMidSentence)
                    && !(lexicon.isLocationPrefix(words.get(nameStart).text()) && nameStart + 1 < to
                    && !CONNECTORS.contains(words.get(nameStart + 1).text()))
                    && !(nameStart + 2 == to && lexicon.isFirstName(words.get(nameStart).text())
                    && commonSurnameOrName(text, words.get(nameStart + 1).text())
                    && !lexicon.isOrgSuffix(words.get(nameStart + 1).text())
                    && lexicon.organization(words.get(nameStart + 1).text()) == null // "See Facebook"
                    && lexicon.place(words.get(nameStart + 1).text()) == null)) {
                nameStart++;
                while (nameStart < to && CONNECTORS.contains(words.get(nameStart).text())) {
                    nameStart++;
                }
            }
            if (nameStart >= to) {
                return;
            }
        }
        if (to - nameStart >= 2 && lexicon.isNationality(words.get(to - 1).text())
                && lexicon.organization(text.substring(words.get(nameStart).start(), words.get(to - 2).end())) != null) {
            // "Senate Republicans", "Congress Democrats": the body, then its members' party, a group
            Candidate knownBody = classify(text, words, nameStart, to - 1, gender, honorific, seenMidSentence);
            Candidate members = classify(text, words, to - 1, to, null, null, seenMidSentence);
            if (knownBody != null) {
                out.add(knownBody);
            }
            if (members != null) {
                out.add(members);
            }
            return;
        }
        nameStart = nameAfterKnownModifier(text, words, nameStart, to, seenMidSentence, out);
        nameStart = personAfterKnownName(text, words, nameStart, to);
        to = knownOrganisationEnd(text, words, nameStart, to);
        Candidate c = classify(text, words, nameStart, to, gender, honorific, seenMidSentence);
        if (c != null) {
            out.add(c);
        }
    }

    /**
     * Where a known organisation that opens a longer run ends, when the rest is two or more plain
     * words naming something of its ("the AT&amp;T Untold Stories grant", "the Hugging Face
     * Mechanistic Interpretability Leaderboard") or one word for what it puts out ("the Gallup
     * Poll"); else {@code to}.
     */
    private int knownOrganisationEnd(String text, List<Word> words, int from, int to) {
        if (to - from >= 2 && OUTPUTS.contains(words.get(to - 1).text())
                && lexicon.organization(text.substring(words.get(from).start(), words.get(to - 2).end())) != null) {
            return to - 1; // "the Gallup Poll", "a Pew Survey": what the body puts out, named after it
        }
        for (int k = to - 2; k > from; k--) {
            String head = text.substring(words.get(from).start(), words.get(k - 1).end());
            if (lexicon.organization(head) != null && lexicon.place(head) == null) {
                // "University of Chicago Education Lab" is a body of its own: a body's word ends it
                String last = words.get(to - 1).text();
                return plainWords(words, k, to) && !lexicon.isOrgSuffix(last + "s") && words.subList(k, to).stream()
                        .noneMatch(w -> CONNECTORS.contains(w.text())) ? k : to;
            }
        }
        return to;
    }

    /**
     * Where a name starts when a known place or body used as a modifier runs into it: "Wisconsin
     * Trump supporters", "Los Angeles Zillow agents". The name after it is a known body, or one the
     * text also writes alone (not as "the X", which a team's or a group's short name takes); the
     * modifier is then a name of its own and is added to {@code out}. Returns {@code from} when the
     * run is no such pair or is known whole ("New York Times").
     */
    private int nameAfterKnownModifier(String text, List<Word> words, int from, int to, Set<String> seenMidSentence,
                                       List<Candidate> out) {
        String whole = text.substring(words.get(from).start(), words.get(to - 1).end());
        // "Georgia Bernstein" is a person: a place that is also a given name modifies nothing
        if (to - from < 2 || lexicon.place(whole) != null || lexicon.organization(whole) != null
                || lexicon.isFirstName(words.get(from).text())) {
            return from;
        }
        for (int k = from + 1; k < to; k++) {
            Word gap = words.get(k - 1);
            String head = text.substring(words.get(from).start(), gap.end());
            String tail = text.substring(words.get(k).start(), words.get(to - 1).end());
            // "in Reno NFL has gone soft" (a headline): a known acronym after a name the text writes alone
            boolean knownAcronymAfter = k + 1 == to && words.get(k).allCaps() && lexicon.organization(tail) != null
                    && !words.get(from).allCaps() && standsAlone(text, head);
            if (gap.possessive() || !text.substring(gap.end(), words.get(k).start()).equals(" ")
                    || lexicon.place(head) == null && lexicon.organization(head) == null && !knownAcronymAfter) {
                continue;
            }
            Word last = words.get(to - 1);
            boolean nameLike = words.subList(k, to).stream().allMatch(w -> w.capitalized() && !CONNECTORS.contains(w.text()))
                    && (!lexicon.isCommonWord(last.text()) || !writtenLowerCase(text, last.text()))
                    && !lexicon.isOrgSuffix(last.text())
                    && !lexicon.isLocationWord(last.text()) && !lexicon.isTitleHead(last.text())
                    && !lexicon.isNationality(last.text());
            // "Gallup Korea", "Hyundai Europe": a body's branch in a place is one name
            if (nameLike && lexicon.place(tail) == null && !knownPlace(tail)
                    && (lexicon.organization(tail) != null || standsAlone(text, tail))) {
                Candidate modifier = classify(text, words, from, k, null, null, seenMidSentence);
                if (modifier != null) {
                    out.add(modifier);
                }
                return k;
            }
        }
        return from;
    }

    /**
     * Whether {@code name} also stands in the text as a name of its own: not inside a longer run of
     * capitalised words ("South Korea", "The Korea Times") and not as "the name".
     */
    private static boolean standsAlone(String text, String name) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}.&-])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}&-])").matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 30), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
            if (!before.matches("(?s).*(?:\\p{Lu}[\\p{L}.’'-]*|\\b(?i:the)) $") && !after.matches("(?s)^ \\p{Lu}.*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a person's name starts when a known place or organisation runs into it: "fellow New
     * Yorker Talia Lugacy", "Reuters Benoit Tessier" (a credit line). The person is a known first
     * name and one or two surname-like words; the words before must not be a first name themselves
     * ("Jordan Michael Smith"). Returns {@code from} when the run is no such pair.
     */
    private int personAfterKnownName(String text, List<Word> words, int from, int to) {
        for (int k = from + 1; k <= to - 2 && to - k <= 3; k++) {
            String head = text.substring(words.get(from).start(), words.get(k - 1).end());
            String given = words.get(k).text();
            if ((lexicon.place(head) != null || lexicon.organization(head) != null)
                    && !lexicon.isFirstName(words.get(from).text()) && words.get(k - 1).end() < words.get(k).start()
                    && lexicon.isFirstName(given) && !lexicon.isCommonWord(given)
                    && words.subList(k + 1, to).stream().allMatch(w -> w.capitalized() && !w.allCaps()
                    && !lexicon.isCommonWord(w.text()) && !lexicon.isOrgSuffix(w.text())
                    && lexicon.place(w.text()) == null && lexicon.organization(w.text()) == null)) {
                return k;
            }
        }
        return from;
    }

    /**
     * "President Trump": a chunk of title words whose last head is followed by a capitalised word
     * that is neither a title word nor a complement ("of ...") is a role and a name. Returns the
     * index where the name starts, or -1.
     */
    private int nameAfterRole(List<Word> words, int from, int to) {
        int lastHead = -1;
        for (int k = from; k < to; k++) {
            if (lexicon.isTitleHead(words.get(k).text())) {
                lastHead = k;
            }
        }
        if (lastHead < 0 || lastHead + 1 >= to || to - lastHead - 1 > 2) {
            return -1;
        }
        for (int k = lastHead + 1; k < to; k++) {
            String t = words.get(k).text();
            if (CONNECTORS.contains(t) || lexicon.isTitleModifier(t) || lexicon.isNationality(t)
                    || lexicon.isOrgSuffix(t) || lexicon.isLocationWord(t) || lexicon.place(t) != null
                    || words.get(k).initial()) {
                return -1;
            }
        }
        return lastHead + 1;
    }

    /**
     * "Facebook CEO Mark Zuckerberg", "Netography CEO Martin Roesch": the capitalised words before a
     * role written before a name are the body the person works for (or the place they serve, when
     * a gazetteer knows it). Adds them, unless they are title words themselves.
     */
    private void addEmployer(String text, List<Word> words, int from, int nameStart, Set<String> seenMidSentence,
                             List<Candidate> out) {
        int roleStart = nameStart - 1;
        while (roleStart > from && titleish(words.get(roleStart - 1))) {
            roleStart--;
        }
        // "Rhode Island Gov.": a common word of a known place is no role word
        for (int k = nameStart - 1; k > roleStart; k--) {
            if (lexicon.place(text.substring(words.get(from).start(), words.get(k - 1).end())) != null) {
                roleStart = k;
                break;
            }
        }
        if (roleStart <= from || words.subList(from, roleStart).stream()
                .anyMatch(w -> w.possessive() || CONNECTORS.contains(w.text()) || lexicon.isNationality(w.text())
                        || Arrays.stream(w.text().split("-")).anyMatch(p -> lexicon.isTitleHead(p)
                        || lexicon.isTitleModifier(p)))) {
            // not a role's own words: "Sub-Assistant Agriculture Officer"
            return;
        }
        int start = from;
        while (start < roleStart && discountable(words.get(start), seenMidSentence)) {
            start++;
        }
        if (start >= roleStart) {
            return;
        }
        Candidate employer = classify(text, words, start, roleStart, null, null, seenMidSentence);
        if (employer != null) {
            out.add(employer.type() == null || EntityType.PERSON.equals(employer.type())
                    ? employer.withType(EntityType.ORGANIZATION, false) : employer);
        }
    }

    /** The start of a one- to three-word name after the last title head inside a chunk, or -1. */
    private int nameAfterInnerRole(List<Word> words, int from, int to) {
        int lastHead = -1;
        for (int k = from + 1; k < to - 1; k++) {
            if (lexicon.isTitleHead(words.get(k).text())) {
                lastHead = k;
            }
        }
        if (lastHead < 0 || to - lastHead - 1 > 3) {
            return -1;
        }
        Word first = words.get(lastHead + 1);
        Word last = words.get(to - 1);
        boolean nameLike = lexicon.isFirstName(first.text()) || !lexicon.isCommonWord(first.text());
        for (int k = from; k <= lastHead; k++) {
            if (CONNECTORS.contains(words.get(k).text())) {
                return -1; // "Bank of America Chief ..." is for the title finder
            }
        }
        if (!nameLike || CONNECTORS.contains(first.text()) || lexicon.isOrgSuffix(last.text())
                || lexicon.isLocationWord(last.text()) || lexicon.place(first.text()) != null) {
            return -1;
        }
        return lastHead + 1;
    }

    private boolean titleish(Word w) {
        String t = w.text();
        return lexicon.isTitleHead(t) || lexicon.isTitleModifier(t) || lexicon.isNationality(t)
                || lexicon.place(t) != null && t.contains(".") || t.equals("of") || t.equals("the")
                || lexicon.isCommonWord(t) && !lexicon.isFirstName(t);
    }

    private boolean discountable(Word w, Set<String> seenMidSentence) {
        String t = w.text();
        if (!(w.initial() || w.headline()) || w.allCaps()) {
            return false;
        }
        if (lexicon.place(t) != null || lexicon.organization(t) != null || lexicon.isNationality(t)) {
            return false;
        }
        return lexicon.isCommonWord(t) && !seenMidSentence.contains(t);
    }

    private Candidate classify(String text, List<Word> words, int from, int to, Gender gender, String honorific,
                               Set<String> seenMidSentence) {
        Word first = words.get(from);
        Word last = words.get(to - 1);
        int start = first.start();
        int end = last.end();
        String surface = text.substring(start, end);
        List<String> tokens = new ArrayList<>();
        String name = surface;
        List<String> aliases = new ArrayList<>();
        for (int k = from; k < to; k++) {
            tokens.add(words.get(k).text());
        }
        // Lyle “Shorty” Bannerman: the nickname is an alias, the name is the two outer words
        Matcher nick = QUOTED_NICKNAME.matcher(surface);
        if (to - from >= 2 && nick.find()) {
            aliases.add(nick.group(2));
            name = surface.substring(0, nick.end(1)) + " " + surface.substring(nick.start(3));
        }
        if (honorific != null) {
            aliases.add(honorific + " " + name);
        }
        List<String> titleList = new ArrayList<>();
        int n = to - from;
        EntityType type = null;
        boolean strong = false;
        String key = null;
        String place = lexicon.place(name);
        String org = lexicon.organization(name);
        String lastText = last.text();
        String firstText = first.text();
        boolean shouting = words.subList(from, to).stream().allMatch(Word::allCaps)
                && (n >= 2 || first.headline() || firstText.replace(".", "").length() > 5 || lexicon.isStoppedAcronym(firstText)
                || firstText.length() >= 4 && lexicon.place(titleCase(firstText)) != null); // a dateline's "CAIRO"
        if (shouting) {
            // capitals of a heading, dateline or label: typed only by a gazetteer or a dateline,
            // else kept as another form of a name used elsewhere ("ESPINOZA:")
            if (n == 1 && lexicon.isStoppedAcronym(firstText)) {
                return null;
            }
            name = titleCase(surface);
            place = lexicon.place(name);
            org = lexicon.organization(name);
            if (place == null && org == null) {
                boolean lineStart = text.lastIndexOf('\n', start - 1) + 1 == start;
                List<String> parts = List.of(name.split(" "));
                // a transcript's speaker label: "SACHA PFEIFFER, HOST:", "ROSIE CURTS:"
                boolean label = lineStart && LABEL_END.matcher(text).region(end, Math.min(text.length(), end + 60))
                        .lookingAt();
                boolean dateline = lineStart && !label && text.substring(end).matches("(?s)^\\s*(?:,|—|–|-|\\().*");
                EntityType shoutedType = dateline ? EntityType.LOCATION : null;
                if (label && n >= 2 && parts.stream().noneMatch(this::commonNotName)) {
                    shoutedType = EntityType.PERSON;
                }
                return new Candidate(start, end, name, shoutedType, false, null, titleList, gender, aliases, parts);
            }
        }
        if (place == null && org == null && last.possessive() && end + 2 <= text.length()
                && text.substring(end, end + 2).matches("['’]s")
                && lexicon.organization(surface + text.substring(end, end + 2)) != null) {
            // a name that ends in 's itself: "McDonald's", "Macy’s"
            String full = surface + text.substring(end, end + 2);
            return new Candidate(start, end + 2, full, EntityType.ORGANIZATION, true, lexicon.organization(full),
                    titleList, gender, aliases, tokens);
        }
        if (from > 0 && words.get(from - 1).text().equals("The") && !words.get(from - 1).initial()
                && !words.get(from - 1).headline() && lexicon.organization("The " + name) != null) {
            // "wrote in The Atlantic": a capital The inside a sentence is part of a publication's name
            int theStart = words.get(from - 1).start();
            return new Candidate(theStart, end, text.substring(theStart, end), EntityType.ORGANIZATION, true,
                    lexicon.organization("The " + name), titleList, gender, aliases, tokens);
        }
        String placePart = n >= 2 && lexicon.isNationality(lastText) && !last.possessive()
                ? lexicon.place(String.join(" ", tokens.subList(0, n - 1))) : null;
        if (placePart != null) {
            // "a Virginia Democrat", "the Texas Republican": the state, with its party word left out
            Word before = words.get(to - 2);
            return new Candidate(start, before.end(), text.substring(start, before.end()), EntityType.LOCATION, true,
                    placePart, titleList, gender, aliases, tokens.subList(0, n - 1));
        }
        if (tokens.stream().anyMatch(HOLIDAYS::contains) || n >= 2 && (lastText.equals("Day") || lastText.equals("Eve"))
                && !lexicon.isFirstName(firstText)) {
            return null; // a holiday is a date, not a name
        }
        if (n == 2 && first.allCaps() && org == null && PRODUCT_NOUNS.contains(lastText)) {
            return null; // "USB Hub", "HDMI Cable": a kind of device named by its standard, no body
        }
        if (n >= 2 && org == null && place == null && (MODEL_WORDS.contains(lastText)
                || tokens.stream().anyMatch(t -> t.matches("\\p{Lu}+\\d+\\p{L}*"))
                || MODEL_AFTER.matcher(text).region(end, text.length()).lookingAt())) {
            // a product's model name: "Vision Pro", "Galaxy S24", "Core i5", "Hub 2.1"; a known maker
            // inside it is the only body named: "Apple" of "Apple AirPods Pro"
            return brandOfProduct(words, from, to, gender);
        }
        if (n >= 2 && LAW_HEADS.contains(lastText)) {
            type = LAW;
            strong = true;
        } else if (n >= 2 && EVENT_HEADS.contains(firstText) || tokens.stream().anyMatch(AWARD_HEADS::contains)
                || n >= 2 && lastText.equals("Convention") && tokens.stream().anyMatch(PARTY_GATHERING::contains)) {
            // "Storm Ilse", "Hurricane Katrina", "the Pulitzer Prize", "the Republican National Convention"
            type = EVENT;
            strong = true;
        } else if (place != null) {
            type = EntityType.LOCATION;
            strong = true;
            key = place;
        } else if (org != null) {
            type = EntityType.ORGANIZATION;
            strong = true;
            key = org;
        } else if (tokens.stream().allMatch(lexicon::isNationality)) {
            type = NORP; // "Hispanics", "Tunisian Islamists": a group of people, no body
            strong = true;
        } else if (tokens.contains("&")) {
            type = EntityType.ORGANIZATION;
            strong = true;
        } else if (SCHOOL_BEFORE.matcher(text).region(Math.max(0, start - 30), start).find()) {
            type = EntityType.ORGANIZATION; // "a graduate of Mount Holyoke": a school, though named like a place
        } else if (n >= 2 && (lastText.equals("City") || lastText.equals("Town")) && !tokens.contains("of")
                && !knownPlace(String.join(" ", tokens.subList(0, n - 1)))
                && (followedByPlace(text, end) || TOWN_PREPOSITION.matcher(text).region(Math.max(0, start - 9), start)
                .find())) {
            // a club is named after its home ("Leicester City", "Luton Town"); "in Park City" is a town
            type = EntityType.LOCATION;
            strong = true;
        } else if (n >= 2 && (lexicon.isOrgSuffix(lastText)
                || lastText.equals("District") && DISTRICT_BODIES.contains(tokens.get(n - 2)))) {
            type = EntityType.ORGANIZATION;
            strong = true;
        } else if (n == 2 && lexicon.isFirstName(firstText) && !lexicon.isCommonWord(firstText)
                && lexicon.place(firstText) == null && lexicon.isLocationWord(lastText)
                && (surnameSpeaks(text, lastText) || clauseType(text, end) == EntityType.PERSON
                || PERSON_DESCRIBED_AFTER.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt())) {
            type = EntityType.PERSON; // "Jim Marsh, an analyst" ... "Marsh said": a surname, not "Romney Marsh"
            strong = true;
        } else if (n >= 2 && lexicon.isLocationWord(lastText)) {
            type = EntityType.LOCATION;
            strong = true;
        } else if (n >= 2 && hasInnerOrgHead(tokens)) {
            type = EntityType.ORGANIZATION;
            strong = true;
        } else if (n >= 2 && (lexicon.isLocationPrefix(firstText) && !(n >= 4 && lexicon.isCommonWord(lastText)
                && lexicon.isCommonWord(tokens.get(n - 2)) && lexicon.place(tokens.get(1)) != null) || COMPASS.contains(firstText.toLowerCase(Locale.ROOT))
                && lexicon.place(String.join(" ", tokens.subList(1, n))) != null)) {
            type = EntityType.LOCATION; // "Fort Lauderdale", "Southern California"
            strong = true;
        } else if (n == 2 && !lexicon.isFirstName(firstText) && !lexicon.isCommonWord(firstText)
                && lexicon.place(lastText) != null && lexicon.organization(firstText) == null
                && lexicon.place(firstText) == null && !first.allCaps() && clauseType(text, end) == null
                && !PERSON_DESCRIBED_AFTER.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt()) {
            type = EntityType.LOCATION; // "Baja California": a word no list knows before a known place names a part of it
        } else if (n >= 2 && (followedByPlace(text, end) && !(lexicon.isFirstName(firstText) && stateCodeAfter(text, end))
                || placeKindBefore(text, start)
                || placeAdjectiveAfter(text, end))) {
            type = EntityType.LOCATION;
        } else if (n >= 2 && (orgNounBefore(text, start) && !(personShaped(tokens) && afterSingularClause(text, start))
                && !(n == 2 && lexicon.isFirstName(firstText) && !lexicon.isCommonWord(firstText)
                && RIVAL_BEFORE.matcher(text).region(Math.max(0, start - 120), start).find())
                || first.allCaps() && !firstText.contains(".") && !lexicon.isFirstName(firstText))) {
            type = EntityType.ORGANIZATION; // "drugmakers Eli Lilly and Novo Nordisk", "UC Berkeley"
        } else if (n >= 2 && last.allCaps()) {
            if (lexicon.isStoppedAcronym(lastText) && !companyCue(text, start, end)
                    && !(n == 2 && !lexicon.isCommonWord(firstText) && !lexicon.isFirstName(firstText)
                    && lexicon.place(firstText) == null && !first.allCaps())) {
                return null; // "Industrial AI"; but "Calypso AI", "the buyout of Scale AI" are companies
            }
            type = EntityType.ORGANIZATION;
        } else if (n >= 2 && !tokens.contains("of") && !tokens.contains("for")
                && (!titles.before(text, words, from).isEmpty() || !titles.after(text, words, to - 1).isEmpty())) {
            type = EntityType.PERSON; // "captain Declan Moody", "Jane Roe, a spokeswoman"
        } else if (n >= 2) {
            // "Paris Baguette" is no person: a first name that is also a place needs a surname-like word
            boolean firstName = lexicon.isFirstName(firstText)
                    && (lexicon.place(firstText) == null || !lexicon.isCommonWord(tokens.get(1)));
            boolean connectors = tokens.stream().anyMatch(t -> t.equals("of") || t.equals("for") || t.equals("the"));
            EntityType cue = connectors ? null : clauseType(text, end);
            boolean particle = tokens.subList(1, n - 1).stream().anyMatch(PARTICLES::contains);
            // a first name before a common word may start a company too: "the acquisition of Eden Data"
            boolean surnameLike = !lexicon.isCommonWord(lastText) || lexicon.isFirstName(lastText);
            if (cue == null && !connectors && (!lexicon.isFirstName(firstText) || !surnameLike)
                    && companyCue(text, start, end)) {
                cue = EntityType.ORGANIZATION; // "Andreessen Horowitz’s portfolio", "the acquisition of Vexa Labs"
            }
            if (cue == null && !connectors) {
                // "Eden Data, an Austin-based advisory firm"; a person may be "a resident of the village"
                cue = appositiveType(text, end) == EntityType.ORGANIZATION ? EntityType.ORGANIZATION : null;
            }
            if (cue == null && !connectors && !firstName && (words.get(from).initial()
                    || LIST_MARKER.matcher(text).region(Math.max(0, start - 6), start).find())
                    && (commonNotName(firstText) || commonNotName(lastText))
                    && BUSINESS_VERB_AFTER.matcher(text).region(end, Math.min(text.length(), end + 30)).lookingAt()) {
                cue = EntityType.ORGANIZATION; // "3. Loci Controls is focused on", "Battery Resourcers created"
            }
            if (cue == null && !firstName && bodyNamedAfterLineOrSentence(text, start, end)) {
                cue = EntityType.ORGANIZATION; // "Harbor Noodle" as a heading, then "This Thai restaurant ..."
            }
            if (cue != null) {
                type = cue; // "Tom Forte, who ...", "Con Edison, which ...", "Con Edison officials"
            } else if (particle && !connectors) {
                type = EntityType.PERSON; // "Osama bin Laden", "Bill de Blasio"
            } else if (firstName && !connectors && (!lexicon.isCommonWord(firstText)
                    || !lexicon.isCommonWord(tokens.get(1)) || n == 2 && (surnameSpeaks(text, lastText)
                    || !lastText.endsWith("ing") && !lastText.endsWith("s")))) {
                // a known first name and a word is a person when the word alone speaks: "Wade Bassi" ... "Bassi said"
                type = EntityType.PERSON;
                strong = true;
            } else if (employerOfRole(text, words, to)) {
                type = EntityType.ORGANIZATION;
            } else if (connectors || lexicon.isCommonWord(lastText) && !lexicon.isFirstName(lastText)) {
                // "Sustainable Catering Practices", "Counter-Free Rental": plain words in title case
                // name no body unless the text treats them as one
                type = plainWords(words, from, to) && !bodyCue(text, words, from, to) ? null
                        : EntityType.ORGANIZATION;
            } else if (!lexicon.isFirstName(firstText) && (knownPlace(firstText)
                    && !lexicon.isCountry(firstText) // "India Donaldson": a country may be a given name
                    || n >= 3 && lexicon.place(String.join(" ", tokens.subList(0, n - 1))) != null
                    || articleBefore(text, start) && BODY_OUTPUT_AFTER.matcher(text)
                    .region(end, Math.min(text.length(), end + 20)).lookingAt()
                    || compoundOfCommonWords(lastText))) {
                // no person: "Cambridge Analytica" opens with a place, "an Ars Technica report" is what a
                // body publishes, "Enterprise Rent-A-Car" ends in a compound of plain words
                type = EntityType.ORGANIZATION;
            } else {
                type = EntityType.PERSON;
            }
        } else if (first.allCaps()) {
            type = EntityType.ORGANIZATION; // an acronym: FCC, NCAA, WPEL
        } else if (lexicon.isOrgSuffix(name)) {
            // "the Senate", "the House": a body named by its kind alone
            if (from > 0 && words.get(from - 1).text().equalsIgnoreCase("the") && !first.initial()) {
                type = EntityType.ORGANIZATION;
            } else {
                // maybe the short form of a club or body named in full elsewhere ("Rovers")
                return new Candidate(start, end, name, null, false, null, titleList, gender, aliases, tokens);
            }
        } else {
            type = contextType(text, words, from, end, honorific);
        }
        if (EntityType.PERSON.equals(type) && honorific == null && n >= 2 && plainWords(words, from, to)
                && tokens.stream().noneMatch(lexicon::isFirstName)) {
            return null; // "Mechanistic Interpretability", "Car Rental": no name of anyone
        }
        if (EntityType.PERSON.equals(type) && !strong && honorific == null && n >= 2 && commonNotName(firstText)
                && tokens.stream().noneMatch(t -> lexicon.isFirstName(t) && !lexicon.isCommonWord(t))
                && clauseType(text, end) != EntityType.PERSON && !surnameSpeaks(text, lastText)
                && !PERSON_DESCRIBED_AFTER.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt()
                && titles.before(text, words, from).isEmpty() && titles.after(text, words, to - 1).isEmpty()) {
            // "Battery Resourcers", "Ramen Alley": a plain word opens no one's name unless the text
            // says it is someone's (a title, "who", the surname speaking)
            type = null;
        }
        if (EntityType.PERSON.equals(type) && honorific == null && n == 2 && lexicon.isCommonWord(firstText)
                && !lexicon.isFirstName(firstText) && knownPlace(lastText)) {
            // "Check Cincinnati weather": a plain word before a city opens no one's name
            return new Candidate(last.start(), end, lastText, null, false, null, List.of(), null, List.of(),
                    List.of(lastText));
        }
        if (EntityType.PERSON.equals(type) && tokens.stream().anyMatch(t -> t.matches(".*\\d.*"))) {
            return null; // "Page A22": a name has no digits
        }
        if (EntityType.PERSON.equals(type) || type == null) {
            titleList.addAll(titles.before(text, words, from));
            titleList.addAll(titles.after(text, words, to - 1));
            if (type == null && !titleList.isEmpty()) {
                type = EntityType.PERSON;
            }
        }
        if (gender == null) {
            for (String t : titleList) {
                String[] parts = t.split(" ");
                Gender g = lexicon.titleHead(parts[parts.length - 1]);
                if (g != null && g != Gender.UNKNOWN) {
                    gender = g;
                }
            }
        }
        return new Candidate(start, end, name, type, strong, key, titleList, gender, aliases, tokens);
    }

    /** The known company whose name is a word of a product's name, or null: "Intel" in "Gen Intel Core". */
    private Candidate brandOfProduct(List<Word> words, int from, int to, Gender gender) {
        for (int k = from; k < to; k++) {
            Word w = words.get(k);
            String key = lexicon.organization(w.text());
            if (key != null && !w.possessive()) {
                return new Candidate(w.start(), w.end(), w.text(), EntityType.ORGANIZATION, true, key, new ArrayList<>(),
                        gender, new ArrayList<>(), List.of(w.text()));
            }
        }
        return null;
    }

    /** "places like Altadena", "towns such as the Palisades": a name given as an example of places. */
    private static boolean placeKindBefore(String text, int start) {
        return PLACE_KIND_BEFORE.matcher(text).region(Math.max(0, start - 80), start).find()
                || PART_OF_TOWN_BEFORE.matcher(text).region(Math.max(0, start - 30), start).find();
    }

    /** Whether {@code form} names a place of the gazetteers, a smaller city included. */
    private boolean knownPlace(String form) {
        return lexicon.place(form) != null || lexicon.isMinorCity(form);
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean startOfWord = true;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            b.append(startOfWord ? c : Character.toLowerCase(c));
            startOfWord = !Character.isLetter(c) || c == '’' || c == '\'';
        }
        return b.toString();
    }

    /**
     * What the words right after a name say of it: a relative "who" or an age ("Tom Forte, who",
     * "Eloise Parry, 21,") a person; "which" or a body's people ("Con Edison, which", "Con Edison
     * officials", "the Likud party") an organisation; else null.
     */
    private static EntityType clauseType(String text, int end) {
        int to = Math.min(text.length(), end + 40);
        if (WHO_AFTER.matcher(text).region(end, to).lookingAt()
                || AGE_AFTER.matcher(text).region(end, to).lookingAt()) {
            return EntityType.PERSON;
        }
        if (WHICH_AFTER.matcher(text).region(end, to).lookingAt()
                || ORG_NOUN_AFTER.matcher(text).region(end, to).lookingAt() || ownerAdjectiveAfter(text, end)) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    /**
     * Whether every word of {@code from..to} but its connectors is a plain English word that no
     * gazetteer, first-name list or acronym marks as part of a name: "Sustainable Catering
     * Practices", "Health-Conscious", "Car Rental".
     */
    private boolean plainWords(List<Word> words, int from, int to) {
        for (Word w : words.subList(from, to)) {
            String t = w.text();
            if (CONNECTORS.contains(t)) {
                continue;
            }
            if (w.allCaps() || lexicon.place(t) != null || lexicon.organization(t) != null
                    || lexicon.isNationality(t) || lexicon.isOrgSuffix(t) || lexicon.isLocationWord(t)
                    || lexicon.isFirstName(t) && !lexicon.isCommonWord(t)
                    || !Arrays.stream(t.split("-")).allMatch(lexicon::isCommonWord)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What makes a run of plain title-case words a body's name: it stands capitalised inside a
     * sentence right after a word that takes a body ("a poll by Morning Consult", "works at Black
     * Photon"), an appositive calls it one ("Rotten Tomatoes, the review site"), something is said
     * of it that is said of companies ("Stack Overflow’s data", "Yahoo Finance reported"), or the
     * text names it twice inside sentences.
     */
    private boolean bodyCue(String text, List<Word> words, int from, int to) {
        Word first = words.get(from);
        int start = first.start();
        int end = words.get(to - 1).end();
        if (companyCue(text, start, end) || clauseType(text, end) == EntityType.ORGANIZATION
                || appositiveType(text, end) == EntityType.ORGANIZATION) {
            return true;
        }
        if (first.headline()) {
            return false;
        }
        // "Yahoo Finance reported"
        Matcher verb = Pattern.compile("\\s+(\\p{Ll}+)").matcher(text).region(end, Math.min(text.length(), end + 16));
        if (verb.lookingAt() && REPORTING_VERBS.contains(verb.group(1)) && !SPEECH_VERBS.contains(verb.group(1))) {
            return true;
        }
        if (first.initial() || from == 0) {
            return false;
        }
        Word prev = words.get(from - 1);
        if (text.substring(prev.end(), start).equals(" ") && BODY_PREPOSITIONS.contains(prev.text())) {
            return true;
        }
        // "Stack Overflow" named twice in running text
        return midSentenceUses(text, text.substring(start, end)) >= 2;
    }

    /**
     * A known first name and a surname no dictionary holds: "Brad Pitt" after "on an underdog racing
     * team," is the person, whatever noun ends the clause before him.
     */
    private boolean personShaped(List<String> tokens) {
        String first = tokens.get(0);
        String last = tokens.get(tokens.size() - 1);
        return tokens.size() == 2 && lexicon.isFirstName(first)
                && !lexicon.isCommonWord(last) && !lexicon.isOrgSuffix(last) && lexicon.place(last) == null;
    }

    /**
     * "on an underdog racing team, Brad Pitt": a singular noun and a comma end a clause before the
     * name; "the drugs’ manufacturers, Eli Lilly and Novo Nordisk" lists what a plural noun names.
     */
    private static boolean afterSingularClause(String text, int start) {
        return start >= 3 && text.startsWith(", ", start - 2) && Character.isLetter(text.charAt(start - 3))
                && text.charAt(start - 3) != 's';
    }

    /**
     * Whether the sentence after the one that ends after {@code end} opens by calling its subject a
     * company: "Biomason. The company has developed", "Transaera is ... The company’s process".
     */
    private static boolean bodyNamedNext(String text, int end) {
        Matcher heading = HEADING_END.matcher(text).region(end, text.length());
        if (heading.lookingAt()) {
            // a name that is a heading of its own: "Harbor Noodle\nThis Thai restaurant opened ..."
            return NEXT_SENTENCE_BODY.matcher(text).region(heading.end(), text.length()).lookingAt();
        }
        Matcher stop = Pattern.compile("[.!?][”\"’]?\\s+").matcher(text).region(end, Math.min(text.length(), end + 400));
        return stop.find() && NEXT_SENTENCE_BODY.matcher(text).region(stop.end(), text.length()).lookingAt();
    }

    /** A name alone on its line, or ending its sentence, that the next sentence calls a company or venue. */
    private static boolean bodyNamedAfterLineOrSentence(String text, int start, int end) {
        boolean lineAlone = text.lastIndexOf('\n', start - 1) + 1 == start && HEADING_END.matcher(text)
                .region(end, text.length()).lookingAt();
        return (lineAlone || SENTENCE_END.matcher(text).region(end, text.length()).lookingAt())
                && bodyNamedNext(text, end);
    }

    /** "the", "a" or "an" right before {@code start}: "the Cambridge Analytica scandal". */
    private static boolean articleBefore(String text, int start) {
        return Pattern.compile("(?:^|[^\\p{L}])(?i:the|an?) $").matcher(text).region(Math.max(0, start - 5), start).find();
    }

    /** "Rent-A-Car", "Drive-Thru": a hyphenated word made of plain words, no surname. */
    private boolean compoundOfCommonWords(String word) {
        String[] parts = word.split("-");
        return parts.length >= 2 && Arrays.stream(parts).allMatch(p -> p.length() == 1 || lexicon.isCommonWord(p));
    }

    /** How often {@code form} stands in the text after a lower-case word or a comma, inside a sentence. */
    private static int midSentenceUses(String text, String form) {
        int n = 0;
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            int k = at - 1;
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
            int wordStart = k;
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            // after a lower-case word ("try Stack Overflow"), not a capitalised one ("Why Stack ...")
            if (k >= 0 && k < at - 1 && (Character.isLowerCase(text.charAt(wordStart)) || text.charAt(k) == ',')) {
                n++;
            }
        }
        return n;
    }

    /** Whether the text also uses {@code word} as a common noun, in lower case: "management". */
    private static boolean writtenLowerCase(String text, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.equals(word) && Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(lower) + "(?![\\p{L}-])")
                .matcher(text).find();
    }

    /** Whether {@code surname} alone says or is called something: "Bassi said", "said Forte", "Mr. Forte". */
    /**
     * Whether a word after a first name that opens a sentence is a surname: no common word, or a
     * common word the text never writes in lower case and that names no role or kind of place
     * ("John Smith", "Peter Baker"; not "Grace Church").
     */
    private boolean commonSurnameOrName(String text, String word) {
        return !lexicon.isCommonWord(word) || !writtenLowerCase(text, word) && !lexicon.isTitleHead(word)
                && !lexicon.isTitleModifier(word) && !lexicon.isLocationWord(word);
    }

    private static boolean surnameSpeaks(String text, String surname) {
        String s = Pattern.quote(surname);
        return Pattern.compile("\\b" + s + " (?:said|says|told|added|noted|argued|explained)\\b"
                + "|\\b(?:said|says|told) " + s + "\\b|\\b(?:Mr|Ms|Mrs|Dr)\\.? " + s + "\\b").matcher(text).find();
    }

    /** What a company has or undergoes, right around the name: "Yahoo’s shares", "the acquisition of Instagram". */
    private static boolean companyCue(String text, int start, int end) {
        return COMPANY_AFTER.matcher(text).region(end, Math.min(text.length(), end + 40)).lookingAt()
                || statementByABody(text, end)
                || COMPANY_BEFORE.matcher(text).region(Math.max(0, start - 30), start).find()
                || SOLD_ON_BEFORE.matcher(text).region(Math.max(0, start - 4), start).find()
                && SOLD_ON_AFTER.matcher(text).region(end, Math.min(text.length(), end + 20)).lookingAt();
    }

    /**
     * "Kellbrook said in a statement that it would not": people issue statements too ("Khan said in a
     * statement. He added"), so only the "it" that follows in the same sentence makes the speaker a body.
     */
    private static boolean statementByABody(String text, int end) {
        Matcher m = STATEMENT_AFTER.matcher(text).region(end, Math.min(text.length(), end + 24));
        if (!m.lookingAt()) {
            return false;
        }
        Matcher p = THIRD_PERSON.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 80));
        return p.find() && p.group().startsWith("it") && !text.substring(m.end(), p.start()).matches("(?s).*[.!?;].*");
    }

    /** "Amazon-owned", "Kremlin-backed": a body. */
    private static boolean ownerAdjectiveAfter(String text, int end) {
        return end < text.length() && text.charAt(end) == '-' && OWNER_ADJECTIVE.matcher(
                text.substring(end, Math.min(text.length(), end + 16)).split("[\\s,.;:]", 2)[0]).find();
    }

    /** "Goldman Sachs chief economist Jan Hatzius": a name right before a lower-case role is the employer. */
    private boolean employerOfRole(String text, List<Word> words, int to) {
        if (to >= words.size() || words.get(to - 1).possessive()
                || !text.substring(words.get(to - 1).end(), words.get(to).start()).equals(" ")) {
            return false;
        }
        Word next = words.get(to);
        return !next.capitalized() && (lexicon.isTitleHead(next.text()) || lexicon.isTitleModifier(next.text()));
    }

    private boolean hasInnerOrgHead(List<String> tokens) {
        for (int k = 0; k < tokens.size() - 1; k++) {
            String next = tokens.get(k + 1);
            // "Center for Health", "Center on Poverty" (as in "Council on Foreign Relations")
            if (lexicon.isOrgSuffix(tokens.get(k)) && (next.equals("of") || next.equals("for"))
                    || next.equals("on") && ON_HEADS.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Vectara, a Palo Alto-based AI startup", "Rajshahi, a major hub": the noun of an appositive
     * right after a name tells an organisation or a place; null when there is none.
     */
    private static EntityType appositiveType(String text, int end) {
        Matcher m = APPOSITIVE.matcher(text).region(end, Math.min(text.length(), end + 80));
        if (!m.lookingAt()) {
            return null;
        }
        return m.group(1) != null ? EntityType.ORGANIZATION : EntityType.LOCATION;
    }

    /** A lower-case word of the name that is no first name: "Unidentified Person", "Host". */
    private boolean commonNotName(String word) {
        return lexicon.isCommonWord(word) && !lexicon.isFirstName(word);
    }

    /** "Palo Alto-based", "Korea-born": a place. */
    private static boolean placeAdjectiveAfter(String text, int end) {
        return end < text.length() && text.charAt(end) == '-' && PLACE_ADJECTIVE.matcher(
                text.substring(end, Math.min(text.length(), end + 14)).split("[\\s,.;:]", 2)[0]).find();
    }

    /** "the drugs’ manufacturers, Eli Lilly and Novo Nordisk", "startups like OpenAI". */
    private static boolean orgNounBefore(String text, int start) {
        return ORG_NOUN_BEFORE.matcher(text).region(Math.max(0, start - 120), start).find();
    }

    /** A title head among the few words before index {@code at}: "Chief Product Officer at". */
    private boolean roleBefore(List<Word> words, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 5); k--) {
            if (lexicon.isTitleHead(words.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** "Carrick Falls, Pennsylvania": a name followed by a comma and a known region is a place. */
    /** "Madison, WI", "Cleveland, OH": a US state's postal code after a comma; not "Elizabeth A. Hoge, MD". */
    private static boolean stateCodeAfter(String text, int end) {
        Matcher m = STATE_CODE_AFTER.matcher(text).region(end, text.length());
        return m.lookingAt() && STATE_CODES.contains(m.group(1)) && !DEGREES.contains(m.group(1));
    }

    private boolean followedByPlace(String text, int end) {
        Matcher m = Pattern.compile(",\\s+(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)(?![\\p{L}’‘'])").matcher(text);
        m.region(end, Math.min(text.length(), end + 40));
        if (!m.lookingAt()) {
            return false;
        }
        String place = lexicon.place(m.group(1));
        if (stateCodeAfter(text, end)) {
            return true;
        }
        if (titleAfterPlace(text, m, place != null)) {
            return false; // "Jeb Bush, Ohio Gov. John Kasich": the place belongs to the next person's title
        }
        if (place == null) {
            String firstWord = m.group(1).split(" ")[0];
            // "Ketchikan, Alaska. There": the full stop ends the sentence, not an abbreviation
            place = lexicon.place(firstWord) != null ? lexicon.place(firstWord)
                    : lexicon.place(firstWord.replaceAll("\\.+$", ""));
        }
        return place != null;
    }

    /**
     * Whether a title head ("Gov.", "Sen.", "Mayor") follows the place matched after a comma: the
     * whole matched group when it is a known place, else its first word.
     */
    private boolean titleAfterPlace(String text, Matcher m, boolean wholeGroupIsPlace) {
        String[] parts = m.group(1).split(" ");
        if (!wholeGroupIsPlace && parts.length == 2) {
            return lexicon.isTitleHead(parts[1]);
        }
        Matcher next = NEXT_WORD.matcher(text).region(m.end(), text.length());
        return next.lookingAt() && lexicon.isTitleHead(next.group(1));
    }

    /** A one-word name with no telling suffix: typed by the words around it, or null. */
    private EntityType contextType(String text, List<Word> words, int index, int end, String honorific) {
        Word w = words.get(index);
        if (honorific != null) {
            return EntityType.PERSON;
        }
        Word prev = index > 0 ? words.get(index - 1) : null;
        Word next = index + 1 < words.size() ? words.get(index + 1) : null;
        boolean prevAdjacent = prev != null && text.substring(prev.end(), w.start()).isBlank();
        boolean nextAdjacent = next != null && text.substring(w.end(), next.start()).isBlank();
        // one word before "-based" may be software ("Windows-based"); "-born" is a place; a city's
        // name before a state code is the city even where the code could be a degree ("Worcester, MA")
        Matcher code = STATE_CODE_AFTER.matcher(text).region(end, text.length());
        if (lexicon.isMinorCity(w.text()) && code.lookingAt() && STATE_CODES.contains(code.group(1))) {
            return EntityType.LOCATION;
        }
        if (placeKindBefore(text, w.start()) || followedByPlace(text, end) || placeAdjectiveAfter(text, end)
                && (!text.startsWith("-based", end) || BASED_BODY_AFTER.matcher(text).region(end, text.length()).lookingAt())) {
            return EntityType.LOCATION;
        }
        if (!w.possessive() && (ownerAdjectiveAfter(text, end) || !lexicon.isCommonWord(w.text())
                && clauseType(text, end) == EntityType.ORGANIZATION)) {
            return EntityType.ORGANIZATION; // "Amazon-owned", "the Likud party", not "Health officials"
        }
        if (!lexicon.isFirstName(w.text()) && companyCue(text, w.start(), end)) {
            return EntityType.ORGANIZATION; // "Yahoo’s shares", "the acquisition of Instagram"
        }
        if (prevAdjacent && KIN.contains(prev.text()) && !w.possessive()
                && (lexicon.isFirstName(w.text()) || !lexicon.isCommonWord(w.text()))) {
            return EntityType.PERSON; // "his wife Grace"
        }
        if (prevAdjacent && COMPASS.contains(prev.text()) && !lexicon.isCommonWord(w.text())) {
            return EntityType.LOCATION; // "eastern Northland"
        }
        if (prevAdjacent && (prev.text().equals("developer") || prev.text().equals("developers"))
                && !lexicon.isFirstName(w.text())) {
            return EntityType.ORGANIZATION; // "Minecraft developer Mojang"; a person would have a first name
        }
        if (prevAdjacent && prev.text().equals("at") && roleBefore(words, index - 1)) {
            return EntityType.ORGANIZATION; // "Chief Cyber Solutions Officer at Cloudflare": the employer
        }
        if (prevAdjacent && (prev.text().equals("at") || prev.text().equals("for")) && index >= 2
                && jobRole(words.get(index - 2).text()) && !w.possessive()) {
            // "an engineer at Tremlin", "a lawyer for Darla": the employer, or the client a first name tells
            return lexicon.isFirstName(w.text()) ? EntityType.PERSON : EntityType.ORGANIZATION;
        }
        if (PROGRAMME.matcher(w.text()).matches()) {
            return null; // "in Medicare", "under Medicaid": a programme, no place
        }
        if (prevAdjacent && PLACE_PREPOSITIONS.contains(prev.text()) && !writtenLowerCase(text, w.text())) {
            // not "a Lecturer in Management" where the text speaks of "management": a subject, not a place
            return EntityType.LOCATION;
        }
        if (orgNounBefore(text, w.start())) {
            return EntityType.ORGANIZATION;
        }
        if (nextAdjacent && !w.possessive() && PLACE_NOUNS.contains(next.text())) {
            return EntityType.LOCATION;
        }
        if (prevAdjacent && prev.text().equals("the") && w.text().endsWith("s") && !w.possessive()
                && !placeKindBefore(text, prev.start())) {
            // a team or group: "the Hawks"; but "homes in the Palisades" is an area
            return index >= 2 && AREA_PREPOSITIONS.contains(words.get(index - 2).text())
                    ? EntityType.LOCATION : EntityType.ORGANIZATION;
        }
        if (!w.possessive() && !lexicon.isCommonWord(w.text()) && !lexicon.isFirstName(w.text())
                && (w.initial() || LIST_MARKER.matcher(text).region(Math.max(0, w.start() - 6), w.start()).find())
                && BUSINESS_VERB_AFTER.matcher(text).region(end, Math.min(text.length(), end + 30)).lookingAt()) {
            return EntityType.ORGANIZATION; // "2. Kontak has developed a method", "Zorvane sells sensors"
        }
        if (!w.possessive() && !lexicon.isCommonWord(w.text()) && !lexicon.isFirstName(w.text())
                && (w.initial() || SENTENCE_END.matcher(text).region(end, text.length()).lookingAt()
                || LIST_MARKER.matcher(text).region(Math.max(0, w.start() - 6), w.start()).find())
                && bodyNamedNext(text, end)) {
            return EntityType.ORGANIZATION; // "Transaera is tackling the problem ... The company’s process"
        }
        if (nextAdjacent && !w.possessive() && FOLLOWERS.contains(next.text()) && !lexicon.isCommonWord(w.text())
                && lexicon.organization(w.text()) == null && lexicon.place(w.text()) == null) {
            return EntityType.PERSON; // "the Varner administration", "Corso aides": a leader's people
        }
        EntityType apposed = appositiveType(text, end);
        if (apposed != null) {
            return apposed;
        }
        boolean speech = SPEECH_VERBS.contains(next == null ? "" : next.text());
        if (nextAdjacent && !w.possessive() && (speech || REPORTING_VERBS.contains(next.text()))) {
            // "Likud said", "Nintendo announced": a body unless a first name, a title, a verb only
            // people use or a quote just before says a person; a lone surname still joins the full
            // name it shortens, whatever its type here
            if (lexicon.isFirstName(w.text()) || prevAdjacent && lexicon.isTitleHead(prev.text())
                    || !titles.before(text, words, index).isEmpty() || !REPORTING_VERBS.contains(next.text())
                    || QUOTE_BEFORE.matcher(text).region(Math.max(0, w.start() - 4), w.start()).find()
                    || PERSON_AFTER.matcher(text).region(next.end(), Math.min(text.length(), next.end() + 4))
                    .lookingAt() || personalPronounNext(text, next.end())) {
                return EntityType.PERSON; // "Darla announced", "President Varnell said", "…,” Varnell said"
            }
            if (!lexicon.isCommonWord(w.text()) && !lexicon.isTitleHead(w.text())) {
                return EntityType.ORGANIZATION;
            }
            return SPEECH_VERBS.contains(next.text()) ? EntityType.PERSON : null;
        }
        return null;
    }

    /**
     * "Varnell told reporters that she had won": the first third-person pronoun of the rest of the
     * sentence (within 80 characters, before any other capitalised word) is a person's, not "it".
     */
    private static boolean personalPronounNext(String text, int from) {
        Matcher m = THIRD_PERSON.matcher(text).region(from, Math.min(text.length(), from + 80));
        if (!m.find() || m.group().equals("it") || m.group().equals("its")
                || text.substring(from, m.start()).matches("(?s).*[.!?;“”\"].*")) {
            return false;
        }
        // another name in between may be the one the pronoun stands for; a weekday or month is none
        return Arrays.stream(text.substring(from, m.start()).split("[^\\p{L}.]+"))
                .noneMatch(t -> !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && !CALENDAR.contains(t));
    }

    /** "engineer", "Analysts", "spokeswoman": a job's word, the one before "at" or "for" an employer. */
    private boolean jobRole(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        return JOB_NOUNS.contains(lower) || JOB_NOUNS.contains(singular) || lexicon.isTitleHead(word)
                || lexicon.isTitleHead(singular);
    }

    /** "known as “the Duchess”", "nicknamed “Shorty”": an alias of the person named nearest in the sentence. */
    private void addKnownAsNicknames(String text, List<Candidate> out) {
        Matcher m = KNOWN_AS.matcher(text);
        List<Span> sentences = null;
        while (m.find()) {
            if (sentences == null) {
                sentences = SentenceSplitter.split(text);
            }
            int sentenceStart = 0;
            int sentenceEnd = text.length();
            for (Span sentence : sentences) {
                if (sentence.start() <= m.start() && m.start() < sentence.end()) {
                    sentenceStart = sentence.start();
                    sentenceEnd = sentence.end();
                }
            }
            // the most prominent person of the sentence (the subject, usually), then the nearest
            Candidate best = null;
            long bestProminence = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (Candidate c : out) {
                if (EntityType.PERSON.equals(c.type()) && c.start() >= sentenceStart && c.end() <= sentenceEnd) {
                    int distance = c.start() > m.end() ? c.start() - m.end() : m.start() - c.end();
                    String surname = c.tokens().get(c.tokens().size() - 1);
                    long prominence = out.stream().filter(o -> o.tokens().contains(surname)).count();
                    if (distance >= 0 && (prominence > bestProminence
                            || prominence == bestProminence && distance < bestDistance)) {
                        best = c;
                        bestProminence = prominence;
                        bestDistance = distance;
                    }
                }
            }
            if (best != null) {
                List<String> aliases = new ArrayList<>(best.aliases());
                aliases.add(m.group(1));
                Candidate nick = new Candidate(m.start(1), m.end(1), m.group(1), EntityType.PERSON, false, null,
                        List.of(), null, List.of(), List.of(m.group(1).split(" ")));
                out.set(out.indexOf(best), new Candidate(best.start(), best.end(), best.name(), best.type(),
                        best.strong(), best.key(), best.titles(), best.gender(), aliases, best.tokens()));
                out.add(new Candidate(nick.start(), nick.end(), best.name(), EntityType.PERSON, false, null,
                        List.of(), null, List.of(m.group(1)), best.tokens()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }
}
