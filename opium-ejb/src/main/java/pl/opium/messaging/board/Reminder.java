package pl.opium.messaging.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import pl.opium.messaging.Message;
import pl.opium.persistence.Identified;

import java.time.Instant;

/** A reminder that went out to everyone who had not replied: when, why, by whom, to how many. */
@Entity
public class Reminder extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Message message;

    @Enumerated(EnumType.STRING)
    private ReminderKind kind;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_by")
    private String sentBy;

    @Column(name = "recipient_count")
    private int recipientCount;

    protected Reminder() {
    }

    Reminder(Message message, ReminderKind kind, String sentBy, int recipientCount, Instant at) {
        this.message = message;
        this.kind = kind;
        this.sentBy = sentBy;
        this.recipientCount = recipientCount;
        this.sentAt = at;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public int getRecipientCount() {
        return recipientCount;
    }
}
