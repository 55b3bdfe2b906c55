package pl.opium.files;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RLEDecompressingInputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Office files with macros as schools' programs leave them, crafted from real ones: a VBA project
 * whose modules hold no code (what Excel keeps after the macros are deleted), an .xls with an Excel
 * 4.0 macro sheet.
 */
public final class TestMacros {

    private TestMacros() {
    }

    /** The .xlsm with its VBA module's source replaced by the attribute line alone: a project with no code. */
    public static Path xlsmWithoutCode(Path xlsm, Path target, String module) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsm));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith("vbaProject.bin")) {
                    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
                        emptyModule((org.apache.poi.poifs.filesystem.DirectoryNode) fs.getRoot().getEntry("VBA"), module);
                        ByteArrayOutputStream written = new ByteArrayOutputStream();
                        fs.writeFilesystem(written);
                        content = written.toByteArray();
                    }
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
            }
        }
        return target;
    }

    /** The .xls with its VBA module's source replaced by the attribute line alone. */
    public static Path xlsWithoutCode(Path xls, Path target, String module) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(Files.newInputStream(xls))) {
            DirectoryEntry project = (DirectoryEntry) fs.getRoot().getEntry("_VBA_PROJECT_CUR");
            emptyModule((org.apache.poi.poifs.filesystem.DirectoryNode) project.getEntry("VBA"), module);
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }

    /**
     * A module stream is its compiled cache followed by the compressed source; the source is found
     * where decompressing yields the module's attribute line, and replaced by that line alone.
     */
    private static void emptyModule(org.apache.poi.poifs.filesystem.DirectoryNode vba, String module) throws IOException {
        byte[] stream;
        try (InputStream in = new DocumentInputStream((DocumentEntry) vba.getEntry(module))) {
            stream = in.readAllBytes();
        }
        String attribute = "Attribute VB_Name = \"" + module + "\"";
        for (int offset = 0; offset < stream.length; offset++) {
            if (stream[offset] == 1 && startsWith(stream, offset, attribute)) {
                ByteArrayOutputStream replaced = new ByteArrayOutputStream();
                replaced.write(stream, 0, offset);
                replaced.write(compressed((attribute + "\r\n").getBytes(StandardCharsets.ISO_8859_1)));
                vba.createOrUpdateDocument(module, new ByteArrayInputStream(replaced.toByteArray()));
                return;
            }
        }
        throw new IllegalStateException("no source found in " + module);
    }

    private static boolean startsWith(byte[] stream, int offset, String text) {
        try {
            byte[] source = RLEDecompressingInputStream.decompress(stream, offset, stream.length - offset);
            return new String(source, StandardCharsets.ISO_8859_1).startsWith(text);
        } catch (IOException | RuntimeException notHere) {
            return false;
        }
    }

    /** MS-OVBA's compressed container holding literals only (valid for sources under 4,096 bytes). */
    static byte[] compressed(byte[] source) {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        for (int i = 0; i < source.length; i += 8) {
            chunk.write(0);
            chunk.write(source, i, Math.min(8, source.length - i));
        }
        int size = chunk.size() + 2;
        int header = 0x8000 | 0x3000 | (size - 3);
        ByteArrayOutputStream container = new ByteArrayOutputStream();
        container.write(1);
        container.write(header & 0xff);
        container.write(header >> 8);
        container.writeBytes(chunk.toByteArray());
        return container.toByteArray();
    }

    /** An .xls of two sheets whose second is marked, as Excel writes it, an Excel 4.0 macro sheet. */
    public static byte[] xlsWithMacroSheet(String macroSheet) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Dane").createRow(0).createCell(0).setCellValue("Klasa");
            workbook.createSheet(macroSheet).createRow(0).createCell(0).setCellValue("=HALT()");
            workbook.write(written);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(written.toByteArray()))) {
            byte[] stream;
            try (InputStream in = fs.createDocumentInputStream("Workbook")) {
                stream = in.readAllBytes();
            }
            // records: sid and length (two bytes each), then data; BoundSheet8 (0x85) keeps the type at data byte 5
            int boundSheets = 0;
            for (int at = 0; at + 4 <= stream.length; ) {
                int sid = (stream[at] & 0xff) | (stream[at + 1] & 0xff) << 8;
                int length = (stream[at + 2] & 0xff) | (stream[at + 3] & 0xff) << 8;
                if (sid == 0x85 && ++boundSheets == 2) {
                    stream[at + 4 + 5] = 1;
                    break;
                }
                at += 4 + length;
            }
            fs.getRoot().createOrUpdateDocument("Workbook", new ByteArrayInputStream(stream));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
