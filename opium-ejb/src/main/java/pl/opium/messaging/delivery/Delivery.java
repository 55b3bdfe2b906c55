package pl.opium.messaging.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import pl.opium.identity.UserAccount;
import pl.opium.messaging.Message;
import pl.opium.persistence.BaseEntity;
import pl.opium.registry.Institution;

import java.time.Instant;

/**
 * One message delivered to one institution or one person. The recipient key is unique per message
 * in the database, which is what makes delivery idempotent.
 */
@Entity
public class Delivery extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Message message;

    @Column(name = "recipient_key")
    private String recipientKey;

    @ManyToOne(fetch = FetchType.LAZY)
    private Institution institution;

    @ManyToOne(fetch = FetchType.LAZY)
    private UserAccount account;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "read_by")
    private String readBy;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "reminder_count")
    private int reminderCount;

    protected Delivery() {
    }

    static String institutionKey(long institutionId) {
        return "I:" + institutionId;
    }

    static String accountKey(long accountId) {
        return "U:" + accountId;
    }

    private Delivery(Message message, String recipientKey, Instant at) {
        this.message = message;
        this.recipientKey = recipientKey;
        this.deliveredAt = at;
    }

    static Delivery toInstitution(Message message, Institution institution, Instant at) {
        Delivery delivery = new Delivery(message, institutionKey(institution.getId()), at);
        delivery.institution = institution;
        return delivery;
    }

    static Delivery toAccount(Message message, UserAccount account, Instant at) {
        Delivery delivery = new Delivery(message, accountKey(account.getId()), at);
        delivery.account = account;
        return delivery;
    }

    /** The first opening marks the message received (who, when); later openings change nothing. */
    public boolean markRead(String username, Instant at) {
        if (readAt != null) {
            return false;
        }
        readAt = at;
        readBy = username;
        return true;
    }

    public void remind(Instant at) {
        remindedAt = at;
        reminderCount++;
    }

    public Message getMessage() {
        return message;
    }

    public Institution getInstitution() {
        return institution;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public int getReminderCount() {
        return reminderCount;
    }

    public String getRecipientKey() {
        return recipientKey;
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
}
