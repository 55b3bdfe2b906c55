package pl.opium.surveys;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.util.TempFile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;

/**
 * The last step of writing a merged workbook, done on two threads: SXSSF compresses each sheet's
 * XML into the file one after the other on the calling thread (4 s of a 20 s merge, with the other
 * core idle). Here each sheet is compressed into a temporary file as raw deflate data, sheets in
 * parallel (the calling thread and one task of the executor take sheets from a common list), and
 * the entries then go into the file as they are, in the template's order.
 */
final class SheetCompression {

    /** One sheet's entry: the template's XML around the sheet data, and the rows SXSSF wrote. */
    record Job(String entryName, byte[] template, SheetXml rows) {
    }

    /** The rows' XML of a sheet, as SXSSF kept it. */
    @FunctionalInterface
    interface SheetXml {
        InputStream open() throws IOException;
    }

    private record Compressed(Path file, long crc, long size, long compressedSize) {
    }

    private SheetCompression() {
    }

    /**
     * Writes the workbook: the template's entries in order, each sheet (by entry name) with its rows.
     */
    static void write(ZipEntrySource template, Map<String, SheetXml> sheets, Executor helper, OutputStream out)
            throws IOException {
        List<? extends ZipArchiveEntry> entries = Collections.list(template.getEntries());
        List<Job> jobs = new ArrayList<>();
        for (ZipArchiveEntry entry : entries) {
            SheetXml rows = sheets.get(entry.getName());
            if (rows != null) {
                try (InputStream in = template.getInputStream(entry)) {
                    jobs.add(new Job(entry.getName(), in.readAllBytes(), rows));
                }
            }
        }
        Compressed[] done = compressAll(jobs, helper);
        // a plain zip stream: POI's own (OpcZipArchiveOutputStream) does not count raw entries' bytes
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
        zip.setUseZip64(Zip64Mode.AsNeeded);
        zip.setLevel(Deflater.BEST_SPEED);
        try {
            for (ZipArchiveEntry entry : entries) {
                int job = indexOf(jobs, entry.getName());
                if (job < 0) {
                    ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                    zip.putArchiveEntry(copy);
                    try (InputStream in = template.getInputStream(entry)) {
                        in.transferTo(zip);
                    }
                    zip.closeArchiveEntry();
                } else {
                    Compressed sheet = done[job];
                    ZipArchiveEntry raw = new ZipArchiveEntry(entry.getName());
                    raw.setMethod(ZipEntry.DEFLATED);
                    raw.setCrc(sheet.crc());
                    raw.setSize(sheet.size());
                    raw.setCompressedSize(sheet.compressedSize());
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(sheet.file()), 1 << 16)) {
                        zip.addRawArchiveEntry(raw, in);
                    }
                }
            }
            zip.finish();
        } finally {
            for (Compressed sheet : done) {
                if (sheet != null) {
                    Files.deleteIfExists(sheet.file());
                }
            }
        }
    }

    private static int indexOf(List<Job> jobs, String name) {
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i).entryName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Compresses every job, on this thread and one task of {@code helper}; the first failure is thrown. */
    private static Compressed[] compressAll(List<Job> jobs, Executor helper) throws IOException {
        Compressed[] done = new Compressed[jobs.size()];
        IOException[] failure = new IOException[1];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(jobs.size());
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < jobs.size(); i = next.getAndIncrement()) {
                try {
                    done[i] = compress(jobs.get(i));
                } catch (IOException | RuntimeException e) {
                    synchronized (failure) {
                        failure[0] = failure[0] == null ? asIo(e) : failure[0];
                    }
                } finally {
                    finished.countDown();
                }
            }
        };
        try {
            helper.execute(worker);
        } catch (RejectedExecutionException busy) {
            // the calling thread compresses them all
        }
        worker.run();
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Merge interrupted", e);
        }
        synchronized (failure) {
            if (failure[0] != null) {
                for (Compressed sheet : done) {
                    if (sheet != null) {
                        Files.deleteIfExists(sheet.file());
                    }
                }
                throw failure[0];
            }
        }
        return done;
    }

    private static IOException asIo(Exception e) {
        return e instanceof IOException io ? io : new IOException(e);
    }

    /** The template's XML up to its (empty) sheet data, the rows, and the rest: raw deflate data, with its CRC and sizes. */
    private static Compressed compress(Job job) throws IOException {
        String xml = new String(job.template(), StandardCharsets.UTF_8);
        int start = xml.indexOf("<sheetData");
        if (start < 0) {
            throw new IOException("No sheet data in " + job.entryName());
        }
        int end = xml.startsWith("<sheetData/>", start) ? start + "<sheetData/>".length()
                : xml.indexOf("</sheetData>", start) + "</sheetData>".length();
        Path file = TempFile.createTempFile("opium-sheet", ".deflate").toPath();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        CRC32 crc = new CRC32();
        try {
            try (OutputStream out = new CheckedOutputStream(new DeflaterOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), deflater, 1 << 16), crc);
                 InputStream rows = job.rows().open()) {
                out.write(xml.substring(0, start).getBytes(StandardCharsets.UTF_8));
                out.write("<sheetData>".getBytes(StandardCharsets.UTF_8));
                rows.transferTo(out);
                out.write("</sheetData>".getBytes(StandardCharsets.UTF_8));
                out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
            }
            return new Compressed(file, crc.getValue(), deflater.getBytesRead(), deflater.getBytesWritten());
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(file);
            throw e;
        } finally {
            deflater.end();
        }
    }
}
