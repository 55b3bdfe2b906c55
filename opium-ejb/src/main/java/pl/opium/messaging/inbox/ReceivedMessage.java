package pl.opium.messaging.inbox;

import pl.opium.messaging.Message;

import java.io.Serializable;

/**
 * A message as its recipient sees it: the message, the reply given so far (by the institution, or
 * by the person where the message was addressed to them) and whether a reply may be given now.
 */
public record ReceivedMessage(Message message, Reply reply, boolean replyPossible) implements Serializable {

    public Message getMessage() {
        return message;
    }

    public Reply getReply() {
        return reply;
    }

    public boolean isReplyPossible() {
        return replyPossible;
    }
}
