package pl.opium.messaging.board;

import org.junit.jupiter.api.Test;
import pl.opium.messaging.inbox.ReplyStatus;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoardTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void everyRecipientStandsInExactlyOnePlace() {
        Board board = new Board(List.of(
                row(null, null, false, null),                      // not read
                row(AT, null, false, null),                        // read, no reply
                row(AT, 7L, false, ReplyStatus.SUBMITTED),         // replied on time
                row(AT, 8L, true, ReplyStatus.SUBMITTED),          // replied late
                row(AT, 9L, true, ReplyStatus.REOPENED),           // reply sent back: owes one again
                row(null, 10L, false, ReplyStatus.SUBMITTED)),     // replied without the reading recorded
                List.of());

        assertThat(board.standing()).isEqualTo(new Board.Standing(2, 1, 2, 1));
        Board.Standing standing = board.standing();
        assertThat(standing.onTime() + standing.late() + standing.readOnly() + standing.unread())
                .isEqualTo(board.rows().size());
    }

    @Test
    void anEmptyBoardCountsNothing() {
        assertThat(new Board(List.of(), List.of()).standing()).isEqualTo(new Board.Standing(0, 0, 0, 0));
    }

    private static BoardRow row(Instant readAt, Long replyId, boolean late, ReplyStatus status) {
        return new BoardRow(1, "SP 1", true, AT, readAt, readAt == null ? null : "anowak", replyId,
                replyId == null ? null : AT, late, status, null, 0);
    }
}
