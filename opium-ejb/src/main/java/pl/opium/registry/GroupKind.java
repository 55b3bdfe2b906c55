package pl.opium.registry;

/** How an institution group gets its members. */
public enum GroupKind {
    /** All active institutions of one type, following the registry as it changes. */
    AUTOMATIC,
    /** A set of institutions somebody chose. */
    CUSTOM
}
