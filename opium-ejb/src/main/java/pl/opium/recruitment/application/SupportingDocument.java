package pl.opium.recruitment.application;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import pl.opium.files.Attachment;

import java.io.Serializable;

/** A document confirming a declared criterion (a statement, a certificate), as a stored file. */
@Embeddable
public class SupportingDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    private String criterion;

    @Embedded
    private Attachment file;

    protected SupportingDocument() {
    }

    public SupportingDocument(String criterion, Attachment file) {
        this.criterion = criterion;
        this.file = file;
    }

    public String getCriterion() {
        return criterion;
    }

    public Attachment getFile() {
        return file;
    }
}
