/**
 * The parents' recruitment portal, packaged as its own WAR ({@code opium-portal.war}, context
 * {@code /rekrutacja}) so that it can sign parents in through the city's OIDC broker while the
 * intranet keeps its FORM login: plain, bookmarkable pages that work on a phone.
 */
package pl.opium.portal;
