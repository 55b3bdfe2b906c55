package pl.opium.messaging.delivery;

/** Where a sent message waits for its fan-out. Senders depend on this port, not on JMS. */
public interface DeliveryQueue {

    /** Enqueues the fan-out of a sent message, in the caller's transaction. */
    void enqueue(long messageId);
}
