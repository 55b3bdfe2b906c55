package pl.opium.web.surveys;

import org.primefaces.event.FileUploadEvent;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.messaging.SurveySheet;
import pl.opium.surveys.SheetStructure;
import pl.opium.surveys.SurveyService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The survey part of the compose page: the uploaded template and, for each of its sheets with
 * content, whether it defines the survey and how many rows its header has (proposed from the file).
 */
public final class SurveyTemplateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Attachment template;
    private final List<SheetChoice> sheets = new ArrayList<>();

    /** Fills the form from a saved draft. */
    public void load(Attachment saved, List<SurveySheet> structure) {
        template = saved;
        sheets.clear();
        structure.forEach(sheet -> sheets.add(new SheetChoice(sheet.getSheetName(), sheet.getHeaderRows())));
    }

    /** Stores the template and proposes its structure; a file that is no plain workbook is refused and dropped. */
    public void upload(FileUploadEvent event, AttachmentService files, SurveyService surveys) {
        Pages.call(() -> {
            Attachment stored;
            try (InputStream in = event.getFile().getInputStream()) {
                stored = files.store(in, event.getFile().getFileName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Proposal(stored, surveys.propose(stored));
        }).ifPresent(proposal -> {
            template = proposal.template();
            sheets.clear();
            proposal.structure().forEach(s -> sheets.add(new SheetChoice(s.sheetName(), s.headerRows())));
            Feedback.info("surveys.templateAdded", template.getFileName(), sheets.size());
        });
    }

    private record Proposal(Attachment template, List<SheetStructure> structure) implements Serializable {
    }

    public List<SheetStructure> structure() {
        return sheets.stream().filter(SheetChoice::isIncluded)
                .map(s -> new SheetStructure(s.getName(), s.getHeaderRows())).toList();
    }

    public List<SurveySheet> surveySheets() {
        return structure().stream().map(s -> new SurveySheet(s.sheetName(), s.headerRows())).toList();
    }

    public Attachment getTemplate() {
        return template;
    }

    public List<SheetChoice> getSheets() {
        return sheets;
    }
}
