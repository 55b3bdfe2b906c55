package pl.opium.recruitment.matching;

/**
 * Candidates with equal priority straddling a unit's cut-off: {@code places} of them fit, and only
 * the committee may say which ({@link TieDecision}). Until it does, the run holds all of them there.
 *
 * @param key        their priority key at the unit
 * @param candidates the tied candidates, by number
 */
public record Tie(int unit, long key, int[] candidates, int places) {
}
