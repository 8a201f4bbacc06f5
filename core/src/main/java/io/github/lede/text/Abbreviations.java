package io.github.lede.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * English abbreviations written with a period, and whether one ends a sentence.
 *
 * <p>Forms are matched case-sensitively, period included ({@code "Dr."}, {@code "e.g."}), so
 * that {@code sun.} at the end of a sentence is not mistaken for {@code Sun.}. Besides the listed
 * forms, a single capital letter with a period ({@code J.}, an initial) and letters joined by
 * periods ({@code U.S.}, {@code N.Y.}, {@code a.m.}) count as abbreviations.
 *
 * <p>Three behaviours are distinguished:
 * <ul>
 *   <li>titles, months, {@code e.g.}, {@code i.e.}, {@code vs.} never end a sentence
 *       ({@code No.} only before a number);</li>
 *   <li>company and name suffixes ({@code Inc.}, {@code Ltd.}, {@code Jr.}) and {@code etc.}
 *       usually close a noun phrase: they end the sentence when a capitalised word that is not
 *       itself an abbreviation follows;</li>
 *   <li>ambiguous ones ({@code U.S.}, {@code a.m.}, {@code St.}, state and weekday
 *       abbreviations, initials and other dotted letters) end it only before a typical sentence
 *       opener such as {@code The}, {@code He} or {@code But}, or before a quotation mark.</li>
 * </ul>
 *
 * <p>All methods are static and stateless.
 */
public final class Abbreviations {

    private enum Usage { NEVER_ENDS, ENDS_BEFORE_CAPITAL, AMBIGUOUS, NUMBER_SIGN }

    private static final Map<String, Usage> KNOWN = known();

    private static Map<String, Usage> known() {
        Map<String, Usage> m = new HashMap<>();
        put(m, Usage.NEVER_ENDS, "Mr.", "Mrs.", "Ms.", "Messrs.", "Mmes.", "Dr.", "Drs.", "Prof.", "Sen.", "Sens.",
                "Rep.", "Reps.", "Gov.", "Lt.", "Gen.", "Col.", "Sgt.", "Capt.", "Cmdr.", "Cdr.", "Adm.", "Maj.",
                "Cpl.", "Pvt.", "Brig.", "Rev.", "Msgr.", "Fr.", "Hon.", "Pres.", "Supt.", "Insp.", "Det.",
                "Atty.", "Amb.", "Gens.", "Mt.", "Ft.", "Cllr.", "Rt.",
                "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
                "e.g.", "E.g.", "i.e.", "I.e.", "vs.", "Vs.", "v.", "cf.", "Cf.", "approx.", "ca.", "Fig.", "fig.", "Figs.", "Vol.", "vol.");
        put(m, Usage.ENDS_BEFORE_CAPITAL, "Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Cos.", "Corp.", "Bros.", "Plc.",
                "PLC.", "LLC.", "Assn.", "Dept.", "etc.", "al.");
        put(m, Usage.AMBIGUOUS, "St.", "Ave.", "Rd.", "Blvd.", "Sq.",
                "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.", "Sun.",
                "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
                "Kan.", "Kans.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
                "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Penn.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.",
                "Wis.", "Wyo.");
        put(m, Usage.NUMBER_SIGN, "No.", "no.", "Nos.", "nos.");
        return Map.copyOf(m);
    }

    /** Words that typically open a sentence; an ambiguous abbreviation before one ends the sentence. */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our",
            "My", "Your", "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet",
            "In", "On", "At", "By", "For", "From", "To", "With", "Without", "After", "Before", "During", "Since",
            "When", "While", "Where", "What", "Why", "How", "Who", "Which", "If", "As", "Although", "Though",
            "Because", "Despite", "According", "However", "Meanwhile", "Also", "Still", "Then", "Now", "Later",
            "Earlier", "Some", "Many", "Most", "Several", "Both", "Each", "Every", "All", "None", "Other",
            "Such", "Instead", "Asked");

    private Abbreviations() {
    }

    private static void put(Map<String, Usage> m, Usage usage, String... forms) {
        for (String f : forms) {
            m.put(f, usage);
        }
    }

    /**
     * Whether {@code token} (period included) is an abbreviation: a listed form, an initial
     * ({@code J.}) or letters joined by periods ({@code U.S.}, {@code a.m.}).
     */
    public static boolean isAbbreviation(CharSequence token) {
        return usage(token) != null;
    }

    /**
     * Whether a sentence ends after {@code abbreviation} when {@code next} follows it (after
     * whitespace). Unknown forms end the sentence, as an ordinary period does.
     *
     * @param abbreviation a token ending in a period, e.g. {@code "Inc."}
     * @param next the following token's text; empty at the end of the text
     * @return true when the period also ends the sentence
     */
    public static boolean endsSentence(CharSequence abbreviation, CharSequence next) {
        Usage usage = usage(abbreviation);
        if (usage == null || next.length() == 0) {
            return true;
        }
        int first = Character.codePointAt(next, 0);
        if (Character.isLowerCase(first)) {
            return false;
        }
        return switch (usage) {
            case NEVER_ENDS -> false;
            case NUMBER_SIGN -> !Character.isDigit(first);
            case ENDS_BEFORE_CAPITAL -> !Character.isDigit(first) && !isAbbreviation(next);
            case AMBIGUOUS -> QuoteMarks.isQuoteMark(next.charAt(0))
                    || SENTENCE_OPENERS.contains(next.toString());
        };
    }

    /** Whether {@code token} is a number sign ({@code No.}), an abbreviation only before a number. */
    static boolean isNumberSign(CharSequence token) {
        return usage(token) == Usage.NUMBER_SIGN;
    }

    private static Usage usage(CharSequence token) {
        int n = token.length();
        if (n < 2 || n > 12 || token.charAt(n - 1) != '.') {
            return null;
        }
        Usage known = KNOWN.get(token.toString());
        if (known != null) {
            return known;
        }
        if (n == 2 && Character.isUpperCase(token.charAt(0))) {
            return Usage.AMBIGUOUS; // an initial
        }
        return isDottedLetters(token) ? Usage.AMBIGUOUS : null;
    }

    /** Single letters each followed by a period, at least two of them: U.S., a.m., N.Y. */
    private static boolean isDottedLetters(CharSequence s) {
        int n = s.length();
        if (n < 4 || n % 2 != 0) {
            return false;
        }
        for (int i = 0; i < n; i += 2) {
            if (!Character.isLetter(s.charAt(i)) || s.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }
}
