package pl.opium.recruitment.matching;

/**
 * A place the authority running a school adds at a unit for one candidate, so that siblings who
 * applied together learn together (see {@link Siblings}). It is the candidate's alone: it does not
 * take any of the unit's places and nobody else can use it; where the candidate gets a unit they list
 * higher, it stays empty. To the others it is as if the candidate had stopped their list at that
 * unit, which never makes anyone else's place worse.
 */
public record SiblingPlace(int candidate, int unit) {
}
