package pl.opium.workflow;

import java.time.Instant;

/**
 * The CDI event of a transition. Fired inside the transaction that makes the change; side effects
 * (e-mail, delivery, feeds) observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}
 * so that nothing is announced that did not commit.
 */
public record StateChanged(String subjectType, long subjectId, String action, String from, String to, String actor,
                           Instant at, String comment) {
}
