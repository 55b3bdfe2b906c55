package pl.opium.web.recruitment;

import org.junit.jupiter.api.Test;
import pl.opium.recruitment.assignment.OpenTie;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TieDecisionFormTest {

    private static final List<OpenTie.Tied> TIED = List.of(new OpenTie.Tied(11, "Nowak Ola"), new OpenTie.Tied(12, "Wójcik Ewa"),
            new OpenTie.Tied(13, "Zając Jan"));

    private static TieDecisionForm row(List<Long> decided) {
        return new TieDecisionForm(new OpenTie(1, 0, "Tęcza", "P 4", 1, "20 pkt", TIED, decided.isEmpty() ? null : "p04.dyrektor", decided, List.of()));
    }

    @Test
    void theCommitteeStartsFromTheAlphabeticalOrderAndGetsTheOrderItNumbered() {
        TieDecisionForm row = row(List.of());
        assertThat(row.bestFirst()).containsExactly(11L, 12L, 13L);
        row.getRanks().put(11L, 3);
        row.getRanks().put(13L, 1);
        assertThat(row.bestFirst()).containsExactly(13L, 12L, 11L);
    }

    @Test
    void aDecisionAlreadyRecordedIsShownAsItWasGiven() {
        assertThat(row(List.of(13L, 11L, 12L)).getRanks()).containsEntry(13L, 1).containsEntry(11L, 2).containsEntry(12L, 3);
    }

    @Test
    void numbersThatAreNotOneToNEachOnceAreNoOrder() {
        TieDecisionForm twice = row(List.of());
        twice.getRanks().put(12L, 1);
        assertThat(twice.bestFirst()).isNull();

        TieDecisionForm gap = row(List.of());
        gap.getRanks().put(13L, 4);
        assertThat(gap.bestFirst()).isNull();

        TieDecisionForm missing = row(List.of());
        missing.getRanks().put(12L, null);
        assertThat(missing.bestFirst()).isNull();
    }
}
