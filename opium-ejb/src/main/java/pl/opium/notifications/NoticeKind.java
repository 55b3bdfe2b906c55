package pl.opium.notifications;

/** What a notice announces. */
public enum NoticeKind {
    NEW_MESSAGE,
    REMINDER
}
