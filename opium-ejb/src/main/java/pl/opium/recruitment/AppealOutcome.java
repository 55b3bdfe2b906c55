package pl.opium.recruitment;

/** The director's decision on an appeal against the committee. */
public enum AppealOutcome {
    UPHELD,
    DISMISSED
}
