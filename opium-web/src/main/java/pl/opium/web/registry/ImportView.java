package pl.opium.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import pl.opium.registry.ImportReport;
import pl.opium.registry.RspoImportService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/** Uploads an RSPO export and shows what was created, updated and refused, line by line. */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An RSPO export of a whole voivodeship is a few MB; anything far larger is not one. */
    static final long MAX_SIZE = 20L * 1024 * 1024;

    @EJB
    private transient RspoImportService importer;

    private transient UploadedFile file;
    private ImportReport report;

    public void upload() {
        report = null;
        if (file == null || file.getSize() == 0) {
            Feedback.error("registry.import.noFile");
            return;
        }
        if (file.getSize() > MAX_SIZE) {
            Feedback.error("registry.import.tooLarge", MAX_SIZE / 1024 / 1024);
            return;
        }
        Pages.attempt(() -> {
            try (InputStream in = file.getInputStream()) {
                report = importer.importCsv(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (report != null) {
            Feedback.info("registry.import.done", report.created(), report.updated(), report.rejected().size());
        }
    }

    /** The Polish sentences for one rejected line's problems. */
    public String problems(ImportReport.RejectedLine line) {
        return String.join("; ", line.problems().stream().map(Feedback::text).toList());
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }
}
