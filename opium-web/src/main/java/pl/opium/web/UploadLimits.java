package pl.opium.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import pl.opium.files.AttachmentService;

/** What every upload component says before a file is sent: the size limit, and the Polish message for a file over it. */
@Named
@ApplicationScoped
public class UploadLimits {

    @EJB
    private AttachmentService files;

    public long getMaxBytes() {
        return files.maxBytes();
    }

    public String getTooLargeMessage() {
        return Feedback.text("files.tooLarge", files.maxBytes() / (1024 * 1024));
    }
}
