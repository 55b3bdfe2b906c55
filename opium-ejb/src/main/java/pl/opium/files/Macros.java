package pl.opium.files;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.DocumentNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.LittleEndianInputStream;
import org.apache.tika.mime.MediaType;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Whether an Office file carries macros, where school viruses come from, and what they are: a VBA
 * project in an old Word, Excel or PowerPoint file or in an Open XML package (whatever its name says),
 * Excel 4.0 macro sheets (macros without any VBA project), Basic or scripts in an OpenDocument file.
 * Read from the file's structure, never its name; directories and record headers are read, nothing
 * is sized from the file.
 * <p>
 * A VBA project counts even when it holds no source code: Excel leaves one behind after the macros
 * are deleted, and its compiled form (p-code) can still run where the source is gone. The person is
 * told what was found and that saving as .xlsx/.docx removes it; surveys and attachments decide alike.
 */
public final class Macros {

    /** What was found and where: the module storage, the macro sheet's name, the script's path. */
    public record Found(Kind kind, String where) {
    }

    public enum Kind {
        /** A VBA project (with or without source code). */
        VBA_PROJECT,
        /** An Excel 4.0 (XLM) macro sheet, or an Excel 5 module sheet. */
        MACRO_SHEET,
        /** OpenDocument Basic or scripts. */
        SCRIPT
    }

    /** Storages an OLE2 Office file keeps its macros in (Excel, Word; PowerPoint's VBA is a stream of that name). */
    private static final Set<String> OLE2_MACRO_ENTRIES = Set.of("_vba_project_cur", "macros", "_vba_project", "vba");

    /** BIFF8 records of an .xls workbook's globals that say where its sheets are and what kind they are. */
    private static final int BOUND_SHEET = 0x0085;
    private static final int FILE_PASS = 0x002F;
    private static final int EOF = 0x000A;
    /** Sheet types of a BoundSheet8 record: 1 an Excel 4.0 macro sheet, 6 an Excel 5 VBA module sheet. */
    private static final int MACRO_SHEET = 1;
    private static final int VBA_MODULE_SHEET = 6;
    /** The globals of a real workbook come to a few thousand records; past this the file is not one. */
    private static final int MAX_GLOBAL_RECORDS = 100_000;

    private Macros() {
    }

    /** Whether an Office file of this type carries macros; other files (a ZIP of a website, a PDF) are not asked. */
    public static Optional<Found> in(Path file, MediaType type) {
        String subtype = type.getSubtype();
        boolean office = subtype.startsWith("vnd.openxmlformats") || subtype.startsWith("vnd.oasis.opendocument")
                || subtype.startsWith("vnd.ms-") || subtype.equals("msword") || subtype.startsWith("x-tika-");
        return office ? find(file) : Optional.empty();
    }

    /** The macros the file carries, if any (the first found). */
    public static Optional<Found> find(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return inPackage(zip);
        } catch (IOException notAZip) {
            // not a package: perhaps an old Office file
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            Optional<Found> project = vbaEntry(root, 0);
            return project.isPresent() ? project : macroSheet(root);
        } catch (IOException | RuntimeException notOle2) {
            return Optional.empty();
        }
    }

    private static Optional<Found> inPackage(ZipFile zip) {
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            // some programs write the names with backslashes
            String name = entries.nextElement().getName().replace('\\', '/');
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith("vbaproject.bin")) {
                return Optional.of(new Found(Kind.VBA_PROJECT, name));
            }
            if (lower.startsWith("xl/macrosheets/")) {
                return Optional.of(new Found(Kind.MACRO_SHEET, sheetName(zip, name.substring("xl/".length()))));
            }
            if (lower.startsWith("basic/") || lower.startsWith("scripts/")) {
                return Optional.of(new Found(Kind.SCRIPT, name));
            }
        }
        return Optional.empty();
    }

    /** A macro sheet's name as Excel shows it, from the workbook and its relationships; the part's name if they do not say. */
    private static String sheetName(ZipFile zip, String target) {
        String relationships = text(zip, "xl/_rels/workbook.xml.rels");
        Matcher relationship = Pattern.compile("<Relationship[^>]*?Id=\"([^\"]+)\"[^>]*?Target=\"/?(?:xl/)?"
                + Pattern.quote(target) + "\"").matcher(relationships);
        if (relationship.find()) {
            Matcher sheet = Pattern.compile("<sheet [^>]*?name=\"([^\"]+)\"[^>]*?r:id=\"" + Pattern.quote(relationship.group(1)) + "\"")
                    .matcher(text(zip, "xl/workbook.xml"));
            if (sheet.find()) {
                return sheet.group(1).replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">");
            }
        }
        return target;
    }

    /** The start of a small part of the package (the workbook and its relationships), at most 256 KB. */
    private static String text(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(256 * 1024), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static Optional<Found> vbaEntry(DirectoryNode directory, int depth) {
        for (Entry entry : directory) {
            if (OLE2_MACRO_ENTRIES.contains(entry.getName().toLowerCase(Locale.ROOT))) {
                return Optional.of(new Found(Kind.VBA_PROJECT, entry.getName()));
            }
            // a Word document keeps its macros under Macros, an embedded workbook one level down
            if (depth < 2 && entry instanceof DirectoryNode child) {
                Optional<Found> inside = vbaEntry(child, depth + 1);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An .xls names each sheet and its kind in the workbook's first records (BoundSheet8): an Excel
     * 4.0 macro sheet is a macro with no VBA project. Only the records' headers are read until the
     * globals end; an encrypted workbook (FilePass) is left to the refusal that follows.
     */
    private static Optional<Found> macroSheet(DirectoryNode root) {
        DocumentNode workbook = null;
        for (Entry entry : root) {
            if (entry instanceof DocumentNode document && entry.getName().equalsIgnoreCase("Workbook")) {
                workbook = document;
            }
        }
        if (workbook == null) {
            return Optional.empty();
        }
        try (LittleEndianInputStream in = new LittleEndianInputStream(new DocumentInputStream(workbook))) {
            for (int records = 0; records < MAX_GLOBAL_RECORDS; records++) {
                int sid = in.readUShort();
                int length = in.readUShort();
                if (sid == EOF || sid == FILE_PASS) {
                    return Optional.empty();
                }
                if (sid != BOUND_SHEET || length < 8) {
                    skip(in, length);
                    continue;
                }
                in.readInt();
                in.readUByte();
                int type = in.readUByte();
                int chars = in.readUByte();
                boolean wide = (in.readUByte() & 1) != 0;
                byte[] name = new byte[Math.min(chars * (wide ? 2 : 1), length - 8)];
                in.readFully(name);
                skip(in, length - 8 - name.length);
                if (type == MACRO_SHEET || type == VBA_MODULE_SHEET) {
                    return Optional.of(new Found(Kind.MACRO_SHEET,
                            new String(name, wide ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1)));
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException damaged) {
            // a stream that ends early is a damaged workbook, which reading it will say
            return Optional.empty();
        }
    }

    private static void skip(LittleEndianInputStream in, int bytes) throws IOException {
        if (in.skip(bytes) != bytes) {
            throw new EOFException();
        }
    }
}
