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
import pl.opium.files.Macros;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

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
     * Makes a school's upload readable as Excel would read it, in place, before it is checked and
     * stored: a workbook locked only with Excel's default password is unlocked, and a package whose
     * entry names use backslashes (as some programs write them) gets the names Open XML prescribes.
     */
    public static void prepare(Path file) {
        openDefaultPassword(file);
        forwardSlashes(file);
    }

    /**
     * A package whose entry names use backslashes ({@code xl\workbook.xml}) is rewritten with slashes;
     * Excel opens such files, POI does not. The copy is bounded like any reading of an upload: an entry
     * that inflates beyond the zip-bomb ratio or size stops it, and the file stays as it was, to be refused.
     */
    static void forwardSlashes(Path file) {
        if (magicOf(file) != FileMagic.OOXML) {
            return;
        }
        Path fixed = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.stream().noneMatch(entry -> entry.getName().indexOf('\\') >= 0)) {
                return;
            }
            fixed = Files.createTempFile(file.getParent(), "ukosniki-", ".xlsx");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(fixed))) {
                Set<String> written = new HashSet<>();
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    String name = entry.getName().replace('\\', '/');
                    if (entry.isDirectory() || !written.add(name)) {
                        continue;
                    }
                    out.putNextEntry(new ZipEntry(name));
                    long allowed = Math.min(UploadLimits.MAX_ENTRY_SIZE,
                            Math.max(1L << 20, (long) (entry.getCompressedSize() / UploadLimits.MIN_INFLATE_RATIO)));
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(new BoundedOutput(out, allowed));
                    }
                    out.closeEntry();
                }
            }
            Files.move(fixed, file, StandardCopyOption.REPLACE_EXISTING);
            fixed = null;
        } catch (IOException | RuntimeException e) {
            // not a package that can be repaired: inspect() says what it is
        } finally {
            deleteQuietly(fixed);
        }
    }

    /** What the file's first bytes say it is; {@link FileMagic#UNKNOWN} if they cannot be read. */
    private static FileMagic magicOf(Path file) {
        try (InputStream head = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            return FileMagic.valueOf(head);
        } catch (IOException | RuntimeException e) {
            return FileMagic.UNKNOWN;
        }
    }

    /** Passes bytes on until a limit, then refuses: a copy cannot grow past what an upload may unpack to. */
    private static final class BoundedOutput extends java.io.FilterOutputStream {
        private long left;

        BoundedOutput(java.io.OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            left -= length;
            if (left < 0) {
                throw new IOException("limit reached");
            }
            out.write(bytes, offset, length);
        }

        @Override
        public void close() {
            // the zip stream is closed by its owner
        }
    }

    /**
     * A workbook "protected" only with Excel's default read password ({@code VelvetSweatshop}, which
     * Excel uses when a file is marked read-only-recommended) is no secret: POI opens it without asking,
     * so the file is replaced by its content. Any other password leaves it as it is, to be refused.
     */
    static void openDefaultPassword(Path file) {
        if (magicOf(file) != FileMagic.OLE2) {
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
        if (magic == FileMagic.OOXML || magic == FileMagic.OLE2) {
            refuseMacros(file);
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

    /** Macros of any kind, found as the file store finds them, so that a copy and an attachment are judged alike. */
    private static void refuseMacros(Path file) {
        Macros.find(file).ifPresent(found -> {
            throw new SurveyFileException(found.kind() == Macros.Kind.MACRO_SHEET ? "surveys.macroSheet" : "surveys.macros",
                    found.where());
        });
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
