/**
 * The recipients' side: inboxes, reading (recorded once, by whom), replies with their deadline, and
 * form messages to fill in.
 */
package pl.opium.messaging.inbox;
