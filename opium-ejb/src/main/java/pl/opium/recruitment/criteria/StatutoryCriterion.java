package pl.opium.recruitment.criteria;

/**
 * The seven criteria of Prawo oświatowe (art. 131 ust. 2), of equal value: the first stage of
 * preschool recruitment, and the second tie-break level of secondary recruitment (art. 134).
 */
public enum StatutoryCriterion {
    /** wielodzietność rodziny kandydata */
    LARGE_FAMILY,
    /** niepełnosprawność kandydata */
    CANDIDATE_DISABILITY,
    /** niepełnosprawność jednego z rodziców */
    PARENT_DISABILITY,
    /** niepełnosprawność obojga rodziców */
    BOTH_PARENTS_DISABILITY,
    /** niepełnosprawność rodzeństwa */
    SIBLING_DISABILITY,
    /** samotne wychowywanie kandydata w rodzinie */
    SINGLE_PARENTING,
    /** objęcie kandydata pieczą zastępczą */
    FOSTER_CARE
}
