package pl.opium.recruitment.campaign;

/** An institution's offer: prepared, waiting for the department, approved (public), or returned for changes. */
public enum OfferStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED
}
