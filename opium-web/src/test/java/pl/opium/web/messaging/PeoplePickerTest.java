package pl.opium.web.messaging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeoplePickerTest {

    private final PeoplePicker picker = new PeoplePicker();

    @Test
    void aPickedProposalIsListedOnceUnderItsLabelAndTheFieldEmpties() {
        pick(PersonToken.of(12, "Anna Nowak (SP 1)"));
        pick(PersonToken.of(7, "Jan Kowalski (Referat Przedszkoli)"));
        pick(PersonToken.of(12, "Anna Nowak (SP 1)"));

        assertThat(picker.getChosen()).containsExactly(new PeoplePicker.Person(12, "Anna Nowak (SP 1)"),
                new PeoplePicker.Person(7, "Jan Kowalski (Referat Przedszkoli)"));
        assertThat(picker.accountIds()).containsExactly(12L, 7L);
        assertThat(picker.getSearch()).isNull();
    }

    @Test
    void whatIsNotAProposalIsDropped() {
        pick("Anna Nowak");
        pick("   ");
        pick(null);

        assertThat(picker.getChosen()).isEmpty();
        assertThat(picker.getSearch()).isNull();
    }

    @Test
    void aRemovedPersonLeavesTheOthers() {
        pick(PersonToken.of(12, "Anna Nowak (SP 1)"));
        pick(PersonToken.of(7, "Jan Kowalski (SP 2)"));

        picker.remove(12);

        assertThat(picker.accountIds()).containsExactly(7L);
    }

    private void pick(String proposal) {
        picker.setSearch(proposal);
        picker.choose();
    }
}
