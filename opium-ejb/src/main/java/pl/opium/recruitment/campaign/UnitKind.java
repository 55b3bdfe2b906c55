package pl.opium.recruitment.campaign;

/** A general unit, or one whose places need a special-education certificate. */
public enum UnitKind {
    GENERAL,
    INTEGRATION,
    SPECIAL;

    public boolean needsCertificate() {
        return this != GENERAL;
    }
}
