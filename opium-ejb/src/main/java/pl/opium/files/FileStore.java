package pl.opium.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.tika.mime.MediaType;

/**
 * Files kept under the SHA-256 of their content ({@code ab/cd/abcd…}), so a file sent to 300
 * institutions is stored once. An upload is streamed to a temporary file while it is hashed and
 * counted, checked, and only then moved into place in one step: a refused or broken upload leaves
 * nothing behind, and a reader never sees a half-written file.
 */
public final class FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_NAME_LENGTH = 255;

    private final Path root;
    private final long maxBytes;

    public FileStore(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores the stream's content and returns the attachment naming it; refuses (and keeps nothing)
     * an empty file, one over the limit, one without a name or of a type schools do not exchange.
     */
    public Attachment store(InputStream content, String fileName) {
        return storeChecked(content, fileName, maxBytes, null);
    }

    /**
     * Stores an upload that must be one of the {@code accepted} media types (a PDF or a photograph for
     * a certificate) and at most {@code limit} bytes; a refusal keeps nothing.
     */
    public Attachment store(InputStream content, String fileName, long limit, Set<String> accepted) {
        return storeChecked(content, fileName, Math.min(limit, maxBytes), accepted);
    }

    /**
     * Stores a file the platform made itself (a merged survey, say), which may be larger than
     * people may upload; it is checked like any other file.
     */
    public Attachment storeGenerated(InputStream content, String fileName) {
        return storeChecked(content, fileName, Long.MAX_VALUE, null);
    }

    private Attachment storeChecked(InputStream content, String fileName, long limit, Set<String> accepted) {
        String name = cleanName(fileName);
        Path temp = null;
        try {
            Files.createDirectories(root.resolve("tmp"));
            temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(content, temp, sha, limit);
            if (size == 0) {
                throw new FileRefusedException("files.empty", name);
            }
            MediaType type = FileTypes.detect(temp, name);
            if (!FileTypes.allowed(type)) {
                throw new FileRefusedException("files.typeNotAllowed", name, type.toString());
            }
            if (accepted != null && !accepted.contains(type.getBaseType().toString())) {
                throw new FileRefusedException("files.typeNotAccepted", name, FileTypes.names(accepted));
            }
            Optional<Macros.Found> macros = Macros.in(temp, type);
            if (macros.isPresent()) {
                throw new FileRefusedException(switch (macros.get().kind()) {
                    case VBA_PROJECT -> "files.macros";
                    case MACRO_SHEET -> "files.macroSheet";
                    case SCRIPT -> "files.scripts";
                }, name, macros.get().where());
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            if (moveIntoPlace(temp, path(hash))) {
                temp = null;
            }
            return new Attachment(hash, name, type.toString(), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The stored content; the caller closes the stream. */
    public InputStream open(String sha256) throws IOException {
        try {
            return Files.newInputStream(path(sha256));
        } catch (NoSuchFileException e) {
            throw new FileRefusedException("files.missing", sha256);
        }
    }

    public boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /**
     * Deletes the content unless it was stored again since {@code decidedAt} (when the caller found
     * no row referring to it): an upload of the same bytes in between keeps it.
     */
    public boolean delete(String sha256, Instant decidedAt) {
        Path file = path(sha256);
        try {
            if (!Files.isRegularFile(file) || Files.getLastModifiedTime(file).toInstant().isAfter(decidedAt)) {
                return false;
            }
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes what nothing refers to: stored contents not in {@code referenced} and leftovers of
     * uploads, both last written before {@code before} (younger ones may belong to a save not yet
     * committed). Returns how many files went.
     */
    public int sweep(Set<String> referenced, Instant before) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            int deleted = 0;
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                boolean content = SHA256.matcher(name).matches() && file.equals(path(name));
                boolean leftover = file.getParent().equals(root.resolve("tmp"));
                if ((content && !referenced.contains(name) || leftover)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the content lies, for readers that need a file (Excel workbooks are read in place). */
    public Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private long copyLimited(InputStream content, Path temp, MessageDigest sha, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                size += n;
                if (size > limit) {
                    throw new FileRefusedException("files.tooLarge", Math.max(1, Math.min(limit, maxBytes) / (1024 * 1024)));
                }
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    /**
     * Moves the upload into place; false when the same content is there already (the old file is
     * kept, it is identical, and the caller drops the new copy).
     */
    private static boolean moveIntoPlace(Path temp, Path target) throws IOException {
        if (Files.exists(target)) {
            // stored again: a deletion that decided before now that nothing refers to it must leave it
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            return false;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException e) {
            // another upload of the same content won the race; both copies are the same bytes
            return false;
        } catch (AtomicMoveNotSupportedException e) {
            throw new IllegalStateException("The file store must be on one file system: " + target, e);
        }
    }

    /** The name as people see it, without a path a browser may have sent along. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            throw new FileRefusedException("files.noName");
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a leftover in tmp/ is harmless: it is never referenced
            }
        }
    }
}
