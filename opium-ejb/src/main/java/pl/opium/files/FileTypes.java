package pl.opium.files;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * What a file really is, judged by Apache Tika from its first bytes (the name only refines a
 * generic container such as ZIP into .docx), and whether schools may exchange it. A program
 * renamed to "plan.pdf" is still a program and is refused.
 */
public final class FileTypes {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    /** Documents, spreadsheets, presentations, images and archives people send each other. */
    private static final Set<MediaType> ALLOWED = Set.of(
            MediaType.application("pdf"),
            MediaType.TEXT_PLAIN,
            MediaType.text("csv"),
            MediaType.application("rtf"),
            MediaType.application("msword"),
            MediaType.application("vnd.ms-excel"),
            MediaType.application("vnd.ms-powerpoint"),
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            MediaType.application("vnd.openxmlformats-officedocument.presentationml.presentation"),
            MediaType.application("vnd.oasis.opendocument.text"),
            MediaType.application("vnd.oasis.opendocument.spreadsheet"),
            MediaType.application("vnd.oasis.opendocument.presentation"),
            MediaType.application("x-tika-msoffice"),
            MediaType.application("x-tika-ooxml"),
            MediaType.image("jpeg"),
            MediaType.image("png"),
            MediaType.image("gif"),
            MediaType.image("tiff"),
            MediaType.image("webp"),
            MediaType.application("zip"),
            MediaType.application("x-7z-compressed"),
            MediaType.application("x-rar-compressed"),
            MediaType.application("xml"),
            MediaType.application("vnd.ms-outlook"),
            MediaType.parse("message/rfc822"));

    private FileTypes() {
    }

    /** The type of the file's content, using its name only where the content leaves a choice. */
    public static MediaType detect(Path file, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return TYPES.detect(in, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Only the listed types themselves: a Java archive is a ZIP too, but it is not on the list. Office
     * files with macros, where school viruses come from, are separate types and so are refused.
     */
    public static boolean allowed(MediaType type) {
        return ALLOWED.contains(type.getBaseType());
    }

    /** The types as people know them, for a refusal: "PDF, JPEG, PNG". */
    public static String names(Set<String> mediaTypes) {
        return mediaTypes.stream().map(type -> MediaType.parse(type).getSubtype().toUpperCase(java.util.Locale.ROOT))
                .sorted().collect(java.util.stream.Collectors.joining(", "));
    }
}
