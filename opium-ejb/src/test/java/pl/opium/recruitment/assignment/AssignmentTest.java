package pl.opium.recruitment.assignment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentTest {

    private static Assignment.Candidate candidate(long application, long[] units, long... keys) {
        return new Assignment.Candidate(application, units, keys);
    }

    /** Unit 700 has one place and three applicants; 501 and 502 tie above 503. Unit 800 has room. */
    private static List<Assignment.Candidate> applicants() {
        return List.of(
                candidate(503, new long[]{700, 800}, 1, 1),
                candidate(501, new long[]{700, 800}, 5, 5),
                candidate(502, new long[]{700}, 5),
                candidate(504, new long[]{800}, 0));
    }

    @Test
    void aTieIsReportedByApplicationAndDecidedByTheCommittee() {
        Map<Long, Integer> places = Map.of(700L, 1, 800L, 5);
        Assignment.Outcome provisional = Assignment.run(places, applicants(), List.of());
        assertThat(provisional.isFinal()).isFalse();
        assertThat(provisional.ties()).containsExactly(new RunTie(700, 5, 1, List.of(501L, 502L)));

        Assignment.Outcome decided = Assignment.run(places, applicants(),
                List.of(new Assignment.Decision(700, List.of(502L, 501L), 0, "Rodzeństwo uczęszcza do przedszkola")));
        assertThat(decided.isFinal()).isTrue();
        assertThat(decided.placed()).containsEntry(502L, 700L).containsEntry(501L, 800L).containsEntry(503L, 800L)
                .containsEntry(504L, 800L);
        assertThat(decided.cutoff()).containsEntry(700L, 5L).containsEntry(800L, 0L);
        assertThat(decided.free()).containsEntry(700L, 0).containsEntry(800L, 2);

        Assignment.Outcome widened = Assignment.run(places, applicants(),
                List.of(new Assignment.Decision(700, List.of(), 1, "Organ prowadzący zwiększył liczbę miejsc")));
        assertThat(widened.placed()).containsEntry(501L, 700L).containsEntry(502L, 700L).containsEntry(503L, 800L);
    }

    @Test
    void theSameInputsInAnyOrderGiveTheSameResultAndDigest() {
        Map<Long, Integer> places = Map.of(700L, 1, 800L, 5);
        List<Assignment.Decision> decisions = List.of(new Assignment.Decision(700, List.of(502L, 501L), 0, "uzasadnienie"));
        Assignment.Outcome first = Assignment.run(places, applicants(), decisions);
        List<Assignment.Candidate> shuffled = new ArrayList<>(applicants());
        Collections.reverse(shuffled);
        Assignment.Outcome second = Assignment.run(new java.util.HashMap<>(places), shuffled, decisions);
        assertThat(second.placed()).isEqualTo(first.placed());
        assertThat(second.digest()).isEqualTo(first.digest()).hasSize(64);

        Assignment.Outcome otherDecision = Assignment.run(places, applicants(),
                List.of(new Assignment.Decision(700, List.of(501L, 502L), 0, "uzasadnienie")));
        assertThat(otherDecision.digest()).isNotEqualTo(first.digest());
        assertThat(otherDecision.placed()).containsEntry(501L, 700L);
    }

    @Test
    void aSiblingPlaceIsTakenByItsApplicationAloneAndCountsInTheDigest() {
        Map<Long, Integer> places = Map.of(700L, 1, 800L, 5);
        List<Assignment.Decision> decisions = List.of(new Assignment.Decision(700, List.of(502L, 501L), 0, "uzasadnienie"));
        Assignment.Outcome apart = Assignment.run(places, applicants(), decisions);
        assertThat(apart.placed()).containsEntry(502L, 700L).containsEntry(501L, 800L);

        Assignment.Outcome together = Assignment.run(places, applicants(), decisions,
                List.of(new Assignment.SiblingDecision(501, 700)));
        assertThat(together.placed()).containsEntry(501L, 700L).containsEntry(502L, 700L).containsEntry(503L, 800L);
        assertThat(together.onSiblingPlaces()).containsExactly(501L);
        assertThat(together.cutoff()).containsEntry(700L, 5L);
        assertThat(together.free()).as("the unit's own place is the one 502 holds").containsEntry(700L, 0);
        assertThat(together.digest()).isNotEqualTo(apart.digest());

        // a decision for an application no longer in the run, or for a unit it does not list, changes nothing
        Assignment.Outcome ignored = Assignment.run(places, applicants(), decisions,
                List.of(new Assignment.SiblingDecision(999, 700), new Assignment.SiblingDecision(504, 700)));
        assertThat(ignored.placed()).isEqualTo(apart.placed());
        assertThat(ignored.digest()).isEqualTo(apart.digest());
        assertThat(ignored.onSiblingPlaces()).isEmpty();
    }
}
