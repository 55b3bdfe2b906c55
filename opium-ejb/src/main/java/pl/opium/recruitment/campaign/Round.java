package pl.opium.recruitment.campaign;

/** The main round of a campaign, and the supplementary round for the places left after it. */
public enum Round {
    MAIN,
    SUPPLEMENTARY
}
