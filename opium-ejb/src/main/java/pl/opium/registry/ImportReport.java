package pl.opium.registry;

import java.io.Serializable;
import java.util.List;

/** What an RSPO import did: how many institutions were created and updated, and every rejected line. */
public record ImportReport(int created, int updated, List<RejectedLine> rejected) implements Serializable {

    /** A line that changed nothing, with the reasons (message keys). */
    public record RejectedLine(long lineNumber, List<String> problems) implements Serializable {
    }
}
