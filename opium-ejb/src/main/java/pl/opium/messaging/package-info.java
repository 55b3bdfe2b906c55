/**
 * Messages from the department to institutions: composing and the approval chain (head of unit, then
 * where required the department director; {@link pl.opium.messaging.MessageApproval} is the chain as a
 * workflow table); sub-packages for {@code delivery} (guaranteed, over JMS), the recipients' {@code inbox}
 * (reading, replies), the author's status {@code board} (who read and replied, reminders, downloads) and
 * user {@code groups}.
 */
package pl.opium.messaging;
