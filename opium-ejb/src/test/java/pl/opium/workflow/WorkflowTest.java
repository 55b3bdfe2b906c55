package pl.opium.workflow;

import org.junit.jupiter.api.Test;
import pl.opium.identity.Role;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkflowTest {

    enum State { OPEN, DONE }

    enum Action { CLOSE, REOPEN }

    private static final Actor OFFICER = new Actor(1, "o", Set.of(Role.DEPARTMENT_OFFICER), 1L, null);

    @Test
    void firstLineWhoseGuardHoldsDecidesTheTarget() {
        Workflow<State, Action, Integer> workflow = Workflow.<State, Action, Integer>named("t")
                .allow(State.OPEN, Action.CLOSE, State.DONE, Set.of(Role.DEPARTMENT_OFFICER), (n, a) -> n > 10, "tooSmall")
                .allow(State.OPEN, Action.CLOSE, State.OPEN, Set.of(Role.DEPARTMENT_OFFICER), (n, a) -> n > 5, "tooSmall")
                .build();

        assertThat(workflow.apply(State.OPEN, Action.CLOSE, 11, OFFICER).to()).isEqualTo(State.DONE);
        assertThat(workflow.apply(State.OPEN, Action.CLOSE, 6, OFFICER).to()).isEqualTo(State.OPEN);
        assertThatThrownBy(() -> workflow.apply(State.OPEN, Action.CLOSE, 1, OFFICER))
                .isInstanceOf(WorkflowException.class).extracting("messageKey").isEqualTo("tooSmall");
    }

    @Test
    void aTransitionNobodyMayTakeIsAMistakeInTheTable() {
        assertThatThrownBy(() -> Workflow.<State, Action, Integer>named("t")
                .allow(State.OPEN, Action.CLOSE, State.DONE, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownMoveAndWrongRoleAreRefusedWithDifferentReasons() {
        Workflow<State, Action, Integer> workflow = Workflow.<State, Action, Integer>named("t")
                .allow(State.OPEN, Action.CLOSE, State.DONE, Set.of(Role.UNIT_HEAD))
                .build();

        assertThatThrownBy(() -> workflow.apply(State.DONE, Action.CLOSE, 0, OFFICER))
                .extracting("messageKey").isEqualTo("workflow.illegal");
        assertThatThrownBy(() -> workflow.apply(State.OPEN, Action.CLOSE, 0, OFFICER))
                .extracting("messageKey").isEqualTo("workflow.notAllowed");
        assertThat(workflow.allowedActions(State.OPEN, 0, OFFICER)).isEmpty();
    }
}
