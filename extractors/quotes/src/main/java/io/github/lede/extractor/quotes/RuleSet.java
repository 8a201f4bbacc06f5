package io.github.lede.extractor.quotes;

/**
 * Which rule families a {@link QuoteAnnotator} applies. All are on by default; turning one off
 * measures what it contributes (the ablation in the evaluation harness).
 *
 * @param terms tell names, titles and terms in quote marks from quotes
 * @param interviews read Q&amp;A transcripts ({@code A:}, {@code NAME:} labels)
 * @param reported find reported speech without quote marks (INDIRECT)
 * @param dashes dash attributions ({@code “…” —Name})
 * @param colons colon lines attributing the next paragraph ({@code And from X:})
 * @param chains quotes without a cue inherit their paragraph's or chain's speaker
 * @param pronouns resolve he / she / they to an earlier person or organisation
 * @param roles resolve roles and kinds ("the minister", "the company") to an entity
 * @param accordingTo "according to X" attributions
 * @param trailing sentence-final attributions ({@code …, the university said.})
 * @param cuts end a reported clause at ", which", ", saying", "and warned" and the like
 */
public record RuleSet(boolean terms, boolean interviews, boolean reported, boolean dashes, boolean colons,
        boolean chains, boolean pronouns, boolean roles, boolean accordingTo, boolean trailing, boolean cuts) {

    /** Every rule family on. */
    public static final RuleSet ALL = new RuleSet(true, true, true, true, true, true, true, true, true, true, true);

    /** The names of the rule families, in component order. */
    public static final java.util.List<String> FAMILIES = java.util.List.of("terms", "interviews", "reported",
            "dashes", "colons", "chains", "pronouns", "roles", "accordingTo", "trailing", "cuts");

    /**
     * This set with the family named {@code family} (one of {@link #FAMILIES}) turned off.
     *
     * @throws IllegalArgumentException for an unknown family
     */
    public RuleSet without(String family) {
        int i = FAMILIES.indexOf(family);
        if (i < 0) {
            throw new IllegalArgumentException("unknown rule family: " + family);
        }
        boolean[] f = {terms, interviews, reported, dashes, colons, chains, pronouns, roles, accordingTo, trailing, cuts};
        f[i] = false;
        return new RuleSet(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]);
    }
}
