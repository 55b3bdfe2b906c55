package pl.opium.messaging.delivery;

import java.io.Serializable;
import java.time.Instant;

/** A fan-out that failed every retry and waits in the dead-letter queue: which message, since when. */
public record DeadLetter(String jmsId, long messageId, String subject, Instant enqueuedAt)
        implements Serializable {

    public String getJmsId() {
        return jmsId;
    }

    public long getMessageId() {
        return messageId;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getEnqueuedAt() {
        return enqueuedAt;
    }
}
