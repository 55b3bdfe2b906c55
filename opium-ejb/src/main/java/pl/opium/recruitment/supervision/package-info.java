/**
 * The department's view over a campaign: applications by state, demand against places per unit and
 * district, and the children admitted nowhere with the nearest free place proposed.
 */
package pl.opium.recruitment.supervision;
