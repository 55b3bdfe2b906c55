package pl.opium.workflow;

import pl.opium.identity.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A process as data: its transition table. The engine finds, for a state and an action, the first
 * line whose roles and guard admit the actor — so one action may lead to different states under
 * different guards (approval by the head goes to the director only where the unit requires it).
 * The same table answers which actions a person may take now (the buttons a view shows) and can be
 * drawn as a diagram.
 *
 * @param <S> the states
 * @param <A> the actions
 * @param <T> the subject (a message, an application) that guards look at
 */
public final class Workflow<S extends Enum<S>, A extends Enum<A>, T> {

    private final String name;
    private final List<Transition<S, A, T>> table;

    private Workflow(String name, List<Transition<S, A, T>> table) {
        this.name = name;
        this.table = List.copyOf(table);
    }

    public static <S extends Enum<S>, A extends Enum<A>, T> Builder<S, A, T> named(String name) {
        return new Builder<>(name);
    }

    /**
     * The state the action leads to, or a refusal: {@code workflow.illegal} when no line starts in
     * this state with this action, {@code workflow.notAllowed} when none admits this person, or the
     * refusal key of the first line whose roles fit but whose guard does not hold.
     */
    public Transition<S, A, T> apply(S current, A action, T subject, Actor actor) {
        List<Transition<S, A, T>> candidates = table.stream()
                .filter(t -> t.from() == current && t.action() == action)
                .toList();
        if (candidates.isEmpty()) {
            throw new WorkflowException("workflow.illegal", action.name(), current.name());
        }
        for (Transition<S, A, T> candidate : candidates) {
            if (candidate.permits(subject, actor)) {
                return candidate;
            }
        }
        String refusal = candidates.stream()
                .filter(t -> actor.hasAnyOf(t.roles()) && t.refusalKey() != null)
                .map(Transition::refusalKey)
                .findFirst()
                .orElse("workflow.notAllowed");
        throw new WorkflowException(refusal, action.name(), current.name());
    }

    /** The actions this person may take now, in table order, each once. */
    public List<A> allowedActions(S current, T subject, Actor actor) {
        Set<A> allowed = new LinkedHashSet<>();
        for (Transition<S, A, T> transition : table) {
            if (transition.from() == current && transition.permits(subject, actor)) {
                allowed.add(transition.action());
            }
        }
        return List.copyOf(allowed);
    }

    public List<Transition<S, A, T>> transitions() {
        return table;
    }

    /** The table as a Mermaid state diagram, for the documentation and the admin pages. */
    public String toMermaid() {
        StringBuilder diagram = new StringBuilder("stateDiagram-v2\n");
        for (Transition<S, A, T> t : table) {
            diagram.append("    ").append(t.from().name()).append(" --> ").append(t.to().name())
                    .append(" : ").append(t.action().name()).append(" (").append(String.join(", ",
                            t.roles().stream().map(Role::name).sorted().toList())).append(")\n");
        }
        return diagram.toString();
    }

    public String getName() {
        return name;
    }

    /** Builds a table line by line, in the order the engine tries them. */
    public static final class Builder<S extends Enum<S>, A extends Enum<A>, T> {
        private final String name;
        private final List<Transition<S, A, T>> table = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder<S, A, T> allow(S from, A action, S to, Set<Role> roles) {
            return allow(from, action, to, roles, Transition.Guard.always(), null);
        }

        public Builder<S, A, T> allow(S from, A action, S to, Set<Role> roles, Transition.Guard<T> guard,
                                      String refusalKey) {
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("A transition nobody may take: " + from + " " + action);
            }
            table.add(new Transition<>(from, action, to, EnumSet.copyOf(roles), guard, refusalKey));
            return this;
        }

        public Workflow<S, A, T> build() {
            return new Workflow<>(name, table);
        }
    }
}
