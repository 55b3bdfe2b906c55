package pl.opium.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A stored {@link Recipient}: its kind and the id it refers to. */
@Embeddable
public class RecipientRef {

    private String kind;

    @Column(name = "ref_id")
    private long refId;

    protected RecipientRef() {
    }

    static RecipientRef of(Recipient recipient) {
        RecipientRef ref = new RecipientRef();
        if (recipient instanceof Recipient.User user) {
            ref.kind = "USER";
            ref.refId = user.accountId();
        } else if (recipient instanceof Recipient.Institution institution) {
            ref.kind = "INSTITUTION";
            ref.refId = institution.institutionId();
        } else if (recipient instanceof Recipient.InstitutionGroup group) {
            ref.kind = "INSTITUTION_GROUP";
            ref.refId = group.groupId();
        } else if (recipient instanceof Recipient.UserGroup group) {
            ref.kind = "USER_GROUP";
            ref.refId = group.groupId();
        } else {
            throw new IllegalArgumentException("Unknown recipient " + recipient);
        }
        return ref;
    }

    Recipient toRecipient() {
        return switch (kind) {
            case "USER" -> new Recipient.User(refId);
            case "INSTITUTION" -> new Recipient.Institution(refId);
            case "INSTITUTION_GROUP" -> new Recipient.InstitutionGroup(refId);
            case "USER_GROUP" -> new Recipient.UserGroup(refId);
            default -> throw new IllegalStateException("Unknown recipient kind " + kind);
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecipientRef ref && ref.kind.equals(kind) && ref.refId == refId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, refId);
    }
}
