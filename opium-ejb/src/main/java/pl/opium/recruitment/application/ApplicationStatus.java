package pl.opium.recruitment.application;

/**
 * Where an application is. Qualification is not a state: it is the latest final assignment run's
 * result ({@link RecruitmentApplication#getQualifiedUnit()}), which may change until the lists are out.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    VERIFIED,
    CONFIRMED,
    ADMITTED,
    NOT_ADMITTED,
    WITHDRAWN,
    /** Admitted, then the parent gave the place up: it is free again (for the supplementary round, a placement). */
    RESIGNED
}
