/**
 * The assignment of places, in plain Java: candidate-proposing deferred acceptance over units with
 * capacities, priorities as lexicographic keys, ties at a unit's cut-off reported to the committee
 * instead of broken by lot. No server, no database: the recruitment feature feeds it and stores what
 * it returns.
 */
package pl.opium.recruitment.matching;
