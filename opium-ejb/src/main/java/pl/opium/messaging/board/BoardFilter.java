package pl.opium.messaging.board;

import java.util.function.Predicate;

/** The filters of the status board. */
public enum BoardFilter {
    ALL(row -> true),
    NOT_READ(row -> !row.isRead()),
    WAITING(BoardRow::isWaiting),
    REPLIED(row -> row.isReplied() && !row.isWaiting()),
    LATE(BoardRow::isLate);

    private final Predicate<BoardRow> test;

    BoardFilter(Predicate<BoardRow> test) {
        this.test = test;
    }

    public boolean accepts(BoardRow row) {
        return test.test(row);
    }
}
