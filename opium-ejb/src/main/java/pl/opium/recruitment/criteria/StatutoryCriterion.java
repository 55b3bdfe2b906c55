package pl.opium.recruitment.criteria;

/**
 * The seven criteria of Prawo oświatowe (art. 131 ust. 2), of equal value: the first stage of
 * preschool recruitment, and the second tie-break level of secondary recruitment (art. 134).
 */
public enum StatutoryCriterion {
    LARGE_FAMILY("wielodzietność rodziny kandydata"),
    CANDIDATE_DISABILITY("niepełnosprawność kandydata"),
    PARENT_DISABILITY("niepełnosprawność jednego z rodziców kandydata"),
    BOTH_PARENTS_DISABILITY("niepełnosprawność obojga rodziców kandydata"),
    SIBLING_DISABILITY("niepełnosprawność rodzeństwa kandydata"),
    SINGLE_PARENTING("samotne wychowywanie kandydata w rodzinie"),
    FOSTER_CARE("objęcie kandydata pieczą zastępczą");

    private final String statutoryName;

    StatutoryCriterion(String statutoryName) {
        this.statutoryName = statutoryName;
    }

    /** The words of the act, as documents quote them. */
    public String statutoryName() {
        return statutoryName;
    }
}
