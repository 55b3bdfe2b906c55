package pl.opium.recruitment.appeal;

/** The director's decision on an appeal against the committee. */
public enum AppealOutcome {
    UPHELD,
    DISMISSED
}
