package io.github.lede.extractor.entities;

import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Gender;
import io.github.lede.model.GrammaticalNumber;
import io.github.lede.model.Mention;
import io.github.lede.model.Span;
import io.github.lede.spi.AnalysisContext;
import io.github.lede.text.SentenceSplitter;
import java.util.ArrayList;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups name candidates into one entity per referent: a surname joins the full name it shortens,
 * a first name or a diminutive joins the one person who bears it, the short form of an
 * organisation joins the organisation, an acronym joins the name it abbreviates, and every form of
 * a gazetteer place joins its canonical place. Then it picks the fullest name, collects aliases
 * and titles, and sets gender, number and salience.
 */
final class EntityResolver {

    /** Diminutives that are not simple prefixes of the full first name. */
    private static final Map<String, Set<String>> DIMINUTIVES = Map.ofEntries(
            Map.entry("maggie", Set.of("margaret", "marguerite", "magdalena", "margarita")),
            Map.entry("peggy", Set.of("margaret")),
            Map.entry("meg", Set.of("margaret")),
            Map.entry("bill", Set.of("william")), Map.entry("billy", Set.of("william")),
            Map.entry("will", Set.of("william")), Map.entry("liam", Set.of("william")),
            Map.entry("bob", Set.of("robert")), Map.entry("bobby", Set.of("robert")),
            Map.entry("rob", Set.of("robert")), Map.entry("tony", Set.of("anthony", "antony", "antonio")),
            Map.entry("dick", Set.of("richard")), Map.entry("rick", Set.of("richard", "frederick")),
            Map.entry("jack", Set.of("john")), Map.entry("johnny", Set.of("john")),
            Map.entry("jim", Set.of("james")), Map.entry("jimmy", Set.of("james")),
            Map.entry("harry", Set.of("henry", "harold")), Map.entry("hank", Set.of("henry")),
            Map.entry("ted", Set.of("edward", "theodore")), Map.entry("ned", Set.of("edward")),
            Map.entry("liz", Set.of("elizabeth")), Map.entry("beth", Set.of("elizabeth")),
            Map.entry("betty", Set.of("elizabeth")), Map.entry("bess", Set.of("elizabeth")),
            Map.entry("kate", Set.of("katherine", "catherine", "kathryn")),
            Map.entry("katie", Set.of("katherine", "catherine")), Map.entry("kathy", Set.of("katherine", "kathleen")),
            Map.entry("sue", Set.of("susan", "suzanne")), Map.entry("sally", Set.of("sarah")),
            Map.entry("polly", Set.of("mary")), Map.entry("molly", Set.of("mary")),
            Map.entry("chuck", Set.of("charles")), Map.entry("charlie", Set.of("charles")),
            Map.entry("larry", Set.of("lawrence", "laurence")), Map.entry("jerry", Set.of("gerald", "jerome")),
            Map.entry("peg", Set.of("margaret")), Map.entry("nancy", Set.of("ann", "anne")),
            Map.entry("sandy", Set.of("alexandra", "sandra")), Map.entry("sasha", Set.of("alexander", "alexandra")),
            Map.entry("drew", Set.of("andrew")), Map.entry("andy", Set.of("andrew")),
            Map.entry("mike", Set.of("michael")), Map.entry("mick", Set.of("michael")),
            Map.entry("steve", Set.of("steven", "stephen")), Map.entry("dave", Set.of("david")),
            Map.entry("joe", Set.of("joseph")), Map.entry("jeff", Set.of("jeffrey", "geoffrey")),
            Map.entry("tom", Set.of("thomas")), Map.entry("tommy", Set.of("thomas")),
            Map.entry("ben", Set.of("benjamin")), Map.entry("benny", Set.of("benjamin", "binyamin")),
            Map.entry("pat", Set.of("patrick", "patricia")), Map.entry("trish", Set.of("patricia")),
            Map.entry("becky", Set.of("rebecca")), Map.entry("abby", Set.of("abigail")),
            Map.entry("jenny", Set.of("jennifer")), Map.entry("jen", Set.of("jennifer")),
            Map.entry("vicky", Set.of("victoria")), Map.entry("wendy", Set.of("gwendolyn")),
            Map.entry("gus", Set.of("augustus", "angus", "gustav", "gustavo")));

    private static final Pattern PRONOUN = Pattern.compile("\\b(he|him|his|she|her|hers)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ORG_TOKEN_SKIP = Set.of("of", "for", "the", "and", "&");

    private final Lexicon lexicon;

    EntityResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A referent being assembled. */
    private static final class Cluster {
        EntityType type;
        boolean strong;
        String key;
        final List<Candidate> candidates = new ArrayList<>();
        final List<Mention> extra = new ArrayList<>();
        String value;

        Cluster(Candidate c) {
            type = c.type();
            strong = c.strong();
            key = c.key();
            candidates.add(c);
        }

        Candidate longest() {
            return candidates.stream()
                    .filter(c -> c.aliases().stream().noneMatch(a -> a.equals(text(c))))
                    .max(Comparator.comparingInt((Candidate c) -> c.tokens().size())
                            .thenComparingInt(c -> c.name().length())
                            .thenComparing(c -> !fold(c.name()).equals(c.name())))
                    .orElse(candidates.get(0));
        }

        List<String> tokens() {
            return longest().tokens();
        }

        int firstStart() {
            int first = Integer.MAX_VALUE;
            for (Candidate c : candidates) {
                first = Math.min(first, c.start());
            }
            return first;
        }

        boolean hasForm(String form, boolean ignoreCase) {
            for (Candidate c : candidates) {
                if (eq(c.name(), form, ignoreCase)) {
                    return true;
                }
                for (String a : c.aliases()) {
                    if (eq(a, form, ignoreCase)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static String text(Candidate c) {
            return c.name();
        }
    }

    List<Entity> resolve(String text, List<Candidate> candidates, List<DateFinder.FoundDate> dates,
                         String title, List<Candidate> inTitle, int leadEnd, AnalysisContext context) {
        List<Cluster> clusters = new ArrayList<>();
        List<Candidate> singles = new ArrayList<>();
        for (Candidate found : candidates) {
            context.checkDeadline("entity resolution");
            Candidate c = typedByOthers(found, candidates, inTitle);
            if (c.single() && EntityType.LOCATION.equals(c.type()) && c.strong() && bearsSurname(candidates, c)
                    && (!afterPlacePreposition(text, c.start()) || VOICE_AFTER.matcher(text).region(c.end(),
                    Math.min(text.length(), c.end() + 20)).lookingAt())) {
                // "Brisbane" said: a person's surname that is also a city
                singles.add(c.withType(EntityType.PERSON, false));
                continue;
            }
            if (c.single() && !c.strong()) {
                singles.add(c);
                continue;
            }
            if (c.type() == null) {
                continue;
            }
            Cluster home = findFull(clusters, c);
            if (home == null) {
                clusters.add(new Cluster(c));
            } else {
                home.candidates.add(c);
            }
        }
        mergeOrganisationShortForms(clusters);
        mergePlacePrefixedOrganisations(clusters);
        mergeInvertedBodies(clusters);
        // "Mrs. Clinton": the sex the honorifics give each surname, to tell apart people who share it
        Map<String, Gender> addressed = new HashMap<>();
        for (Candidate s : singles) {
            if (s.gender() == Gender.MALE || s.gender() == Gender.FEMALE) {
                addressed.merge(s.name(), s.gender(), (a, b) -> a == b ? a : Gender.UNKNOWN);
            }
        }
        for (Candidate s : singles) {
            context.checkDeadline("entity resolution");
            Cluster home = bearerOfSex(clusters, s, addressed);
            if (home == null) {
                home = findForSingle(text, clusters, s);
            }
            if (home != null) {
                home.candidates.add(s);
            } else if (s.type() != null) {
                Cluster same = clusters.stream()
                        .filter(k -> k.type.equals(s.type()) && k.hasForm(s.name(), false)).findFirst().orElse(null);
                if (same == null) {
                    clusters.add(new Cluster(s));
                } else {
                    same.candidates.add(s);
                }
            }
        }
        mergeAcronyms(text, clusters);
        propagate(text, clusters, context);
        for (DateFinder.FoundDate d : dates) {
            String surface = text.substring(d.start(), d.end());
            Cluster home = clusters.stream().filter(k -> k.type.equals(EntityType.DATE)
                    && (d.iso() != null ? d.iso().equals(k.value) : k.hasForm(surface, false))).findFirst().orElse(null);
            Candidate c = new Candidate(d.start(), d.end(), surface, EntityType.DATE, true, null, List.of(), null,
                    List.of(), List.of(surface.split("\\s+")));
            if (home == null) {
                home = new Cluster(c);
                home.value = d.iso();
                clusters.add(home);
            } else {
                home.candidates.add(c);
            }
        }
        return build(text, clusters, title, titleForms(clusters, inTitle), leadEnd);
    }

    /**
     * A guess the other names correct: "Paris Baguette North America" begins with the organisation
     * "Paris Baguette", so it is one too; a word nothing typed takes the type the headline gives the
     * same word ("... in Rajshahi").
     */
    private static Candidate typedByOthers(Candidate c, List<Candidate> candidates, List<Candidate> inTitle) {
        if (!c.strong() && c.tokens().size() >= 2) {
            // the type most mentions of the same name are given: "A Con Edison worker" beside
            // "Con Edison, which" and "Con Edison officials"
            Map<EntityType, Integer> votes = new HashMap<>();
            for (Candidate o : candidates) {
                if (o.type() != null && o.name().equals(c.name())) {
                    votes.merge(o.type(), 1, Integer::sum);
                }
            }
            int own = c.type() == null ? 0 : votes.getOrDefault(c.type(), 0);
            for (Map.Entry<EntityType, Integer> v : votes.entrySet()) {
                if (v.getValue() > own) {
                    return c.withType(v.getKey(), false);
                }
            }
            // "Bin Laden" after "Osama bin Laden", "Forrest Jones" after "Michael Forrest Jones"
            if (!EntityType.PERSON.equals(c.type())) {
                for (Candidate o : candidates) {
                    int n = o.tokens().size();
                    int k = c.tokens().size();
                    if (EntityType.PERSON.equals(o.type()) && o.start() < c.start() && n > k
                            && String.join(" ", o.tokens().subList(n - k, n)).equalsIgnoreCase(c.name())) {
                        return c.withType(EntityType.PERSON, false);
                    }
                }
            }
        }
        if (EntityType.PERSON.equals(c.type()) && !c.strong() && c.tokens().size() >= 3) {
            for (Candidate o : candidates) {
                int n = o.tokens().size();
                if (EntityType.ORGANIZATION.equals(o.type()) && n >= 2 && n < c.tokens().size()
                        && c.tokens().subList(0, n).equals(o.tokens())) {
                    return c.withType(EntityType.ORGANIZATION, false);
                }
            }
        }
        if (c.single() && !c.strong() && EntityType.ORGANIZATION.equals(c.type())) {
            // "Blinken said" under a headline naming "Secretary of State Antony Blinken": the surname, not a body
            for (Candidate t : inTitle) {
                List<String> full = t.tokens();
                if (EntityType.PERSON.equals(t.type()) && (t.strong() || !t.titles().isEmpty()) && full.size() >= 2
                        && full.get(full.size() - 1).equals(c.name())) {
                    return c.withType(EntityType.PERSON, false);
                }
            }
        }
        if (c.type() == null && c.single()) {
            for (Candidate t : inTitle) {
                if (t.type() != null && t.name().equals(c.name()) && !EntityType.PERSON.equals(t.type())) {
                    return c.withType(t.type(), false);
                }
            }
        }
        return c;
    }

    /**
     * Fuller forms that only the headline uses: "Antony Blinken" for a text that says only
     * "Blinken", or "EU" for the European Union. They have no mention, since the headline is not
     * part of the text, but they name the entity.
     */
    private static Map<Cluster, Candidate> titleForms(List<Cluster> clusters, List<Candidate> inTitle) {
        Map<Cluster, Candidate> forms = new java.util.HashMap<>();
        for (Candidate t : inTitle) {
            if (EntityType.PERSON.equals(t.type()) && t.tokens().size() >= 2) {
                String surname = surname(t.tokens());
                Cluster only = only(clusters, k -> EntityType.PERSON.equals(k.type) && k.longest().single()
                        && k.longest().name().equals(surname));
                if (only != null) {
                    forms.put(only, t);
                }
            } else if (t.single() && t.name().length() >= 2 && t.name().equals(t.name().toUpperCase(Locale.ROOT))) {
                Cluster only = only(clusters, k -> EntityType.ORGANIZATION.equals(k.type) && k.tokens().size() >= 2
                        && initials(k.tokens()).equals(t.name().replace(".", "")));
                if (only != null) {
                    forms.put(only, t);
                }
            }
        }
        return forms;
    }

    private static String initials(List<String> tokens) {
        StringBuilder initials = new StringBuilder();
        for (String t : tokens) {
            if (!ORG_TOKEN_SKIP.contains(t) && !t.isEmpty()) {
                initials.append(Character.toUpperCase(t.charAt(0)));
            }
        }
        return initials.toString();
    }

    /** The generations after a surname: "Joseph R. Biden Jr.", "John D. Rockefeller III". */
    private static final Set<String> GENERATIONS = Set.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");

    /** The last word of a name that is no generation: "Biden" in "Joseph R. Biden Jr.". */
    private static String surname(List<String> tokens) {
        int last = tokens.size() - 1;
        return last > 1 && GENERATIONS.contains(tokens.get(last)) ? tokens.get(last - 1) : tokens.get(last);
    }

    private static boolean bearsSurname(List<Candidate> candidates, Candidate single) {
        return candidates.stream().anyMatch(c -> EntityType.PERSON.equals(c.type()) && c.tokens().size() >= 2
                && surname(c.tokens()).equals(single.name()));
    }

    /** "in Cairo’s words": the preposition introduces what a person said, not a place. */
    private static final Pattern VOICE_AFTER =
            Pattern.compile("[’‘']s? (?:own )?(?:words|view|telling|account|opinion|mind)\\b");

    private static boolean afterPlacePreposition(String text, int start) {
        String before = text.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(in|at|from|near|to|of|across|outside)\\s+$");
    }

    private Cluster findFull(List<Cluster> clusters, Candidate c) {
        for (Cluster k : clusters) {
            if (c.key() != null && c.key().equals(k.key) && c.type().equals(k.type)) {
                return k;
            }
        }
        for (Cluster k : clusters) {
            if (k.type.equals(c.type()) && k.hasForm(c.name(), false)) {
                return k;
            }
        }
        if (EntityType.PERSON.equals(c.type())) {
            for (Cluster k : clusters) {
                if (k.type.equals(EntityType.PERSON)
                        && (samePerson(k.tokens(), c.tokens()) || endsWith(k.tokens(), c.tokens()))) {
                    return k;
                }
            }
        }
        return null;
    }

    /** "Osama bin Laden" ends with "Bin Laden", "Michael Forrest Jones" with "Forrest Jones". */
    private static boolean endsWith(List<String> longer, List<String> shorter) {
        int n = longer.size();
        int k = shorter.size();
        return k >= 2 && n > k && String.join(" ", longer.subList(n - k, n)).equalsIgnoreCase(String.join(" ", shorter));
    }

    /** "Walt Brisbane" ~ "Walter Brisbane", "Maggie O’Neill" ~ "Marguerite O’Neill", "Delphine Marie Arceneaux" ~ "Delphine Arceneaux". */
    private static boolean samePerson(List<String> a, List<String> b) {
        if (a.size() < 2 || b.size() < 2 || !eq(a.get(a.size() - 1), b.get(b.size() - 1), true)) {
            return false;
        }
        String fa = fold(a.get(0)).toLowerCase(Locale.ROOT);
        String fb = fold(b.get(0)).toLowerCase(Locale.ROOT);
        if (fa.equals(fb)) {
            return true;
        }
        String shorter = fa.length() <= fb.length() ? fa : fb;
        String longer = shorter == fa ? fb : fa;
        if (shorter.length() >= 3 && longer.startsWith(shorter)) {
            return true;
        }
        return DIMINUTIVES.getOrDefault(shorter, Set.of()).contains(longer)
                || DIMINUTIVES.getOrDefault(longer, Set.of()).contains(shorter);
    }

    /** "Halvorsen Institute" and "Riverton State" join the one longer organisation they begin. */
    private void mergeOrganisationShortForms(List<Cluster> clusters) {
        for (Cluster shorter : new ArrayList<>(clusters)) {
            if (!clusters.contains(shorter) || shorter.strong && !EntityType.ORGANIZATION.equals(shorter.type)
                    || shorter.key != null || EntityType.PERSON.equals(shorter.type) && shorter.strong) {
                continue;
            }
            List<String> st = shorter.tokens();
            Cluster target = null;
            int matches = 0;
            for (Cluster k : clusters) {
                if (k == shorter || !EntityType.ORGANIZATION.equals(k.type)) {
                    continue;
                }
                List<String> kt = k.tokens();
                if (kt.size() > st.size() && kt.subList(0, st.size()).equals(st)) {
                    target = k;
                    matches++;
                }
            }
            if (matches == 1) {
                target.candidates.addAll(shorter.candidates);
                clusters.remove(shorter);
            }
        }
    }

    /**
     * "Defense Department" and "Department of Defense", "Environmental Protection Department" and
     * "Department of Environmental Protection": one body, named the formal way.
     */
    private void mergeInvertedBodies(List<Cluster> clusters) {
        for (Cluster formal : new ArrayList<>(clusters)) {
            List<String> ft = formal.tokens();
            if (!clusters.contains(formal) || !EntityType.ORGANIZATION.equals(formal.type) || ft.size() < 3
                    || !ft.get(1).equals("of") || !lexicon.isOrgSuffix(ft.get(0))) {
                continue;
            }
            int from = ft.get(2).equals("the") ? 3 : 2;
            List<String> inverted = new ArrayList<>(ft.subList(from, ft.size()));
            inverted.add(ft.get(0));
            Cluster other = only(clusters, k -> k != formal && EntityType.ORGANIZATION.equals(k.type)
                    && k.tokens().equals(inverted));
            if (other != null) {
                formal.candidates.addAll(other.candidates);
                clusters.remove(other);
            }
        }
    }

    /**
     * "US Congress" and "Congress", "New Zealand Department of Conservation" and "Department of
     * Conservation", "Norwegian Ministry of Culture" and "Ministry of Culture": a body named with its
     * country (or the country's adjective) before it is the body named without.
     */
    private void mergePlacePrefixedOrganisations(List<Cluster> clusters) {
        for (Cluster longer : new ArrayList<>(clusters)) {
            if (!clusters.contains(longer) || !EntityType.ORGANIZATION.equals(longer.type)) {
                continue;
            }
            List<String> lt = longer.tokens();
            for (int p = 1; p <= Math.min(3, lt.size() - 1); p++) {
                // a country's body only: "Texas American Federation of Teachers" is an affiliate
                String prefix = String.join(" ", lt.subList(0, p));
                if (!lexicon.isCountry(prefix) && !(p == 1 && lexicon.isNationality(prefix))) {
                    continue;
                }
                List<String> rest = lt.subList(p, lt.size());
                Cluster shorter = only(clusters, k -> k != longer && EntityType.ORGANIZATION.equals(k.type)
                        && k.tokens().equals(rest));
                if (shorter != null) {
                    longer.candidates.addAll(shorter.candidates);
                    clusters.remove(shorter);
                    break;
                }
            }
        }
    }

    /**
     * Whether {@code form} stands capitalised after a lower-case word somewhere: "Kestrel" in
     * "said Kestrel would" is a name, "Teachers" only ever opening a sentence is a common noun.
     */
    private static boolean capitalizedMidSentence(String text, String form) {
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            int k = at - 1;
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
            int after = at + form.length();
            // standing alone, not as the first word of the longer name ("led by Nurses Against ...")
            boolean alone = after + 1 >= text.length() || !(text.charAt(after) == ' '
                    && Character.isUpperCase(text.charAt(after + 1)));
            if (alone && k >= 0 && k < at - 1 && (Character.isLowerCase(text.charAt(k)) || text.charAt(k) == ',')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Of two or more people named in full who share the surname {@code s}, the first whose sex is the
     * one the text's honorifics give that surname ("Bill Clinton" ... "Hillary Clinton" ... "Mrs.
     * Clinton said"), or null when the sexes tell nothing or only one person bears it.
     */
    private Cluster bearerOfSex(List<Cluster> clusters, Candidate s, Map<String, Gender> addressed) {
        Gender sex = s.gender() == Gender.MALE || s.gender() == Gender.FEMALE ? s.gender() : addressed.get(s.name());
        if (sex == null || sex == Gender.UNKNOWN || !(s.type() == null || EntityType.PERSON.equals(s.type()))) {
            return null;
        }
        Gender opposite = sex == Gender.MALE ? Gender.FEMALE : Gender.MALE;
        Cluster same = null;
        Cluster open = null;
        boolean excluded = false;
        for (Cluster k : clusters) {
            if (!EntityType.PERSON.equals(k.type) || k.tokens().size() < 2 || !surname(k.tokens()).equals(s.name())) {
                continue;
            }
            Gender g = sexOf(k);
            if (g == opposite) {
                excluded = true;
            } else if (g == sex && (same == null || k.firstStart() < same.firstStart())) {
                same = k;
            } else if (g != sex && (open == null || k.firstStart() < open.firstStart())) {
                open = k;
            }
        }
        return !excluded ? null : same != null ? same : open;
    }

    /** The sex a person's honorifics or gendered titles give, else that of the first name, else UNKNOWN. */
    private Gender sexOf(Cluster k) {
        for (Candidate c : k.candidates) {
            if (c.gender() != null && c.gender() != Gender.UNKNOWN) {
                return c.gender();
            }
        }
        Gender byName = lexicon.firstNameGender(k.tokens().get(0));
        return byName == null ? Gender.UNKNOWN : byName;
    }

    private Cluster findForSingle(String text, List<Cluster> clusters, Candidate s) {
        String form = s.name();
        boolean caps = form.length() > 1 && form.equals(form.toUpperCase(Locale.ROOT));
        for (Cluster k : clusters) {
            if (k.hasForm(form, caps) && !EntityType.DATE.equals(k.type)) {
                return k;
            }
        }
        if (s.aliases().stream().anyMatch(a -> a.startsWith("Mr") || a.startsWith("Ms") || a.startsWith("Mrs"))
                || EntityType.PERSON.equals(s.type()) || s.type() == null || !s.strong()) {
            // a surname: the person introduced first who bears it
            Cluster best = null;
            for (Cluster k : clusters) {
                if (EntityType.PERSON.equals(k.type)) {
                    List<String> t = k.tokens();
                    String surname = surname(t);
                    if (t.size() >= 2 && (eq(surname, form, caps) || eq(withoutArticle(surname), form, caps))
                            && (best == null || k.firstStart() < best.firstStart())) {
                        best = k;
                    }
                }
            }
            if (best != null) {
                return best;
            }
            Cluster only = only(clusters, k -> EntityType.PERSON.equals(k.type) && k.tokens().size() >= 2
                    && eq(k.tokens().get(0), form, caps));
            if (only != null) {
                return only;
            }
        }
        if (!caps && !EntityType.LOCATION.equals(s.type())) {
            boolean suffix = lexicon.isOrgSuffix(form);
            Cluster org = only(clusters, k -> EntityType.ORGANIZATION.equals(k.type) && k.tokens().size() >= 2
                    && (suffix ? k.tokens().get(k.tokens().size() - 1).equals(form)
                    : k.tokens().get(0).equals(form) && (!lexicon.isCommonWord(form) || s.start() > 0
                    && capitalizedMidSentence(text, form))));
            if (org != null && (!suffix || lexicon.isOrgSuffix(form) && s.start() > 0)) {
                return suffix && !clubWord(form) ? null : org;
            }
        }
        return null;
    }

    /** "al-Bashir" is also written "Bashir": the surname without a leading Arabic article. */
    private static String withoutArticle(String surname) {
        return surname.replaceFirst("^(?:al|el|ad|ash|as|at|az|an|ar)-(?=\\p{Lu})", "");
    }

    private static boolean clubWord(String form) {
        return Set.of("Rovers", "United", "Wanderers", "Rangers", "Athletic", "Albion", "Hotspur").contains(form);
    }

    /** Equal as written, or (ignoring case when asked) once accents are dropped: "MARTINEZ" = "Martínez". */
    private static boolean eq(String a, String b, boolean ignoreCase) {
        if (ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b)) {
            return true;
        }
        return !a.equals(fold(a)) || !b.equals(fold(b))
                ? (ignoreCase ? fold(a).equalsIgnoreCase(fold(b)) : fold(a).equals(fold(b))) : false;
    }

    /** The text without accents. */
    static String fold(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) > 0x7f) {
                return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            }
        }
        return s;
    }

    private static Cluster only(List<Cluster> clusters, java.util.function.Predicate<Cluster> test) {
        Cluster found = null;
        for (Cluster k : clusters) {
            if (test.test(k)) {
                if (found != null) {
                    return null;
                }
                found = k;
            }
        }
        return found;
    }

    /**
     * "the Federation of Jewish Communities (FJC)", and acronyms that spell a name's initials; a
     * place's acronym only when given in brackets after it.
     */
    private void mergeAcronyms(String text, List<Cluster> clusters) {
        for (Cluster acronym : new ArrayList<>(clusters)) {
            String form = acronym.longest().name();
            if (!EntityType.ORGANIZATION.equals(acronym.type) || form.contains(" ")
                    || !form.equals(form.toUpperCase(Locale.ROOT)) || form.length() < 2) {
                continue;
            }
            String letters = form.replace(".", "").replace("&", ""); // "B&W" for "Bowers & Wilkins"
            Cluster target = null;
            for (Cluster k : clusters) {
                boolean bracketed = k != acronym && k.candidates.stream().anyMatch(c -> {
                    int at = c.end();
                    return text.startsWith(" (" + form + ")", at);
                });
                // "St Vincent and the Grenadines (SVG)": a place's short form given in brackets is the place
                boolean bracketedPlace = bracketed && EntityType.LOCATION.equals(k.type);
                if (k == acronym || !EntityType.ORGANIZATION.equals(k.type) && !bracketedPlace
                        || k.tokens().size() < 2) {
                    continue;
                }
                // "HCA" for "HCA Healthcare"
                if (bracketed || initials(k.tokens()).equals(letters) || k.tokens().get(0).equals(form)) {
                    target = k;
                    break;
                }
            }
            if (target != null) {
                target.candidates.addAll(acronym.candidates);
                clusters.remove(acronym);
            }
        }
    }

    /** Every further occurrence of a form an entity already uses, where capitals alone did not reveal it. */
    private void propagate(String text, List<Cluster> clusters, AnalysisContext context) {
        BitSet taken = new BitSet(text.length());
        Map<String, Integer> owners = new java.util.HashMap<>();
        for (Cluster k : clusters) {
            for (Candidate c : k.candidates) {
                taken.set(c.start(), c.end());
            }
            Set<String> own = new java.util.HashSet<>();
            for (Candidate c : k.candidates) {
                own.add(c.name());
                own.addAll(c.aliases());
            }
            own.forEach(f -> owners.merge(f, 1, Integer::sum));
        }
        for (Cluster k : clusters) {
            Set<String> forms = new LinkedHashSet<>();
            for (Candidate c : k.candidates) {
                if (text.startsWith(c.name(), c.start())) {
                    forms.add(c.name());
                }
                forms.addAll(c.aliases().stream().filter(a -> !a.contains(" ") || a.startsWith("the ")).toList());
            }
            for (String form : forms) {
                // a form that another entity also uses is ambiguous: leave it where capitals put it
                if (form.length() < 2 || !Character.isUpperCase(form.codePointAt(0)) && !form.startsWith("the ")
                        || owners.getOrDefault(form, 0) > 1) {
                    continue;
                }
                for (int s = text.indexOf(form); s >= 0; s = text.indexOf(form, s + 1)) {
                    context.checkDeadline("entity resolution");
                    int e = s + form.length();
                    int next = taken.nextSetBit(s);
                    if (wholeWord(text, s, e) && (next < 0 || next >= e)) {
                        k.extra.add(new Mention(s, e, form));
                        taken.set(s, e);
                    }
                }
            }
        }
    }

    /** Not inside a longer word, and not before a hyphen or apostrophe that goes on ("Smith-Jones"; "Smith's" is fine). */
    private static boolean wholeWord(String text, int s, int e) {
        if (s > 0) {
            char b = text.charAt(s - 1);
            if (Character.isLetterOrDigit(b) || Character.getType(b) == Character.NON_SPACING_MARK || b == '.' || b == '-') {
                return false;
            }
        }
        if (e < text.length()) {
            char a = text.charAt(e);
            if (Character.isLetterOrDigit(a) || Character.getType(a) == Character.NON_SPACING_MARK
                    || Character.getType(a) == Character.COMBINING_SPACING_MARK) {
                return false;
            }
            if ((a == '-' || a == '’' || a == '‘' || a == '\'') && e + 1 < text.length()
                    && Character.isLetter(text.charAt(e + 1)) && text.charAt(e + 1) != 's') {
                return false;
            }
        }
        return true;
    }

    private List<Entity> build(String text, List<Cluster> clusters, String title, Map<Cluster, Candidate> titleForms,
                               int leadEnd) {
        clusters.sort(Comparator.comparingInt(Cluster::firstStart));
        int maxMentions = 1;
        for (Cluster k : clusters) {
            maxMentions = Math.max(maxMentions, k.candidates.size() + k.extra.size());
        }
        List<Entity> entities = new ArrayList<>();
        List<Span> sentences = SentenceSplitter.split(text);
        int id = 1;
        for (Cluster k : clusters) {
            Candidate longest = k.longest();
            String name = longest.name();
            if (k.key != null && EntityType.LOCATION.equals(k.type) && name.contains(".") && !k.key.contains(".")
                    && k.candidates.stream().anyMatch(c -> c.name().equals(k.key))) {
                name = k.key;
            }
            Candidate headline = titleForms.get(k);
            if (headline != null && EntityType.PERSON.equals(k.type)) {
                name = headline.name();
            }
            Entity.Builder b = Entity.builder("E" + id++, k.type, name);
            if (headline != null) {
                b.addAlias(headline.name()).addAlias(longest.name());
                headline.titles().forEach(b::addTitle);
            }
            Gender gender = null;
            int male = 0;
            int female = 0;
            for (Candidate c : k.candidates) {
                b.addMention(Mention.of(text, c.start(), c.end()));
                if (!c.name().equals(name)) {
                    b.addAlias(c.name());
                }
                b.addAliases(c.aliases());
                for (String t : c.titles()) {
                    if (!t.equals(name)) {
                        b.addTitle(t);
                    }
                }
                if (c.gender() != null && c.gender() != Gender.UNKNOWN && gender == null) {
                    gender = c.gender();
                }
                if (EntityType.PERSON.equals(k.type) && !objectOfSentence(sentences, clusters, k, c.start())) {
                    int votes = pronounAfter(text, c.end(), nextPersonStart(clusters, c.end()));
                    if (votes > 0) {
                        male++;
                    } else if (votes < 0) {
                        female++;
                    }
                }
            }
            k.extra.forEach(b::addMention);
            int mentions = k.candidates.size() + k.extra.size();
            b.number(GrammaticalNumber.SINGULAR);
            if (EntityType.PERSON.equals(k.type)) {
                if (gender == null) {
                    List<String> fullest = headline != null ? headline.tokens() : longest.tokens();
                    Gender byName = lexicon.firstNameGender(fullest.get(0));
                    if (fullest.size() >= 2 && byName != null && byName != Gender.UNKNOWN) {
                        gender = byName;
                    } else if (male > female) {
                        gender = Gender.MALE;
                    } else if (female > male) {
                        gender = Gender.FEMALE;
                    }
                }
                b.gender(gender == null ? Gender.UNKNOWN : gender);
            } else if (NameFinder.NORP.equals(k.type)) {
                b.number(GrammaticalNumber.PLURAL);
            } else if (!EntityType.DATE.equals(k.type)) {
                b.gender(Gender.NEUTER);
                boolean withArticle = k.candidates.stream().anyMatch(c -> text.startsWith("the ", Math.max(0, c.start() - 4)));
                if (EntityType.ORGANIZATION.equals(k.type) && longest.single() && name.endsWith("s") && withArticle
                        && !name.endsWith("ss") && !lexicon.isOrgSuffix(name) && !name.equals(name.toUpperCase(Locale.ROOT))) {
                    b.number(GrammaticalNumber.PLURAL); // "the Hawks"
                }
            }
            if (k.value != null) {
                b.value(k.value);
            }
            double share = (double) mentions / maxMentions;
            double position = text.isEmpty() ? 0 : 1.0 - (double) k.firstStart() / text.length();
            String finalName = name;
            boolean lead = k.firstStart() < leadEnd || title != null && !title.isEmpty()
                    && (title.contains(finalName) || k.candidates.stream().anyMatch(c -> title.contains(c.name())));
            double salience = 0.5 * share + 0.3 * position + (lead ? 0.2 : 0);
            b.salience(Math.min(1.0, Math.max(0.0, Math.round(salience * 1000) / 1000.0)));
            entities.add(b.build());
        }
        return entities;
    }

    private static int nextPersonStart(List<Cluster> clusters, int from) {
        int next = Integer.MAX_VALUE;
        for (Cluster k : clusters) {
            if (EntityType.PERSON.equals(k.type)) {
                for (Candidate c : k.candidates) {
                    if (c.start() >= from && c.start() < next) {
                        next = c.start();
                    }
                }
            }
        }
        return next;
    }

    /**
     * Whether another person is named earlier in the sentence of a mention. A pronoun after such a
     * mention mostly refers back to that earlier name, the sentence's subject ("Clinton hit Sanders
     * on guns. She said ..."), so it says nothing about this person's sex.
     */
    private static boolean objectOfSentence(List<Span> sentences, List<Cluster> clusters, Cluster own, int at) {
        int sentence = 0;
        for (Span sp : sentences) {
            if (sp.start() > at) {
                break;
            }
            sentence = sp.start();
        }
        for (Cluster k : clusters) {
            if (k != own && EntityType.PERSON.equals(k.type)) {
                for (Candidate c : k.candidates) {
                    if (c.start() >= sentence && c.end() <= at) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * +1 when the first personal pronoun after a mention (in the next sentence or so, and before
     * another person is named) is male, -1 female, 0 none.
     */
    private static int pronounAfter(String text, int from, int nextPerson) {
        int limit = Math.min(Math.min(text.length(), from + 160), nextPerson);
        if (limit <= from) {
            return 0;
        }
        Matcher m = PRONOUN.matcher(text).region(from, limit);
        if (!m.find()) {
            return 0;
        }
        String p = m.group(1).toLowerCase(Locale.ROOT);
        return p.startsWith("h") && !p.startsWith("her") ? 1 : -1;
    }
}
