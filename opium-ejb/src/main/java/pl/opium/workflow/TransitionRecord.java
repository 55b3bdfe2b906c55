package pl.opium.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import pl.opium.persistence.Identified;

import java.time.Instant;

/** One step in the life of a message, application or repair: who moved it, when, from where to where, why. */
@Entity
public class TransitionRecord extends Identified {

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private long subjectId;

    private String action;

    @Column(name = "from_state")
    private String fromState;

    @Column(name = "to_state")
    private String toState;

    private String actor;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String comment;

    protected TransitionRecord() {
    }

    TransitionRecord(StateChanged change) {
        this.subjectType = change.subjectType();
        this.subjectId = change.subjectId();
        this.action = change.action();
        this.fromState = change.from();
        this.toState = change.to();
        this.actor = change.actor();
        this.occurredAt = change.at();
        this.comment = change.comment();
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getComment() {
        return comment;
    }
}
