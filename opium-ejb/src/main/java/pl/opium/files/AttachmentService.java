package pl.opium.files;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server's attachment store. Where it lives and how large a file may be come from system
 * properties ({@code opium.files.dir}, default {@code <server data dir>/opium-files};
 * {@code opium.attachment.maxMegabytes}, default 50). Who may read a file is decided by the
 * feature that owns it (a message, a reply) before it asks here.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class AttachmentService {

    static final long DEFAULT_MAX_MEGABYTES = 50;

    private FileStore store;

    @PostConstruct
    void open() {
        String dir = System.getProperty("opium.files.dir",
                Path.of(System.getProperty("jboss.server.data.dir", "."), "opium-files").toString());
        long megabytes = Long.getLong("opium.attachment.maxMegabytes", DEFAULT_MAX_MEGABYTES);
        store = new FileStore(Path.of(dir), megabytes * 1024 * 1024);
    }

    /** Keeps an uploaded file; a refusal ({@link FileRefusedException}) says why in Polish. */
    public Attachment store(InputStream content, String fileName) {
        return store.store(content, fileName);
    }

    /** Keeps an upload that must be one of the accepted media types and at most {@code limit} bytes. */
    public Attachment store(InputStream content, String fileName, long limit, java.util.Set<String> accepted) {
        return store.store(content, fileName, limit, accepted);
    }

    /** Keeps a file the platform made itself; no upload limit applies. */
    public Attachment storeGenerated(InputStream content, String fileName) {
        return store.storeGenerated(content, fileName);
    }

    public InputStream open(Attachment attachment) throws IOException {
        return store.open(attachment.getSha256());
    }

    /** The stored file itself, read-only by convention: for readers that need a file, not a stream. */
    public Path path(Attachment attachment) {
        Path path = store.path(attachment.getSha256());
        if (!Files.isRegularFile(path)) {
            throw new FileRefusedException("files.missing", attachment.getFileName());
        }
        return path;
    }

    /** Deletes the content unless stored again since the caller decided nothing refers to it. */
    public boolean delete(String sha256, java.time.Instant decidedAt) {
        return store.delete(sha256, decidedAt);
    }

    /** Deletes stored contents not in {@code referenced} and upload leftovers, written before {@code before}. */
    public int sweep(java.util.Set<String> referenced, java.time.Instant before) {
        return store.sweep(referenced, before);
    }

    public long maxBytes() {
        return store.maxBytes();
    }
}
