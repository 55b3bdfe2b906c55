package pl.opium.workflow;

import pl.opium.identity.Role;

import java.util.Set;

/**
 * One line of a transition table: in state {@code from}, {@code action} by someone holding one of
 * {@code roles} leads to {@code to}, provided the guard holds for the subject and the actor. When a
 * guard fails, {@code refusalKey} says why in the user's language.
 */
public record Transition<S extends Enum<S>, A extends Enum<A>, T>(S from, A action, S to, Set<Role> roles,
                                                                   Guard<T> guard, String refusalKey) {

    /** A condition on the subject and the actor, e.g. "the actor heads the author's unit". */
    @FunctionalInterface
    public interface Guard<T> {
        boolean allows(T subject, Actor actor);

        static <T> Guard<T> always() {
            return (subject, actor) -> true;
        }
    }

    public Transition {
        roles = Set.copyOf(roles);
    }

    boolean permits(T subject, Actor actor) {
        return actor.hasAnyOf(roles) && guard.allows(subject, actor);
    }
}
