package pl.opium.surveys;

import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Opens what schools send as survey workbooks, after deciding from the content (never the name) what
 * the file is. Only plain workbooks pass: .xlsx and .xls without macros or encryption. Everything
 * else is refused with a key that tells the person what to do.
 */
public final class SurveyWorkbooks {

    enum Format { XLSX, XLS }

    private SurveyWorkbooks() {
    }

    /** Opens a workbook whole, with its styles, protection and merged cells: for templates, which are small. */
    public static Workbook openWhole(Path file) {
        UploadLimits.apply();
        Format format = inspect(file);
        if (format == Format.XLS) {
            return openXls(file);
        }
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw new SurveyFileException("surveys.encrypted");
        } catch (IOException | RuntimeException e) {
            throw new SurveyFileException(UploadLimits.refusedAsBomb(e) ? "surveys.tooCompressed" : "surveys.corrupt");
        }
    }

    /**
     * A workbook "protected" only with Excel's default read password ({@code VelvetSweatshop}, which
     * Excel uses when a file is marked read-only-recommended) is no secret: POI opens it without asking,
     * so the file is replaced by its content. Any other password leaves it as it is, to be refused.
     */
    static void openDefaultPassword(Path file) {
        try (InputStream head = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            if (FileMagic.valueOf(head) != FileMagic.OLE2) {
                return;
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        Path plain = null;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (!has(fs.getRoot(), "EncryptionInfo")) {
                return;
            }
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            if (!decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
                return;
            }
            plain = Files.createTempFile(file.getParent(), "bez-hasla-", ".xlsx");
            try (InputStream in = decryptor.getDataStream(fs)) {
                Files.copy(in, plain, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // not an encrypted package POI can open: inspect() says what it is
            deleteQuietly(plain);
            return;
        }
        try {
            Files.move(plain, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(plain);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }

    /** Opens an .xls (at most 65,536 rows a sheet, so read whole). */
    static Workbook openXls(Path file) {
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
            return new HSSFWorkbook(fs.getRoot(), true);
        } catch (EncryptedDocumentException e) {
            closeQuietly(fs);
            throw new SurveyFileException("surveys.encrypted");
        } catch (OldExcelFormatException e) {
            closeQuietly(fs);
            throw new SurveyFileException("surveys.oldFormat");
        } catch (IOException | RuntimeException e) {
            closeQuietly(fs);
            throw new SurveyFileException("surveys.corrupt");
        }
    }

    /** What the file is, from its first bytes and its inner structure. */
    static Format inspect(Path file) {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (EmptyFileException e) {
            throw new SurveyFileException("surveys.notExcel");
        } catch (IOException e) {
            throw new SurveyFileException("surveys.corrupt");
        }
        if (magic == FileMagic.OOXML) {
            return inspectZip(file);
        }
        if (magic == FileMagic.OLE2) {
            return inspectOle2(file);
        }
        if (magic == FileMagic.BIFF2 || magic == FileMagic.BIFF3 || magic == FileMagic.BIFF4) {
            // Excel 2.x–4.0 wrote a bare BIFF stream, not a compound file: Excel, but too old to read
            throw new SurveyFileException("surveys.oldFormat");
        }
        throw new SurveyFileException("surveys.notExcel");
    }

    private static Format inspectZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/vbaProject.bin") != null || hasExcel4Macros(zip)) {
                throw new SurveyFileException("surveys.macros");
            }
            if (zip.getEntry("xl/workbook.bin") != null) {
                throw new SurveyFileException("surveys.binaryFormat");
            }
            ZipEntry workbook = zip.getEntry("xl/workbook.xml");
            if (workbook == null) {
                throw new SurveyFileException("surveys.notExcel");
            }
            if (isStrict(zip, workbook)) {
                throw new SurveyFileException("surveys.strictFormat");
            }
            return Format.XLSX;
        } catch (IOException e) {
            throw new SurveyFileException("surveys.corrupt");
        }
    }

    /** Excel 4.0 macro sheets: macros without a VBA project, kept as sheets of their own. */
    private static boolean hasExcel4Macros(ZipFile zip) {
        return zip.stream().anyMatch(entry -> entry.getName().startsWith("xl/macrosheets/"));
    }

    /** "Strict Open XML" names its parts in other namespaces, which POI does not read. */
    private static boolean isStrict(ZipFile zip, ZipEntry workbook) throws IOException {
        try (InputStream in = zip.getInputStream(workbook)) {
            String start = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return start.contains("purl.oclc.org/ooxml/spreadsheetml");
        }
    }

    private static Format inspectOle2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (has(root, "EncryptionInfo")) {
                throw new SurveyFileException("surveys.encrypted");
            }
            if (has(root, "_VBA_PROJECT_CUR")) {
                throw new SurveyFileException("surveys.macros");
            }
            if (has(root, "Workbook")) {
                return Format.XLS;
            }
            if (has(root, "Book")) {
                throw new SurveyFileException("surveys.oldFormat");
            }
            throw new SurveyFileException("surveys.notExcel");
        } catch (IOException | RuntimeException e) {
            if (e instanceof SurveyFileException refusal) {
                throw refusal;
            }
            throw new SurveyFileException("surveys.corrupt");
        }
    }

    /** Entry names as Excel writes them vary in case ("Workbook", "WORKBOOK"). */
    private static boolean has(DirectoryNode root, String name) {
        for (Entry entry : root) {
            if (entry.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        if (fs != null) {
            try {
                fs.close();
            } catch (IOException ignored) {
                // the refusal that follows is what matters
            }
        }
    }
}
