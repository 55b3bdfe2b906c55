package pl.opium.messaging.inbox;

/** Where an institution's reply stands. */
public enum ReplyStatus {
    /** Sent to the department; the institution may still change it until the deadline. */
    SUBMITTED,
    /** The author sent it back for correction; the institution may change it regardless of the deadline. */
    REOPENED
}
