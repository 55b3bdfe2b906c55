package pl.opium.messaging.board;

/** Why a reminder went out. */
public enum ReminderKind {
    /** The author pressed "remind those who have not replied". */
    MANUAL,
    /** Automatic, a configured number of days before the reply deadline. */
    BEFORE_DEADLINE,
    /** Automatic, the day after the reply deadline passed. */
    AFTER_DEADLINE
}
