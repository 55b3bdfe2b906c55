package pl.opium.recruitment.appeal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The deadlines of art. 158 Prawo oświatowe, counted as the administrative code counts them (art. 57
 * k.p.a.): the day of the event is not counted, and a deadline falling on a Saturday or a public
 * holiday moves to the next working day.
 * <ul>
 *     <li>7 days from the admitted lists to ask the committee for a justification of a refusal;</li>
 *     <li>5 days from the request for the committee to write it;</li>
 *     <li>3 days from receiving the justification to appeal to the director;</li>
 *     <li>3 days from the appeal for the director to decide.</li>
 * </ul>
 */
public final class AppealDeadlines {

    static final int REQUEST_DAYS = 7;
    static final int JUSTIFICATION_DAYS = 5;
    static final int APPEAL_DAYS = 3;
    static final int DECISION_DAYS = 3;

    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 6),
            MonthDay.of(5, 1), MonthDay.of(5, 3), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11),
            MonthDay.of(12, 25), MonthDay.of(12, 26));
    /** Christmas Eve is a public holiday from 2025 on. */
    private static final MonthDay CHRISTMAS_EVE = MonthDay.of(12, 24);

    private AppealDeadlines() {
    }

    public static LocalDate requestJustificationBy(LocalDate admittedListsPublished) {
        return deadline(admittedListsPublished, REQUEST_DAYS);
    }

    public static LocalDate justificationBy(LocalDate requested) {
        return deadline(requested, JUSTIFICATION_DAYS);
    }

    public static LocalDate appealBy(LocalDate justificationReceived) {
        return deadline(justificationReceived, APPEAL_DAYS);
    }

    public static LocalDate decisionBy(LocalDate appealed) {
        return deadline(appealed, DECISION_DAYS);
    }

    /** The last day of a term of {@code days} days from an event on {@code from}. */
    static LocalDate deadline(LocalDate from, int days) {
        LocalDate last = from.plusDays(days);
        while (!isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }

    /** Not a Saturday, a Sunday or a public holiday (ustawa o dniach wolnych od pracy). */
    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return false;
        }
        MonthDay monthDay = MonthDay.from(day);
        if (FIXED_HOLIDAYS.contains(monthDay) || day.getYear() >= 2025 && monthDay.equals(CHRISTMAS_EVE)) {
            return false;
        }
        LocalDate easter = easterSunday(day.getYear());
        // Easter Monday and Corpus Christi fall on weekdays; Easter and Pentecost are Sundays anyway
        return !day.equals(easter.plusDays(1)) && !day.equals(easter.plusDays(60));
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
