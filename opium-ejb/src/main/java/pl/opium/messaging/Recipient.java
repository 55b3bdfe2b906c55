package pl.opium.messaging;

import pl.opium.messaging.groups.UserGroup;

import java.io.Serializable;

/**
 * Whom the author addressed: a person, a user group somebody defined, an institution (reaching
 * everyone assigned to it) or an institution group (automatic by type, or chosen).
 */
public sealed interface Recipient extends Serializable {

    record User(long accountId) implements Recipient {
    }

    record UserGroup(long groupId) implements Recipient {
    }

    record Institution(long institutionId) implements Recipient {
    }

    record InstitutionGroup(long groupId) implements Recipient {
    }
}
