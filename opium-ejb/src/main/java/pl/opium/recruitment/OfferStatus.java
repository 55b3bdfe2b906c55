package pl.opium.recruitment;

/** An institution's offer: prepared, waiting for the department, approved (public), or returned for changes. */
public enum OfferStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED
}
