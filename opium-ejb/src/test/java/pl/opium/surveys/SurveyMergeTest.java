package pl.opium.surveys;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.opium.surveys.TestWorkbooks.row;
import static pl.opium.surveys.TestWorkbooks.sheet;
import static pl.opium.surveys.TestWorkbooks.texts;
import static pl.opium.surveys.TestWorkbooks.xlsx;

class SurveyMergeTest {

    private static final Instant SENT = Instant.parse("2026-10-05T10:15:00Z");
    /** Copies read on a thread of their own, as in the server. */
    private static final Executor READER = command -> new Thread(command, "survey-reader").start();

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();

    private SurveyTemplate template() {
        return SurveyTemplate.read(xlsx(dir.resolve("szablon.xlsx"), wb ->
                sheet(wb, "Dane", row("Klasa", "Uczniowie", "Data"))), List.of());
    }

    private Path reply(String name, Object[]... rows) {
        return xlsx(dir.resolve(name + ".xlsx"), wb -> sheet(wb, "Dane", rows));
    }

    private XSSFWorkbook merge(SurveyMerge merge, SurveyTemplate template, List<SurveyMerge.Source> sources,
                               List<SurveyMerge.Absent> absent, SurveyMerge.Layout layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        merge.write("Ankieta", template, sources, absent, layout, out,
                (done, total) -> progress.add(done + "/" + total));
        return TestWorkbooks.open(out.toByteArray());
    }

    private static SurveyMerge.Source source(String name, Path file) {
        return new SurveyMerge.Source(name, "RSPO-" + name, SENT, file);
    }

    @Test
    void emptyAndBlankRowsAreSkippedAndTypesKept() throws IOException {
        Path file = reply("sp1", row("Klasa", "Uczniowie", "Data"), row("1a", 25, LocalDate.of(2026, 9, 1)),
                row(null, "   ", null), null, row("1b", 24.5, LocalDate.of(2026, 9, 2), true));
        try (XSSFWorkbook merged = merge(new SurveyMerge(), template(), List.of(source("SP 1", file)), List.of(),
                SurveyMerge.Layout.STACKED)) {
            Sheet data = merged.getSheet("Dane");
            assertThat(texts(data, 0)).containsExactly(
                    List.of("Placówka", "RSPO", "Przesłano", "Klasa", "Uczniowie", "Data"),
                    List.of("SP 1", "RSPO-SP 1", "2026-10-05 12:15", "1a", "25", "2026-09-01"),
                    List.of("SP 1", "RSPO-SP 1", "2026-10-05 12:15", "1b", "24.5", "2026-09-02", "PRAWDA"));
            assertThat(data.getRow(2).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(data.getRow(2).getCell(6).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(data.getRow(1).getCell(2).getLocalDateTimeCellValue()).as("Polish time").isNotNull();
            assertThat(progress).containsExactly("1/1");
        }
    }

    @Test
    void numbersComeOutExactlyAsTheyWentIn() throws IOException {
        double[] numbers = {0, -3, 24.5, 0.1 + 0.2, 123_456_789_012_345d, 1e15, 1e20, -1.5e-7, Double.MIN_VALUE};
        Object[][] rows = new Object[numbers.length + 1][];
        rows[0] = row("Klasa", "Uczniowie", "Data");
        for (int i = 0; i < numbers.length; i++) {
            rows[i + 1] = row("x", numbers[i]);
        }
        try (XSSFWorkbook merged = merge(new SurveyMerge(), template(), List.of(source("SP 1", reply("sp1", rows))),
                List.of(), SurveyMerge.Layout.STACKED)) {
            Sheet data = merged.getSheet("Dane");
            for (int i = 0; i < numbers.length; i++) {
                assertThat(data.getRow(i + 1).getCell(4).getNumericCellValue()).isEqualTo(numbers[i]);
            }
        }
    }

    @Test
    void formulasBecomeTheirComputedValuesAndErrorsStayVisible() throws IOException {
        Path file = xlsx(dir.resolve("f.xlsx"), wb -> {
            sheet(wb, "Dane", row("Klasa", "Uczniowie", "Data"), row("1a", "=10+15"), row("1b", "=1/0"),
                    row("1c", "=Pomocniczy!A1"));
            sheet(wb, "Pomocniczy", row(7));
            org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        });
        try (XSSFWorkbook merged = merge(new SurveyMerge(), template(), List.of(source("SP 1", file)), List.of(),
                SurveyMerge.Layout.STACKED)) {
            Sheet data = merged.getSheet("Dane");
            assertThat(data.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(data.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(25);
            assertThat(data.getRow(2).getCell(4).getStringCellValue()).isEqualTo("#DIV/0!");
            assertThat(data.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(7);
        }
    }

    @Test
    void aFormulaNoProgramComputedLeavesItsRowOutRatherThanInventingAValue() throws IOException {
        Path file = reply("f", row("Klasa", "Uczniowie", "Data"), row(null, "=2+2"), row("1a", 3));
        try (XSSFWorkbook merged = merge(new SurveyMerge(), template(), List.of(source("SP 1", file)), List.of(),
                SurveyMerge.Layout.STACKED)) {
            assertThat(texts(merged.getSheet("Dane"), 1)).extracting(r -> r.subList(3, r.size()))
                    .containsExactly(List.of("1a", "3"));
        }
    }

    @Test
    void aFullSheetContinuesOnAnotherUnderTheSameHeader() throws IOException {
        Path one = reply("sp1", row("Klasa", "Uczniowie", "Data"), row("1a", 1), row("1b", 2), row("1c", 3));
        Path two = reply("sp2", row("Klasa", "Uczniowie", "Data"), row("2a", 4), row("2b", 5));
        try (XSSFWorkbook merged = merge(new SurveyMerge(4, READER), template(),
                List.of(source("SP 1", one), source("SP 2", two)), List.of(), SurveyMerge.Layout.STACKED)) {
            assertThat(merged.getSheetAt(1).getSheetName()).isEqualTo("Dane");
            assertThat(merged.getSheetAt(2).getSheetName()).isEqualTo("Dane (2)");
            assertThat(merged.getSheetAt(1).getLastRowNum()).isEqualTo(3);
            assertThat(texts(merged.getSheetAt(2), 0)).extracting(r -> r.get(3))
                    .containsExactly("Klasa", "2a", "2b");
        }
    }

    @Test
    void unreadableAndMissingRepliesAreListedAndTheRestIsMerged() throws IOException {
        Path good = reply("sp1", row("Klasa", "Uczniowie", "Data"), row("1a", 10));
        Path broken = Files.write(dir.resolve("sp2.xlsx"), "to nie jest Excel".getBytes());
        Path noSheet = xlsx(dir.resolve("sp3.xlsx"), wb -> sheet(wb, "Arkusz1", row("x")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SurveyMerge.Summary summary = new SurveyMerge(READER).write("Ankieta", template(),
                List.of(source("SP 1", good), source("SP 2", broken), source("SP 3", noSheet)),
                List.of(new SurveyMerge.Absent("SP 4", "44", "brak odpowiedzi")), SurveyMerge.Layout.STACKED, out,
                (done, total) -> progress.add(done + "/" + total));
        assertThat(summary.rows()).isEqualTo(1);
        assertThat(summary.unreadable()).containsExactly("SP 2");
        assertThat(progress).containsExactly("1/3", "2/3", "3/3");
        try (XSSFWorkbook merged = TestWorkbooks.open(out.toByteArray())) {
            List<List<String>> lines = texts(merged.getSheet("Podsumowanie"), 3);
            assertThat(lines.subList(0, 4)).extracting(r -> r.get(0) + ": " + r.get(2) + " " + r.subList(Math.min(4, r.size()), r.size()))
                    .containsExactly("SP 1: przesłano [1]", "SP 2: nie udało się odczytać pliku [0]",
                            "SP 3: przesłano [0]", "SP 4: brak odpowiedzi []");
            assertThat(lines).contains(List.of("Uczniowie", "10"));
        }
    }

    @Test
    void sheetNamesOfInstitutionsAreMadeSafeAndUnique() throws IOException {
        Path file = reply("sp", row("Klasa", "Uczniowie", "Data"), row("1a", 10));
        String longName = "Zespół Szkolno-Przedszkolny nr 12 im. Marii Konopnickiej";
        try (XSSFWorkbook merged = merge(new SurveyMerge(), template(),
                List.of(source("SP 1/2", file), source("SP 1/2", file), source(longName, file), source("podsumowanie", file)),
                List.of(), SurveyMerge.Layout.SHEET_PER_INSTITUTION)) {
            List<String> names = new ArrayList<>();
            merged.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Podsumowanie", "SP 1 2", "SP 1 2 (2)", longName.substring(0, 31),
                    "podsumowanie (2)");
            assertThat(texts(merged.getSheet("SP 1 2 (2)"), 0))
                    .containsExactly(List.of("Klasa", "Uczniowie", "Data"), List.of("1a", "10"));
        }
    }

    @Test
    void sumsAddNumbersButNotDatesOrText() throws IOException {
        Path one = reply("sp1", row("Klasa", "Uczniowie", "Data"), row("1a", 0.1, LocalDate.of(2026, 1, 1)));
        Path two = reply("sp2", row("Klasa", "Uczniowie", "Data"), row("1a", 0.2, LocalDate.of(2026, 1, 2)));
        try (XSSFWorkbook merged = merge(new SurveyMerge(), template(), List.of(source("A", one), source("B", two)),
                List.of(), SurveyMerge.Layout.STACKED)) {
            List<List<String>> summary = texts(merged.getSheet("Podsumowanie"), 0);
            int sums = summary.indexOf(List.of("Sumy: Dane"));
            assertThat(summary.subList(sums + 1, summary.size())).containsExactly(List.of("Uczniowie", "0.3"));
        }
    }

    @Test
    void whenWritingFailsTheReadingThreadStopsToo() throws InterruptedException {
        List<SurveyMerge.Source> sources = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Object[][] rows = new Object[300][];
            rows[0] = row("Klasa", "Uczniowie", "Data");
            for (int r = 1; r < rows.length; r++) {
                rows[r] = row("k" + r, r);
            }
            sources.add(source("SP " + i, reply("sp" + i, rows)));
        }
        CountDownLatch readerEnded = new CountDownLatch(SurveyMerge.READERS);
        Executor watched = command -> new Thread(() -> {
            try {
                command.run();
            } catch (RuntimeException expected) {
                // the reader ends by failing to hand over its next piece
            } finally {
                readerEnded.countDown();
            }
        }).start();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SurveyMerge(watched).write("Ankieta", template(),
                        sources, List.of(), SurveyMerge.Layout.STACKED, new ByteArrayOutputStream(), (done, total) -> {
                            if (done == 2) {
                                throw new IllegalStateException("disk full");
                            }
                        }))
                .hasMessage("disk full");
        assertThat(readerEnded.await(10, TimeUnit.SECONDS)).as("reader threads ended").isTrue();
    }

    @Test
    void copiesComeOutInOrderWhateverThreadsReadThem() throws IOException {
        List<SurveyMerge.Source> sources = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // copies of very different lengths, so that the two readers finish out of order
            Object[][] rows = new Object[1 + (i % 3 == 0 ? 1_500 : 2)][];
            rows[0] = row("Klasa", "Uczniowie", "Data");
            for (int r = 1; r < rows.length; r++) {
                rows[r] = row("SP " + i, r);
            }
            sources.add(source("SP " + i, reply("sp" + i, rows)));
        }
        java.util.concurrent.ExecutorService one = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            for (Executor readers : List.of(READER, (Executor) one)) {
                try (XSSFWorkbook merged = merge(new SurveyMerge(readers), template(), sources, List.of(),
                        SurveyMerge.Layout.STACKED)) {
                    Sheet data = merged.getSheet("Dane");
                    List<String> order = new ArrayList<>();
                    for (int r = 1; r <= data.getLastRowNum(); r++) {
                        String name = data.getRow(r).getCell(0).getStringCellValue();
                        assertThat(data.getRow(r).getCell(3).getStringCellValue()).isEqualTo(name);
                        if (order.isEmpty() || !order.get(order.size() - 1).equals(name)) {
                            order.add(name);
                        }
                    }
                    assertThat(order).as("one block per copy, in the order given")
                            .isEqualTo(sources.stream().map(SurveyMerge.Source::shortName).toList());
                    assertThat(data.getLastRowNum()).isEqualTo(4 * 1_500 + 8 * 2);
                }
            }
        } finally {
            one.shutdownNow();
        }
    }
}
