package pl.opium.messaging;

/** The department's lists of messages. */
public enum MessageBox {
    /** The caller's own drafts and messages returned to them. */
    DRAFTS,
    /** Messages waiting for the caller's approval. */
    AWAITING_ME,
    /** The caller's own messages on their way through approval. */
    IN_APPROVAL,
    /** Sent messages the caller may follow. */
    SENT,
    /** Archived messages the caller may follow. */
    ARCHIVED
}
