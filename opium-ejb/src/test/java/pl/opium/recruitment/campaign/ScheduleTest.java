package pl.opium.recruitment.campaign;

import org.junit.jupiter.api.Test;
import pl.opium.OpiumException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class ScheduleTest {

    public static Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(Schedule.ZONE).toInstant();
    }

    /** A preschool schedule like the cities publish: March applications, April lists, May supplementary round. */
    public static List<StagePeriod> typical() {
        List<StagePeriod> lines = new ArrayList<>(List.of(
                new StagePeriod(Round.MAIN, Step.APPLICATIONS, at("2027-03-01T08:00"), at("2027-03-15T15:00")),
                new StagePeriod(Round.MAIN, Step.VERIFICATION, at("2027-03-02T08:00"), at("2027-03-22T15:00")),
                new StagePeriod(Round.MAIN, Step.QUALIFIED_LISTS, at("2027-03-29T12:00"), at("2027-04-30T15:00")),
                new StagePeriod(Round.MAIN, Step.CONFIRMATION, at("2027-03-29T12:00"), at("2027-04-06T15:00")),
                new StagePeriod(Round.MAIN, Step.ADMITTED_LISTS, at("2027-04-09T12:00"), at("2027-08-31T15:00"))));
        lines.addAll(List.of(
                new StagePeriod(Round.SUPPLEMENTARY, Step.APPLICATIONS, at("2027-05-04T08:00"), at("2027-05-10T15:00")),
                new StagePeriod(Round.SUPPLEMENTARY, Step.VERIFICATION, at("2027-05-04T08:00"), at("2027-05-12T15:00")),
                new StagePeriod(Round.SUPPLEMENTARY, Step.QUALIFIED_LISTS, at("2027-05-14T12:00"), at("2027-06-30T15:00")),
                new StagePeriod(Round.SUPPLEMENTARY, Step.CONFIRMATION, at("2027-05-14T12:00"), at("2027-05-19T15:00")),
                new StagePeriod(Round.SUPPLEMENTARY, Step.ADMITTED_LISTS, at("2027-05-21T12:00"), at("2027-08-31T15:00"))));
        return lines;
    }

    @Test
    void actionsAreAcceptedOnlyWithinTheirStep() {
        Schedule schedule = new Schedule(typical());
        schedule.require(Round.MAIN, Step.APPLICATIONS, at("2027-03-01T08:00"));
        schedule.require(Round.MAIN, Step.APPLICATIONS, at("2027-03-15T14:59"));
        assertThatThrownBy(() -> schedule.require(Round.MAIN, Step.APPLICATIONS, at("2027-03-15T15:00")))
                .isInstanceOfSatisfying(OpiumException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("recruitment.outsideStage");
                    assertThat(e.getArguments()).containsExactly("recruitment.stage.MAIN.APPLICATIONS",
                            "01.03.2027 08:00", "15.03.2027 15:00");
                });
        assertThat(schedule.roundOpenFor(Step.APPLICATIONS, at("2027-05-05T10:00"))).contains(Round.SUPPLEMENTARY);
        assertThat(schedule.roundOpenFor(Step.APPLICATIONS, at("2027-04-05T10:00"))).isEmpty();
        assertThat(schedule.hasOpened(Round.MAIN, Step.QUALIFIED_LISTS, at("2027-03-29T11:59"))).isFalse();
        assertThat(schedule.hasOpened(Round.MAIN, Step.QUALIFIED_LISTS, at("2027-03-29T12:00"))).isTrue();
    }

    @Test
    void aRefusalBetweenTheRoundsQuotesTheNextRound() {
        Schedule schedule = new Schedule(typical());
        assertThat(schedule.requireOpenRound(Step.APPLICATIONS, at("2027-05-05T10:00"))).isEqualTo(Round.SUPPLEMENTARY);
        assertThatThrownBy(() -> schedule.requireOpenRound(Step.APPLICATIONS, at("2027-04-20T10:00")))
                .isInstanceOfSatisfying(OpiumException.class, e -> assertThat(e.getArguments())
                        .containsExactly("recruitment.stage.SUPPLEMENTARY.APPLICATIONS", "04.05.2027 08:00", "10.05.2027 15:00"));
        assertThatThrownBy(() -> schedule.requireOpenRound(Step.APPLICATIONS, at("2027-02-01T10:00")))
                .isInstanceOfSatisfying(OpiumException.class, e -> assertThat(e.getArguments()[0])
                        .isEqualTo("recruitment.stage.MAIN.APPLICATIONS"));
    }

    @Test
    void theMainRoundAloneIsASchedule() {
        Schedule schedule = new Schedule(typical().subList(0, 5));
        assertThat(schedule.hasRound(Round.SUPPLEMENTARY)).isFalse();
        assertThatThrownBy(() -> schedule.require(Round.SUPPLEMENTARY, Step.APPLICATIONS, at("2027-05-05T10:00")))
                .isInstanceOfSatisfying(OpiumException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("recruitment.noSupplementaryRound"));
    }

    @Test
    void aScheduleOutOfOrderOrIncompleteIsRefused() {
        List<StagePeriod> missing = new ArrayList<>(typical());
        missing.remove(3);
        assertRefused(missing, "recruitment.schedule.incomplete", "recruitment.stage.MAIN.CONFIRMATION");

        List<StagePeriod> early = new ArrayList<>(typical());
        early.set(2, new StagePeriod(Round.MAIN, Step.QUALIFIED_LISTS, at("2027-03-20T12:00"), at("2027-04-30T15:00")));
        assertRefused(early, "recruitment.schedule.order", "recruitment.stage.MAIN.QUALIFIED_LISTS");

        List<StagePeriod> backwards = new ArrayList<>(typical());
        backwards.set(0, new StagePeriod(Round.MAIN, Step.APPLICATIONS, at("2027-03-15T08:00"), at("2027-03-01T15:00")));
        assertRefused(backwards, "recruitment.schedule.empty", "recruitment.stage.MAIN.APPLICATIONS");

        List<StagePeriod> overlapping = new ArrayList<>(typical());
        overlapping.set(5, new StagePeriod(Round.SUPPLEMENTARY, Step.APPLICATIONS, at("2027-04-01T08:00"),
                at("2027-05-10T15:00")));
        assertRefused(overlapping, "recruitment.schedule.order", "recruitment.stage.SUPPLEMENTARY.APPLICATIONS");

        List<StagePeriod> twice = new ArrayList<>(typical());
        twice.add(typical().get(1));
        assertRefused(twice, "recruitment.schedule.twice", "recruitment.stage.MAIN.VERIFICATION");
    }

    @Test
    void theProposedScheduleIsAValidOneAcrossTheChangeToSummerTime() {
        // 2027-03-28 is the night clocks go forward: the proposal keeps 8:00 and 15:00 on Polish clocks
        Schedule schedule = new Schedule(Schedule.proposal(java.time.LocalDate.of(2027, 3, 15)));

        assertThat(schedule.period(Round.MAIN, Step.APPLICATIONS).getOpensAt()).isEqualTo(at("2027-03-15T08:00"));
        assertThat(schedule.period(Round.MAIN, Step.APPLICATIONS).getClosesAt()).isEqualTo(at("2027-03-29T15:00"));
        assertThat(schedule.isOpen(Round.MAIN, Step.CONFIRMATION, at("2027-04-12T10:00"))).isTrue();
        assertThat(schedule.roundOpenFor(Step.APPLICATIONS, at("2027-04-20T10:00"))).contains(Round.SUPPLEMENTARY);
        assertThat(schedule.hasOpened(Round.MAIN, Step.ADMITTED_LISTS, at("2027-04-15T11:59"))).isFalse();
        assertThat(schedule.hasOpened(Round.MAIN, Step.ADMITTED_LISTS, at("2027-04-15T12:00"))).isTrue();
    }

    private static void assertRefused(List<StagePeriod> lines, String key, String firstArgument) {
        assertThatThrownBy(() -> new Schedule(lines)).isInstanceOfSatisfying(OpiumException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getArguments()[0]).isEqualTo(firstArgument);
        });
    }
}
