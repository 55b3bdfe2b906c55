/**
 * Messages from the department to institutions: composing, the approval chain (head of unit, then
 * where required the department director), guaranteed delivery over JMS, reading, replies and
 * reminders. {@link pl.opium.messaging.MessageApproval} is the approval chain as a workflow table.
 */
package pl.opium.messaging;
