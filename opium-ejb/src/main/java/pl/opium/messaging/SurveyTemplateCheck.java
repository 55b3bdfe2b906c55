package pl.opium.messaging;

import pl.opium.files.Attachment;

import java.util.List;

/**
 * Checks a survey message's template against the sheets its author marked, before the message is
 * saved: the surveys feature provides it ({@code pl.opium.surveys.TemplateCheck}), so that messaging
 * does not depend on surveys, which depend on messaging.
 */
public interface SurveyTemplateCheck {

    /** Refuses, with a Polish message naming the sheet, a template whose marked sheets cannot be read. */
    void verify(Attachment template, List<SurveySheet> sheets);
}
