package pl.opium.messaging;

/** What people do to a message in the approval chain. */
public enum MessageAction {
    SUBMIT,
    WITHDRAW,
    APPROVE,
    RETURN,
    ARCHIVE,
    RESTORE
}
