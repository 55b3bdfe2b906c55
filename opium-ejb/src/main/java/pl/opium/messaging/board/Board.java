package pl.opium.messaging.board;

import java.io.Serializable;
import java.util.List;

/** A sent message's status board: every recipient's line, the counts over them and the reminders sent. */
public record Board(List<BoardRow> rows, List<Reminder> reminders) implements Serializable {

    /**
     * Where the recipients stand, each counted once: replied on time, replied late, read without a
     * reply (or with one sent back for correction), not read.
     */
    public record Standing(long onTime, long late, long readOnly, long unread) implements Serializable {
    }

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

    public Standing standing() {
        long onTime = 0;
        long late = 0;
        long readOnly = 0;
        long unread = 0;
        for (BoardRow row : rows) {
            if (!row.isRead() && !row.isReplied()) {
                unread++;
            } else if (row.isWaiting()) {
                readOnly++;
            } else if (row.late()) {
                late++;
            } else {
                onTime++;
            }
        }
        return new Standing(onTime, late, readOnly, unread);
    }

    public List<BoardRow> getRows() {
        return rows;
    }

    public List<Reminder> getReminders() {
        return reminders;
    }
}
