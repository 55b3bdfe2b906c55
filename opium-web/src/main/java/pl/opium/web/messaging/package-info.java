/**
 * Messages in the browser: composing, the approval chain's buttons, the department's lists and a
 * sent message's status board; the recipients' inbox (pushed live) and replies; and downloads.
 */
package pl.opium.web.messaging;
