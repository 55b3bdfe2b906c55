package pl.opium.recruitment.campaign;

import org.junit.jupiter.api.Test;
import pl.opium.OpiumException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommitteeMemberTest {

    private static final CommitteeMember CHAIR = new CommitteeMember("Ewa", "Wrona", true);
    private static final CommitteeMember SOWA = new CommitteeMember("Jan", "Sowa", false);
    private static final CommitteeMember CZAPLA = new CommitteeMember(" Iga ", "Czapla ", false);

    @Test
    void threePeopleWithOneChairAreACommittee() {
        assertThatCode(() -> CommitteeMember.requireCommittee(List.of(SOWA, CHAIR, CZAPLA))).doesNotThrowAnyException();
    }

    @Test
    void twoPeopleAreTooFew() {
        refused(List.of(CHAIR, SOWA), "recruitment.committee.size");
    }

    @Test
    void theCommitteeHasExactlyOneChair() {
        refused(List.of(SOWA, CZAPLA, new CommitteeMember("Ola", "Kos", false)), "recruitment.committee.oneChair");
        refused(List.of(CHAIR, SOWA, new CommitteeMember("Ola", "Kos", true)), "recruitment.committee.oneChair");
    }

    @Test
    void everyMemberHasANameAndAppearsOnce() {
        refused(List.of(CHAIR, SOWA, new CommitteeMember("Ola", "  ", false)), "recruitment.committee.nameMissing");
        refused(List.of(CHAIR, SOWA, new CommitteeMember("JAN", "SOWA", false)), "recruitment.committee.twice");
        refused(List.of(CHAIR, SOWA, new CommitteeMember("Ola", "K".repeat(101), false)), "recruitment.committee.nameTooLong");
    }

    private static void refused(List<CommitteeMember> members, String key) {
        assertThatThrownBy(() -> CommitteeMember.requireCommittee(members))
                .isInstanceOfSatisfying(OpiumException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
