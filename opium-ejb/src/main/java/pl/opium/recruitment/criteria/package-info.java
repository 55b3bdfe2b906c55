/**
 * Recruitment criteria as configuration, and the priority keys they give a candidate at a unit: the
 * statutory and municipal criteria of preschools and primary schools, and the secondary schools'
 * points formula with laureates first and the statutory tie-break. Plain Java, no server.
 */
package pl.opium.recruitment.criteria;
