package pl.opium.messaging;

/** How urgent a message is for the institutions. */
public enum Priority {
    NORMAL,
    HIGH
}
