package pl.opium.files;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.mime.MediaType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Whether an Office file carries macros, where school viruses come from: a VBA project in an old
 * Word, Excel or PowerPoint file or in an Open XML package (whatever its name says), Basic or scripts
 * in an OpenDocument file. Read from the file's structure, never its name; only directories are
 * listed, nothing is read into memory.
 */
public final class Macros {

    /** Storages an OLE2 Office file keeps its macros in (Excel, Word; PowerPoint's VBA is a stream of that name). */
    private static final Set<String> OLE2_MACRO_ENTRIES = Set.of("_vba_project_cur", "macros", "_vba_project", "vba");

    private Macros() {
    }

    /** Whether an Office file of this type carries macros; other files (a ZIP of a website, a PDF) are not asked. */
    public static boolean in(Path file, MediaType type) {
        String subtype = type.getSubtype();
        boolean office = subtype.startsWith("vnd.openxmlformats") || subtype.startsWith("vnd.oasis.opendocument")
                || subtype.startsWith("vnd.ms-") || subtype.equals("msword") || subtype.startsWith("x-tika-");
        return office && in(file);
    }

    static boolean in(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName().replace('\\', '/').toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.startsWith("xl/macrosheets/")
                        || name.startsWith("basic/") || name.startsWith("scripts/")) {
                    return true;
                }
            }
            return false;
        } catch (IOException notAZip) {
            // not a package: perhaps an old Office file
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return hasMacroEntry(fs.getRoot(), 0);
        } catch (IOException | RuntimeException notOle2) {
            return false;
        }
    }

    private static boolean hasMacroEntry(DirectoryNode directory, int depth) {
        for (Entry entry : directory) {
            if (OLE2_MACRO_ENTRIES.contains(entry.getName().toLowerCase(Locale.ROOT))) {
                return true;
            }
            // a Word document keeps its macros under Macros, an embedded workbook one level down
            if (depth < 2 && entry instanceof DirectoryNode child && hasMacroEntry(child, depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
