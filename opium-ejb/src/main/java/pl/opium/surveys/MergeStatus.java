package pl.opium.surveys;

/**
 * Where a merge is: running in the background, done (its file kept for download), failed, or
 * interrupted by the server's restart (marked so as the server starts: it is not running any more).
 */
public enum MergeStatus {
    RUNNING,
    DONE,
    FAILED,
    INTERRUPTED
}
