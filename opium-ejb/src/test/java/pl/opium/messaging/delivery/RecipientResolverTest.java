package pl.opium.messaging.delivery;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import pl.opium.messaging.Recipient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientResolverTest {

    /** Institutions 1, 2, 3 (3 inactive); accounts 11, 12 at 1, 21 at 2, 31 at 3; 90, 91 department people, 99 inactive. */
    private static final RecipientResolver.Directory CITY = new DirectorySnapshot(Set.of(1L, 2L),
            Set.of(11L, 12L, 21L, 90L, 91L), Map.of(1L, List.of(11L, 12L), 2L, List.of(21L), 3L, List.of(31L)),
            groupId -> groupId == 700 ? List.of(1L, 2L, 3L) : List.of(2L),
            groupId -> groupId == 500 ? List.of(90L, 91L, 99L, 11L) : List.of());

    @Test
    void institutionReachesTheInstitutionAndEveryoneAssignedToIt() {
        RecipientResolver.Resolution resolution = RecipientResolver.resolve(List.of(new Recipient.Institution(1)), CITY);

        assertThat(resolution.institutions()).containsExactly(1L);
        assertThat(resolution.accounts()).containsExactly(11L, 12L);
        assertThat(resolution.deliveryCount()).isEqualTo(3);
    }

    @Test
    void everyoneIsReachedOnceHoweverManyWaysTheyWereAddressed() {
        RecipientResolver.Resolution resolution = RecipientResolver.resolve(List.of(new Recipient.InstitutionGroup(700),
                new Recipient.Institution(2), new Recipient.InstitutionGroup(701), new Recipient.User(11),
                new Recipient.UserGroup(500), new Recipient.User(90)), CITY);

        assertThat(resolution.institutions()).containsExactly(1L, 2L);
        assertThat(resolution.accounts()).containsExactly(11L, 12L, 21L, 90L, 91L);
    }

    @Test
    void deactivatedInstitutionsAndAccountsReceiveNothing() {
        RecipientResolver.Resolution resolution = RecipientResolver.resolve(List.of(new Recipient.Institution(3),
                new Recipient.User(99), new Recipient.User(31)), CITY);

        assertThat(resolution.institutions()).isEmpty();
        assertThat(resolution.accounts()).isEmpty();
    }

    @Property
    void theOrderOfRecipientsDoesNotChangeWhoReceives(@ForAll @Size(max = 12) List<@IntRange(min = 0, max = 5) Integer> picks) {
        List<Recipient> all = List.of(new Recipient.Institution(1), new Recipient.Institution(3), new Recipient.User(90),
                new Recipient.UserGroup(500), new Recipient.InstitutionGroup(700), new Recipient.InstitutionGroup(701));
        List<Recipient> chosen = new ArrayList<>(picks.stream().map(all::get).toList());
        RecipientResolver.Resolution forward = RecipientResolver.resolve(chosen, CITY);
        Collections.reverse(chosen);

        RecipientResolver.Resolution backward = RecipientResolver.resolve(chosen, CITY);

        assertThat(backward).isEqualTo(forward);
        assertThat(forward.accounts()).allMatch(CITY::isActiveAccount);
        assertThat(forward.institutions()).allMatch(CITY::isActiveInstitution);
    }
}
