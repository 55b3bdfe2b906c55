package pl.opium.messaging;

import java.io.Serializable;
import java.time.LocalDate;

/** What the author fills in on the compose page. */
public record MessageDraft(String subject, String body, Priority priority, ReplyExpected replyExpected,
                           LocalDate replyDeadline, boolean askDirector) implements Serializable {
}
