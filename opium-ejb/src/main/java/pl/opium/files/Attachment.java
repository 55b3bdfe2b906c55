package pl.opium.files;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A file as a message or a reply refers to it: the content (by its SHA-256 in the store) and the
 * name it was uploaded with. The same content under two names is two attachments and one file.
 */
@Embeddable
public class Attachment implements Serializable {

    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private long size;

    protected Attachment() {
    }

    public Attachment(String sha256, String fileName, String mediaType, long size) {
        this.sha256 = sha256;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
    }

    /** The file at a position of a message's or reply's list, as a download link names it; a clear refusal otherwise. */
    public static Attachment at(List<Attachment> files, int position) {
        if (position < 0 || position >= files.size()) {
            throw new FileRefusedException("files.missing", position);
        }
        return files.get(position);
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    /** Size for people: "512 B", "1,4 MB". */
    public String getSizeText() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return String.format(java.util.Locale.forLanguageTag("pl"), "%.1f kB", size / 1024.0);
        }
        return String.format(java.util.Locale.forLanguageTag("pl"), "%.1f MB", size / (1024.0 * 1024));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment a && a.sha256.equals(sha256) && a.fileName.equals(fileName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sha256, fileName);
    }

    @Override
    public String toString() {
        return fileName + " (" + sha256.substring(0, 12) + ", " + size + " B)";
    }
}
