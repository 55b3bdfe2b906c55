package pl.opium.recruitment.campaign;

/** What institutions and the department do to an offer. */
public enum OfferAction {
    SUBMIT,
    APPROVE,
    RETURN
}
