package pl.opium.notifications;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Something delivered to these people: a new message, or a reminder about one. Fire it as a CDI
 * event inside the transaction; it is sent after commit.
 */
public record Notice(NoticeKind kind, long messageId, String subject, String sender, LocalDate replyDeadline,
                     List<Long> accountIds) implements Serializable {

    public Notice {
        accountIds = List.copyOf(accountIds);
    }
}
