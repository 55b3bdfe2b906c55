package pl.opium.messaging;

import java.io.Serializable;
import java.util.List;

/** A sent message's status board: every recipient's line, the counts over them and the reminders sent. */
public record Board(List<BoardRow> rows, List<Reminder> reminders) implements Serializable {

    public Board {
        rows = List.copyOf(rows);
        reminders = List.copyOf(reminders);
    }

    public List<BoardRow> rows(BoardFilter filter) {
        return rows.stream().filter(filter::accepts).toList();
    }

    public long count(BoardFilter filter) {
        return rows.stream().filter(filter::accepts).count();
    }

    public List<BoardRow> getRows() {
        return rows;
    }

    public List<Reminder> getReminders() {
        return reminders;
    }
}
