package pl.opium.surveys;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merges 320 replies of a template with 3 sheets x 1,000 rows x 20 columns (19.2 million cells) in a
 * JVM limited to 512 MB of heap, three times (copies read on a second thread, as in the server), and prints wall time, peak heap and the size of the
 * result. Run with {@code mvn test -Pbenchmark -pl opium-ejb}; figures go to docs/PERFORMANCE.md.
 */
class SurveyMergeBenchmark {

    private static final int INSTITUTIONS = 320;
    private static final int ROWS = 1_000;
    private static final int COLUMNS = 20;
    private static final String[] SHEETS = {"Uczniowie", "Kadra", "Wydatki"};

    @Test
    void merge320Replies() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "survey-benchmark"));
        Path template = dir.resolve("szablon.xlsx");
        Path reply = dir.resolve("odpowiedz.xlsx");
        write(template, 0);
        write(reply, ROWS);
        List<SurveyMerge.Source> sources = new ArrayList<>();
        for (int i = 1; i <= INSTITUTIONS; i++) {
            Path copy = dir.resolve("sp" + i + ".xlsx");
            Files.copy(reply, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            sources.add(new SurveyMerge.Source("SP " + i, String.valueOf(100_000 + i), Instant.now(), copy));
        }
        SurveyTemplate surveyTemplate = SurveyTemplate.read(template, List.of());
        System.out.printf("BENCHMARK survey merge: input %d files of %d KB, %d cells in all, max heap %d MB%n",
                INSTITUTIONS, Files.size(reply) / 1024, (long) INSTITUTIONS * SHEETS.length * ROWS * COLUMNS,
                Runtime.getRuntime().maxMemory() >> 20);
        for (int run = 1; run <= 3; run++) {
            Path out = dir.resolve("scalone.xlsx");
            System.gc();
            resetPeaks();
            HeapSampler sampler = new HeapSampler();
            sampler.start();
            long start = System.nanoTime();
            SurveyMerge.Summary summary;
            try (OutputStream stream = Files.newOutputStream(out)) {
                summary = new SurveyMerge(command -> new Thread(command, "survey-reader").start()).write("Benchmark", surveyTemplate, sources, List.of(),
                        SurveyMerge.Layout.STACKED, stream, (done, total) -> { });
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            sampler.stop();
            assertThat(summary.rows()).isEqualTo((long) INSTITUTIONS * SHEETS.length * ROWS);
            System.out.printf("BENCHMARK survey merge run %d: %,d ms, %,d rows, peak heap %d MB sampled every 10 ms"
                            + " (%d MB as the sum of the heap pools' peaks), result %d MB%n", run, millis,
                    summary.rows(), sampler.peak.get() >> 20, poolPeaks() >> 20, Files.size(out) >> 20);
        }
    }

    /**
     * One workbook with the three sheets: a header row and {@code rows} rows of text, numbers and
     * dates; texts in the shared-strings table, as Excel and LibreOffice write them.
     */
    private static void write(Path file, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, true);
             OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            for (String name : SHEETS) {
                SXSSFSheet sheet = workbook.createSheet(name);
                Row header = sheet.createRow(0);
                for (int c = 0; c < COLUMNS; c++) {
                    header.createCell(c).setCellValue("Kolumna " + (c + 1));
                }
                for (int r = 1; r <= rows; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < COLUMNS; c++) {
                        if (c < 4) {
                            row.createCell(c).setCellValue("tekst " + r + "/" + c);
                        } else if (c < 6) {
                            row.createCell(c).setCellValue(LocalDate.of(2026, 1, 1).plusDays(r % 365));
                            row.getCell(c).setCellStyle(date);
                        } else {
                            row.createCell(c).setCellValue(r * 1.25 + c);
                        }
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long poolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Samples the used heap (the memory MXBean's figure) on a daemon thread. */
    private static final class HeapSampler {
        final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
