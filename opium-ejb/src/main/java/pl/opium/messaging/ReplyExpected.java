package pl.opium.messaging;

/** What the department expects back from each institution. */
public enum ReplyExpected {
    NONE,
    TEXT,
    ATTACHMENTS,
    TEXT_AND_ATTACHMENTS,
    /** the filled copy of the Excel template the message carries, checked against it on upload */
    SURVEY,
    /** the answers to the electronic form the message carries, filled online */
    FORM
}
