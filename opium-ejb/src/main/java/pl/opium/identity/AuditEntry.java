package pl.opium.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import pl.opium.persistence.Identified;

import java.time.Instant;

/**
 * One line of the audit log: who did what to which record, when and from where. Never changed:
 * Hibernate writes no update of it, and on PostgreSQL a trigger refuses any change or deletion.
 */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "audit_entry")
public class AuditEntry extends Identified {

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    private String details;

    @Column(name = "remote_address")
    private String remoteAddress;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, AuditAction action, String targetType, String targetId,
               String details, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 1997) + "...";
        this.remoteAddress = remoteAddress;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetails() {
        return details;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
