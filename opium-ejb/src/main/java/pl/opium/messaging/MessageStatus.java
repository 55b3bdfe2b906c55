package pl.opium.messaging;

/** Where a message is on its way from its author to the institutions. */
public enum MessageStatus {
    DRAFT,
    AWAITING_HEAD,
    AWAITING_DIRECTOR,
    RETURNED,
    SENT,
    ARCHIVED
}
