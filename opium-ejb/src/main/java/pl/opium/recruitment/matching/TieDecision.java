package pl.opium.recruitment.matching;

/**
 * What a recruitment committee decided about candidates tied at a unit's cut-off, with its
 * justification: the order among them (best first), or extra places so that all of them fit.
 * Polish administrative courts have held a lottery unlawful, so the engine never decides this itself.
 * Decisions at a unit compose: an order may name some of the tied candidates only, and the candidates
 * a later decision names rank below those the earlier ones named, above those never named; nobody is
 * named twice at a unit. So each decision settles at least one candidate for good, and deciding and
 * running again ends.
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
        if (java.util.Arrays.stream(order).distinct().count() != order.length) {
            throw new IllegalArgumentException("A decision names a candidate twice");
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
