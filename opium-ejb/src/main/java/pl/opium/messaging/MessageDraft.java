package pl.opium.messaging;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What the author fills in on the compose page. */
public record MessageDraft(String subject, String body, Priority priority, ReplyExpected replyExpected,
                           LocalDate replyDeadline, boolean askDirector, List<Recipient> recipients)
        implements Serializable {

    public MessageDraft {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
