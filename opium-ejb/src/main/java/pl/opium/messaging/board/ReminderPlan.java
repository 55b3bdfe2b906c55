package pl.opium.messaging.board;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * When automatic reminders go out: once a configured number of days before the reply deadline
 * (or on the first run after that day, if the server was down), and once the day after the deadline
 * passed. Each kind goes out at most once per message; manual reminders do not count.
 */
public final class ReminderPlan {

    private final int daysBefore;

    public ReminderPlan(int daysBefore) {
        this.daysBefore = daysBefore;
    }

    public Optional<ReminderKind> due(LocalDate deadline, LocalDate today, Set<ReminderKind> alreadySent) {
        if (deadline == null) {
            return Optional.empty();
        }
        if (today.isAfter(deadline)) {
            return alreadySent.contains(ReminderKind.AFTER_DEADLINE) ? Optional.empty()
                    : Optional.of(ReminderKind.AFTER_DEADLINE);
        }
        if (daysBefore > 0 && !today.isBefore(deadline.minusDays(daysBefore))
                && !alreadySent.contains(ReminderKind.BEFORE_DEADLINE)) {
            return Optional.of(ReminderKind.BEFORE_DEADLINE);
        }
        return Optional.empty();
    }
}
