package pl.opium.messaging;

import pl.opium.identity.Caller;
import pl.opium.identity.Role;

/**
 * Who may follow a message from the department's side (its content before sending, its status
 * board and replies): the author, the head of the author's unit and the department director. The
 * recipients' side is decided by deliveries: a person sees what was delivered to them or to their
 * institution.
 */
final class MessageAccess {

    private MessageAccess() {
    }

    static boolean canFollow(Caller caller, long authorId, long unitId) {
        return caller.getAccountId() == authorId
                || caller.hasRole(Role.DEPARTMENT_DIRECTOR)
                || (caller.hasRole(Role.UNIT_HEAD) && caller.getUnitId() != null && caller.getUnitId() == unitId);
    }
}
