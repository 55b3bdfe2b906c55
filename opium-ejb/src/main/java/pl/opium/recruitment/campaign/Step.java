package pl.opium.recruitment.campaign;

/**
 * The steps of a round, in the order the schedule has them. Periods of work (applications,
 * verification, confirmation) accept actions from their opening to their closing; lists are
 * published at their opening and stay public until their closing.
 */
public enum Step {
    /** Parents file, change and withdraw applications. */
    APPLICATIONS,
    /** The first-choice institution verifies the declared criteria. */
    VERIFICATION,
    /** Qualified / not-qualified lists published; the assignment runs between verification's end and this. */
    QUALIFIED_LISTS,
    /** Parents confirm the will to take the place. */
    CONFIRMATION,
    /** Admitted / not-admitted lists published; appeal deadlines run from here. */
    ADMITTED_LISTS
}
