package pl.opium.recruitment.matching;

/**
 * What a recruitment committee decided about candidates tied at a unit's cut-off, with its
 * justification: the order among them (best first), or extra places so that all of them fit.
 * Polish administrative courts have held a lottery unlawful, so the engine never decides this itself.
 */
public record TieDecision(int unit, int[] order, int extraPlaces, String justification) {

    public TieDecision {
        if (justification == null || justification.isBlank()) {
            throw new IllegalArgumentException("A committee's decision needs its justification");
        }
        order = order == null ? new int[0] : order.clone();
        if (extraPlaces < 0 || (order.length == 0) == (extraPlaces == 0)) {
            throw new IllegalArgumentException("A decision is either an order or extra places");
        }
    }

    /** The committee orders the tied candidates, best first. */
    public static TieDecision order(int unit, String justification, int... candidatesBestFirst) {
        return new TieDecision(unit, candidatesBestFirst, 0, justification);
    }

    /** The committee (with the authority running the school) adds places to the unit. */
    public static TieDecision extraPlaces(int unit, int places, String justification) {
        return new TieDecision(unit, null, places, justification);
    }
}
