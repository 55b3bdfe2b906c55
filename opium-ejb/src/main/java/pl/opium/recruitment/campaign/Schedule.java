package pl.opium.recruitment.campaign;

import pl.opium.OpiumException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign's schedule and the rule that nothing is accepted outside its step. The main round is
 * required and complete; the supplementary round, when given, is complete too and starts once the
 * main round's admitted lists are out. Within a round the steps follow each other: no step opens
 * before the one before it, verification does not close before applications do, and lists come out
 * only after the work they report on has closed.
 */
public final class Schedule {

    /** The city's time: schedules and deadlines are read on Polish clocks. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    /** The bundle keys naming the steps of the rounds start with this. */
    static final String STAGE = "recruitment.stage";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZONE);

    private final Map<Round, Map<Step, StagePeriod>> periods = new EnumMap<>(Round.class);

    public Schedule(List<StagePeriod> lines) {
        for (StagePeriod line : lines) {
            if (!line.getOpensAt().isBefore(line.getClosesAt())) {
                throw new OpiumException("recruitment.schedule.empty", label(line.getRound(), line.getStep()));
            }
            if (periods.computeIfAbsent(line.getRound(), r -> new EnumMap<>(Step.class))
                    .put(line.getStep(), line) != null) {
                throw new OpiumException("recruitment.schedule.twice", label(line.getRound(), line.getStep()));
            }
        }
        if (!periods.containsKey(Round.MAIN)) {
            throw new OpiumException("recruitment.schedule.incomplete", label(Round.MAIN, Step.APPLICATIONS));
        }
        periods.forEach(this::checkRound);
        if (periods.containsKey(Round.SUPPLEMENTARY)
                && period(Round.SUPPLEMENTARY, Step.APPLICATIONS).getOpensAt()
                .isBefore(period(Round.MAIN, Step.ADMITTED_LISTS).getOpensAt())) {
            throw new OpiumException("recruitment.schedule.order", label(Round.SUPPLEMENTARY, Step.APPLICATIONS),
                    label(Round.MAIN, Step.ADMITTED_LISTS));
        }
    }

    /**
     * A schedule to start from, the way cities usually lay one out: two weeks of applications from
     * 8:00 of the day given, a week of verification, the qualified lists three days later with five
     * days to confirm, the admitted lists two days after that; the supplementary round the same,
     * five weeks later. Lists stay published for half a year.
     */
    public static List<StagePeriod> proposal(LocalDate applicationsOpen) {
        List<StagePeriod> lines = new ArrayList<>();
        lines.addAll(proposedRound(Round.MAIN, applicationsOpen));
        lines.addAll(proposedRound(Round.SUPPLEMENTARY, applicationsOpen.plusDays(35)));
        return lines;
    }

    private static List<StagePeriod> proposedRound(Round round, LocalDate start) {
        return List.of(
                new StagePeriod(round, Step.APPLICATIONS, at(start, 0, 8), at(start, 14, 15)),
                new StagePeriod(round, Step.VERIFICATION, at(start, 14, 15), at(start, 21, 15)),
                new StagePeriod(round, Step.QUALIFIED_LISTS, at(start, 24, 12), at(start, 180, 15)),
                new StagePeriod(round, Step.CONFIRMATION, at(start, 24, 12), at(start, 29, 15)),
                new StagePeriod(round, Step.ADMITTED_LISTS, at(start, 31, 12), at(start, 180, 15)));
    }

    private static Instant at(LocalDate start, int days, int hour) {
        return start.plusDays(days).atTime(hour, 0).atZone(ZONE).toInstant();
    }

    private void checkRound(Round round, Map<Step, StagePeriod> steps) {
        for (Step step : Step.values()) {
            if (!steps.containsKey(step)) {
                throw new OpiumException("recruitment.schedule.incomplete", label(round, step));
            }
        }
        StagePeriod previous = null;
        for (Step step : Step.values()) {
            StagePeriod current = steps.get(step);
            boolean publication = step == Step.QUALIFIED_LISTS || step == Step.ADMITTED_LISTS;
            boolean verificationEndsEarly = step == Step.VERIFICATION
                    && current.getClosesAt().isBefore(previous.getClosesAt());
            if (previous != null && (current.getOpensAt().isBefore(previous.getOpensAt()) || verificationEndsEarly
                    || publication && current.getOpensAt().isBefore(previous.getClosesAt()))) {
                throw new OpiumException("recruitment.schedule.order", label(round, step), label(round, previous.getStep()));
            }
            previous = current;
        }
    }

    public StagePeriod period(Round round, Step step) {
        Map<Step, StagePeriod> steps = periods.get(round);
        if (steps == null) {
            throw new OpiumException("recruitment.noSupplementaryRound");
        }
        return steps.get(step);
    }

    public boolean hasRound(Round round) {
        return periods.containsKey(round);
    }

    /** The rounds the schedule has, the main one first. */
    public List<Round> rounds() {
        return Arrays.stream(Round.values()).filter(this::hasRound).toList();
    }

    public boolean isOpen(Round round, Step step, Instant now) {
        return hasRound(round) && period(round, step).contains(now);
    }

    /** Whether the step has opened (for lists: whether they are out). */
    public boolean hasOpened(Round round, Step step, Instant now) {
        return hasRound(round) && !now.isBefore(period(round, step).getOpensAt());
    }

    public boolean hasClosed(Round round, Step step, Instant now) {
        return hasRound(round) && !now.isBefore(period(round, step).getClosesAt());
    }

    /** Refuses, saying when the step is, unless it is open now. */
    public void require(Round round, Step step, Instant now) {
        if (!isOpen(round, step, now)) {
            if (!hasRound(round)) {
                throw new OpiumException("recruitment.noSupplementaryRound");
            }
            StagePeriod period = period(round, step);
            throw new OpiumException("recruitment.outsideStage", label(round, step), shown(period.getOpensAt()),
                    shown(period.getClosesAt()));
        }
    }

    /**
     * The round whose step is open now; otherwise a refusal quoting the dates that matter to the
     * person: the round whose step comes next, or the last one if all have passed.
     */
    public Round requireOpenRound(Step step, Instant now) {
        Optional<Round> open = roundOpenFor(step, now);
        if (open.isPresent()) {
            return open.get();
        }
        Round quoted = hasRound(Round.SUPPLEMENTARY) && hasClosed(Round.MAIN, step, now) ? Round.SUPPLEMENTARY : Round.MAIN;
        require(quoted, step, now);
        throw new IllegalStateException("A step closed that require() found open");
    }

    /** The round whose step is open now, if any: the main round's, else the supplementary one's. */
    public Optional<Round> roundOpenFor(Step step, Instant now) {
        for (Round round : Round.values()) {
            if (isOpen(round, step, now)) {
                return Optional.of(round);
            }
        }
        return Optional.empty();
    }

    public static String shown(Instant moment) {
        return SHOWN.format(moment);
    }

    /** The bundle key naming a step of a round, given as an argument that the web layer translates. */
    /** The bundle key naming a step of a round ("recruitment.stage.MAIN.APPLICATIONS"). */
    public static String label(Round round, Step step) {
        return STAGE + "." + round.name() + "." + step.name();
    }
}
