package pl.opium.recruitment.application;

/** A criterion the parent declared: not yet looked at, confirmed or rejected by the institution. */
public enum DeclarationStatus {
    DECLARED,
    CONFIRMED,
    REJECTED
}
