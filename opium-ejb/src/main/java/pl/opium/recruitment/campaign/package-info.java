/**
 * A recruitment campaign: its level and school year, its schedule ({@link pl.opium.recruitment.campaign.Schedule}
 * refuses anything outside its step), the municipal criteria, and the institutions' offers of units and
 * places with their approval by the department.
 */
package pl.opium.recruitment.campaign;
