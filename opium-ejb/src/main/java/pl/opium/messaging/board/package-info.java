/**
 * The author's side after sending: the status board of who received, read and replied, reminders by
 * hand and by plan, the board as XLSX, all replies as one ZIP, and the answers to a form message.
 */
package pl.opium.messaging.board;
