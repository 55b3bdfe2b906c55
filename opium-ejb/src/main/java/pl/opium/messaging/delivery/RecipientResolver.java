package pl.opium.messaging.delivery;

import pl.opium.messaging.Recipient;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns what the author addressed into who receives it, at the moment of sending: one delivery per
 * institution and one per person, each at most once however many ways it was addressed.
 * Deactivated institutions and accounts receive nothing. The result is stored with the message, so
 * later changes to the registry or to groups do not rewrite whom a message went to.
 */
public final class RecipientResolver {

    /** What the resolver needs to know of the registry and accounts, now. */
    public interface Directory {
        /** Active accounts assigned to an active institution; empty for an inactive one. */
        Collection<Long> activeAccountsOf(long institutionId);

        boolean isActiveInstitution(long institutionId);

        boolean isActiveAccount(long accountId);

        Collection<Long> membersOfUserGroup(long groupId);

        /** Institutions in an institution group now, as {@code GroupResolver} decides. */
        Collection<Long> institutionsOfGroup(long groupId);
    }

    /** Who receives the message: institutions and people, each once, in id order. */
    public record Resolution(SortedSet<Long> institutions, SortedSet<Long> accounts) {
        public int deliveryCount() {
            return institutions.size() + accounts.size();
        }
    }

    private RecipientResolver() {
    }

    public static Resolution resolve(Collection<Recipient> recipients, Directory directory) {
        SortedSet<Long> institutions = new TreeSet<>();
        SortedSet<Long> accounts = new TreeSet<>();
        for (Recipient recipient : recipients) {
            if (recipient instanceof Recipient.User user) {
                addPerson(user.accountId(), directory, accounts);
            } else if (recipient instanceof Recipient.UserGroup group) {
                directory.membersOfUserGroup(group.groupId()).forEach(member -> addPerson(member, directory, accounts));
            } else if (recipient instanceof Recipient.Institution institution) {
                addInstitution(institution.institutionId(), directory, institutions, accounts);
            } else if (recipient instanceof Recipient.InstitutionGroup group) {
                directory.institutionsOfGroup(group.groupId())
                        .forEach(id -> addInstitution(id, directory, institutions, accounts));
            }
        }
        return new Resolution(Collections.unmodifiableSortedSet(institutions),
                Collections.unmodifiableSortedSet(accounts));
    }

    private static void addInstitution(long id, Directory directory, Set<Long> institutions, Set<Long> accounts) {
        if (directory.isActiveInstitution(id)) {
            institutions.add(id);
            accounts.addAll(directory.activeAccountsOf(id));
        }
    }

    private static void addPerson(long accountId, Directory directory, Set<Long> accounts) {
        if (directory.isActiveAccount(accountId)) {
            accounts.add(accountId);
        }
    }
}
