package pl.opium.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import pl.opium.workflow.StateChanged;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test observer of workflow events, notified only after the transition's transaction committed. */
@ApplicationScoped
public class RecordedChanges {

    private final List<StateChanged> committed = new CopyOnWriteArrayList<>();

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) StateChanged change) {
        committed.add(change);
    }

    public List<StateChanged> about(long subjectId) {
        return committed.stream().filter(c -> c.subjectId() == subjectId).toList();
    }
}
