package pl.opium.forms;

/** An institution's answers are a draft until it submits them. */
public enum ResponseStatus {
    DRAFT,
    SUBMITTED
}
