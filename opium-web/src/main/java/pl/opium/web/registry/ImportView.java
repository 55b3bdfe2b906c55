package pl.opium.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import pl.opium.registry.AddressRegisterService;
import pl.opium.registry.ImportReport;
import pl.opium.registry.RspoImportService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Uploads the registers the city keeps elsewhere: an RSPO export (institutions created and updated)
 * and a PRG export of the city's address points (replacing the register the department's place
 * proposals measure distances with); shows what was taken and what was refused, line by line.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An RSPO export of a whole voivodeship is a few MB; anything far larger is not one. */
    static final long MAX_SIZE = 20L * 1024 * 1024;
    /** Warsaw has some 150,000 address points, about 20 MB as CSV; under the container's 60 MB. */
    static final long MAX_PRG_SIZE = 50L * 1024 * 1024;

    @EJB
    private transient RspoImportService importer;

    @EJB
    private transient AddressRegisterService addresses;

    private transient UploadedFile file;
    private ImportReport report;
    private transient UploadedFile prgFile;
    private long prgPoints;
    private List<ImportReport.RejectedLine> prgRejected;

    public void upload() {
        report = read(file, MAX_SIZE, "registry.import.tooLarge", importer::importCsv).orElse(null);
        if (report != null) {
            Feedback.info("registry.import.done", report.created(), report.updated(), report.rejected().size());
        }
    }

    /** Replaces the address-point register with the file's points. */
    public void uploadPrg() {
        read(prgFile, MAX_PRG_SIZE, "registry.prg.tooLarge", addresses::importPrg).ifPresent(result -> {
            prgPoints = result.points().size();
            prgRejected = result.rejected();
            Feedback.info("registry.prg.done", prgPoints, prgRejected.size());
        });
    }

    /** Runs the import on the uploaded file, or says in Polish why it cannot. */
    private static <T> Optional<T> read(UploadedFile upload, long maxSize, String tooLarge,
                                        Function<InputStream, T> importer) {
        if (upload == null || upload.getSize() == 0) {
            Feedback.error("registry.import.noFile");
            return Optional.empty();
        }
        if (upload.getSize() > maxSize) {
            Feedback.error(tooLarge, maxSize / 1024 / 1024);
            return Optional.empty();
        }
        return Pages.call(() -> {
            try (InputStream in = upload.getInputStream()) {
                return importer.apply(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The Polish sentences for one rejected line's problems. */
    public String problems(ImportReport.RejectedLine line) {
        return String.join("; ", line.problems().stream().map(Feedback::text).toList());
    }

    /** How many address points the register holds now. */
    public long getAddressPoints() {
        return addresses.count();
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

    public UploadedFile getPrgFile() {
        return prgFile;
    }

    public void setPrgFile(UploadedFile prgFile) {
        this.prgFile = prgFile;
    }

    /** The lines of the last PRG file that were not taken, or null before an upload. */
    public List<ImportReport.RejectedLine> getPrgRejected() {
        return prgRejected;
    }

    public long getPrgPoints() {
        return prgPoints;
    }
}
