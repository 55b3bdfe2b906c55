/**
 * Guaranteed delivery: a sent message's recipients resolved against the registry, one JMS message per
 * fan-out, idempotent deliveries per recipient, and the dead letters an administrator retries.
 */
package pl.opium.messaging.delivery;
