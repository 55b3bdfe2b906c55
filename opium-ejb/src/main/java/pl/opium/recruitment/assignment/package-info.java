/**
 * Assignment runs and what follows them: ties, siblings placed together, closing a round.
 *
 * <p>A tie is one concept met at three levels, each with its own type: the engine reports a
 * {@link pl.opium.recruitment.matching.Tie} over indices and takes a
 * {@link pl.opium.recruitment.matching.TieDecision}; {@link pl.opium.recruitment.assignment.Assignment} speaks in
 * ids: it reports a {@link pl.opium.recruitment.assignment.RunTie}, which the run stores as it came, and takes
 * a {@code Decision}; a committee's decision is stored as a
 * {@link pl.opium.recruitment.assignment.TieResolution}; {@link pl.opium.recruitment.assignment.OpenTie} is a
 * tie as the committee reads it (names, places, what was decided before).
 */
package pl.opium.recruitment.assignment;
