package pl.opium.messaging.board;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderPlanTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 4);
    private final ReminderPlan plan = new ReminderPlan(2);

    @Test
    void nothingIsDueLongBeforeTheDeadlineOrWithoutOne() {
        assertThat(plan.due(DEADLINE, LocalDate.of(2026, 12, 1), Set.of())).isEmpty();
        assertThat(plan.due(null, DEADLINE.plusDays(10), Set.of())).isEmpty();
    }

    @Test
    void remindsOnceTheConfiguredDaysBefore() {
        assertThat(plan.due(DEADLINE, LocalDate.of(2026, 12, 2), Set.of())).contains(ReminderKind.BEFORE_DEADLINE);
        assertThat(plan.due(DEADLINE, DEADLINE, Set.of())).contains(ReminderKind.BEFORE_DEADLINE);
        assertThat(plan.due(DEADLINE, DEADLINE, Set.of(ReminderKind.BEFORE_DEADLINE))).isEmpty();
    }

    @Test
    void remindsOnceWhenTheDeadlineHasPassed() {
        assertThat(plan.due(DEADLINE, DEADLINE.plusDays(1), Set.of(ReminderKind.BEFORE_DEADLINE)))
                .contains(ReminderKind.AFTER_DEADLINE);
        assertThat(plan.due(DEADLINE, DEADLINE.plusDays(5), Set.of())).contains(ReminderKind.AFTER_DEADLINE);
        assertThat(plan.due(DEADLINE, DEADLINE.plusDays(2), Set.of(ReminderKind.AFTER_DEADLINE, ReminderKind.MANUAL)))
                .isEmpty();
    }

    @Test
    void zeroDaysBeforeMeansOnlyTheReminderAfterTheDeadline() {
        assertThat(new ReminderPlan(0).due(DEADLINE, DEADLINE, Set.of())).isEmpty();
        assertThat(new ReminderPlan(0).due(DEADLINE, DEADLINE.plusDays(1), Set.of()))
                .contains(ReminderKind.AFTER_DEADLINE);
    }
}
