package pl.opium.messaging.inbox;

import pl.opium.messaging.Priority;
import pl.opium.messaging.ReplyExpected;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One line of a person's inbox. */
public record InboxItem(long messageId, String subject, String unitName, Priority priority, Instant deliveredAt,
                        boolean read, ReplyExpected replyExpected, LocalDate replyDeadline, boolean replied,
                        int reminderCount) implements Serializable {

    /** EL reads getters, not record components. */
    public long getMessageId() {
        return messageId;
    }

    public String getSubject() {
        return subject;
    }

    public String getUnitName() {
        return unitName;
    }

    public Priority getPriority() {
        return priority;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public boolean isRead() {
        return read;
    }

    public ReplyExpected getReplyExpected() {
        return replyExpected;
    }

    public LocalDate getReplyDeadline() {
        return replyDeadline;
    }

    public boolean isReplied() {
        return replied;
    }

    public int getReminderCount() {
        return reminderCount;
    }
}
