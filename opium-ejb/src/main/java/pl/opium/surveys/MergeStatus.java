package pl.opium.surveys;

/** Where a merge is: running in the background, done (its file kept for download), or failed. */
public enum MergeStatus {
    RUNNING,
    DONE,
    FAILED
}
