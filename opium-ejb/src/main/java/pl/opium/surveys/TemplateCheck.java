package pl.opium.surveys;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.messaging.SurveySheet;
import pl.opium.messaging.SurveyTemplateCheck;

import java.util.List;

/** The surveys feature's check of a template, for messaging to call when a survey message is saved. */
@ApplicationScoped
public class TemplateCheck implements SurveyTemplateCheck {

    @EJB
    private AttachmentService files;

    @Override
    public void verify(Attachment template, List<SurveySheet> sheets) {
        if (sheets.isEmpty()) {
            throw new OpiumException("surveys.noStructureSheet");
        }
        SurveyTemplate.read(files.path(template),
                sheets.stream().map(sheet -> new SheetStructure(sheet.getSheetName(), sheet.getHeaderRows())).toList());
    }
}
