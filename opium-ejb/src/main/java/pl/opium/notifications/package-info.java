/**
 * Telling people that something reached them: an e-mail through WildFly's mail session and a push
 * to any browser they have open. Both observe {@link pl.opium.notifications.Notice} after the
 * transaction that caused it commits, so nothing is announced that did not happen.
 */
package pl.opium.notifications;
