package pl.opium.messaging.board;

import pl.opium.messaging.inbox.ReplyStatus;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a message's status board: an institution (or a person addressed directly), whether
 * the message reached it, was opened (by whom, when) and answered (when, late or not).
 */
public record BoardRow(long deliveryId, String recipient, boolean institution, Instant deliveredAt, Instant readAt,
                       String readBy, Long replyId, Instant repliedAt, boolean late, ReplyStatus replyStatus,
                       String replyText, int reminderCount) implements Serializable {

    /** Still owes an answer: none given, or the given one was sent back for correction. */
    public boolean isWaiting() {
        return replyId == null || replyStatus == ReplyStatus.REOPENED;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean isReplied() {
        return replyId != null;
    }

    public long getDeliveryId() {
        return deliveryId;
    }

    public String getRecipient() {
        return recipient;
    }

    public boolean isInstitution() {
        return institution;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getReadBy() {
        return readBy;
    }

    public Long getReplyId() {
        return replyId;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public boolean isLate() {
        return late;
    }

    public ReplyStatus getReplyStatus() {
        return replyStatus;
    }

    public String getReplyText() {
        return replyText;
    }

    public int getReminderCount() {
        return reminderCount;
    }
}
