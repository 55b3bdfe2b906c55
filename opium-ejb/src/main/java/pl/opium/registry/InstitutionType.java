package pl.opium.registry;

/** Kinds of educational institution, as the glossary names them. */
public enum InstitutionType {
    PRESCHOOL,
    PRIMARY_SCHOOL,
    GENERAL_SECONDARY,
    TECHNICAL_SECONDARY,
    VOCATIONAL,
    SPECIAL_SCHOOL,
    COUNSELLING_CENTRE,
    YOUTH_CENTRE,
    DORMITORY,
    SCHOOL_COMPLEX
}
