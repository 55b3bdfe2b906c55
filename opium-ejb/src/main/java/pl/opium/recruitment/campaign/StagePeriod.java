package pl.opium.recruitment.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One line of a campaign's schedule: a step of a round, from when to when. */
@Embeddable
public class StagePeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "round")
    private Round round;

    @Enumerated(EnumType.STRING)
    @Column(name = "step")
    private Step step;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    protected StagePeriod() {
    }

    public StagePeriod(Round round, Step step, Instant opensAt, Instant closesAt) {
        this.round = Objects.requireNonNull(round);
        this.step = Objects.requireNonNull(step);
        this.opensAt = Objects.requireNonNull(opensAt);
        this.closesAt = Objects.requireNonNull(closesAt);
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(opensAt) && moment.isBefore(closesAt);
    }

    public Round getRound() {
        return round;
    }

    public Step getStep() {
        return step;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }
}
