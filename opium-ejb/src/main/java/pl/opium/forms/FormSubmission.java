package pl.opium.forms;

import java.time.Instant;

/** One institution's submitted answers, as the author's table, charts and exports list them. */
public record FormSubmission(String institution, String rspo, Instant submittedAt, FormAnswers answers) {
}
