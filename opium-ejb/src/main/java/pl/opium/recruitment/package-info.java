/**
 * Online recruitment to preschools and schools: campaigns with their schedule and criteria
 * ({@link pl.opium.recruitment.Schedule} refuses anything outside its step), institutions' offers of
 * units and places, parents' applications, verification by the first-choice institution, assignment
 * runs over the {@code matching} engine with ties decided by committees, confirmation of will, lists,
 * appeals with their statutory deadlines and the supplementary round.
 */
package pl.opium.recruitment;
