package pl.opium.surveys;

/** What became of an uploaded copy: it matches the template, or it differs and the author decides. */
public enum CopyVerdict {
    MATCHES,
    DIFFERS,
    ACCEPTED,
    REJECTED;

    /** Whether the copy goes into the merge. */
    public boolean isMerged() {
        return this == MATCHES || this == ACCEPTED;
    }
}
