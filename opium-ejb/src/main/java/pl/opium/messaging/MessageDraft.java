package pl.opium.messaging;

import pl.opium.files.Attachment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What the author fills in on the compose page. */
public record MessageDraft(String subject, String body, Priority priority, ReplyExpected replyExpected,
                           LocalDate replyDeadline, boolean askDirector, List<Recipient> recipients,
                           List<Attachment> attachments, Attachment surveyTemplate, List<SurveySheet> surveySheets,
                           Long formId)
        implements Serializable {

    public MessageDraft {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        surveySheets = surveySheets == null ? List.of() : List.copyOf(surveySheets);
    }

    /** A draft that is neither a survey nor a form. */
    public MessageDraft(String subject, String body, Priority priority, ReplyExpected replyExpected,
                        LocalDate replyDeadline, boolean askDirector, List<Recipient> recipients,
                        List<Attachment> attachments) {
        this(subject, body, priority, replyExpected, replyDeadline, askDirector, recipients, attachments, null, List.of(),
                null);
    }

    /** A draft without files. */
    public MessageDraft(String subject, String body, Priority priority, ReplyExpected replyExpected,
                        LocalDate replyDeadline, boolean askDirector, List<Recipient> recipients) {
        this(subject, body, priority, replyExpected, replyDeadline, askDirector, recipients, List.of());
    }
}
