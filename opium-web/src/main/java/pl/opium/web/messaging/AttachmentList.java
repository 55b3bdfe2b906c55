package pl.opium.web.messaging;

import org.primefaces.event.FileUploadEvent;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The files someone is attaching on a page (a message, a reply): each is stored the moment it
 * arrives (the store keeps one copy per content) and listed until the page saves them with its
 * record. A refused file gets its Polish reason and is not listed.
 */
public final class AttachmentList implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Attachment> files = new ArrayList<>();

    void addAll(Collection<Attachment> existing) {
        files.addAll(existing);
    }

    void upload(FileUploadEvent event, AttachmentService store) {
        stored(event, store).ifPresent(files::add);
    }

    /** Stores an uploaded file and says so; a refused file is reported and gives nothing. */
    public static Optional<Attachment> stored(FileUploadEvent event, AttachmentService store) {
        return stored(event, (in, name) -> store.store(in, name));
    }

    /** Stores an uploaded file through a service that checks first who may keep it there. */
    public static Optional<Attachment> stored(FileUploadEvent event, Keeper keeper) {
        Optional<Attachment> stored = Pages.call(() -> {
            try (InputStream in = event.getFile().getInputStream()) {
                return keeper.keep(in, event.getFile().getFileName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        stored.ifPresent(attachment -> Feedback.info("messaging.fileAdded", attachment.getFileName()));
        return stored;
    }

    /** Adds an upload kept by a service that checks who may keep it there first (a reply's files). */
    void upload(FileUploadEvent event, Keeper keeper) {
        stored(event, keeper).ifPresent(files::add);
    }

    /** Where an upload goes: the store itself, or a service that checks first. */
    @FunctionalInterface
    public interface Keeper {
        Attachment keep(InputStream content, String fileName);
    }

    public void remove(int index) {
        if (index >= 0 && index < files.size()) {
            files.remove(index);
        }
    }

    public List<Attachment> getFiles() {
        return files;
    }
}
