package pl.opium.web.recruitment;

import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Schedule;
import pl.opium.recruitment.campaign.StagePeriod;
import pl.opium.recruitment.campaign.Step;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One step of a campaign's schedule as the officer edits it: local times of the city. */
public class StageRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Round round;
    private final Step step;
    private LocalDateTime opens;
    private LocalDateTime closes;

    public StageRow(Round round, Step step, LocalDateTime opens, LocalDateTime closes) {
        this.round = round;
        this.step = step;
        this.opens = opens;
        this.closes = closes;
    }

    static StageRow of(StagePeriod period) {
        return new StageRow(period.getRound(), period.getStep(),
                LocalDateTime.ofInstant(period.getOpensAt(), Schedule.ZONE),
                LocalDateTime.ofInstant(period.getClosesAt(), Schedule.ZONE));
    }

    /** Null when a date is missing: the schedule then reports the step as incomplete. */
    StagePeriod toPeriod() {
        if (opens == null || closes == null) {
            return null;
        }
        return new StagePeriod(round, step, opens.atZone(Schedule.ZONE).toInstant(), closes.atZone(Schedule.ZONE).toInstant());
    }

    /** The bundle key of the step's name in its round ("recruitment.stage.MAIN.APPLICATIONS"). */
    public String getLabelKey() {
        return Schedule.label(round, step);
    }

    public Round getRound() {
        return round;
    }

    public Step getStep() {
        return step;
    }

    public LocalDateTime getOpens() {
        return opens;
    }

    public void setOpens(LocalDateTime opens) {
        this.opens = opens;
    }

    public LocalDateTime getCloses() {
        return closes;
    }

    public void setCloses(LocalDateTime closes) {
        this.closes = closes;
    }
}
