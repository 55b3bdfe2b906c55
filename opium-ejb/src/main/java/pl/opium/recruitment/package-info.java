/**
 * Online recruitment to preschools and schools, a sub-package per stage of the year: {@code campaign}
 * (the campaign, its schedule and criteria, institutions' offers of units and places), {@code application}
 * (parents' applications and the first-choice institution's verification), {@code assignment} (runs of the
 * {@code matching} engine, ties decided by committees, siblings placed together), {@code lists} (the lists
 * and documents), {@code appeal} (art. 158 and its deadlines), {@code supervision} (the department's view) and
 * {@code archive} (retention and purge). {@link pl.opium.recruitment.RecruitmentLookup} holds the lookups
 * their services share.
 */
package pl.opium.recruitment;
