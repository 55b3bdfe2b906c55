package pl.opium.recruitment;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The documents of a recruitment: the lists to post (PDF, names only, as art. 158 wants them public)
 * and to work with (XLSX, with each candidate's priority), the application as its parent filed it,
 * and the committee's protocol. Plain Java: the services hand in what they read.
 */
public final class RecruitmentDocuments {

    /** Which lists: after the assignment, or after confirmation. */
    public enum Lists {
        QUALIFIED("Lista kandydatów zakwalifikowanych i niezakwalifikowanych", "Zakwalifikowani", "Niezakwalifikowani"),
        ADMITTED("Lista kandydatów przyjętych i nieprzyjętych", "Przyjęci", "Nieprzyjęci");

        final String title;
        final String in;
        final String out;

        Lists(String title, String in, String out) {
            this.title = title;
            this.in = in;
            this.out = out;
        }
    }

    private RecruitmentDocuments() {
    }

    /** A page per unit: the candidates in and out, alphabetically, the lowest priority admitted and the places left. */
    public static byte[] listsPdf(Lists kind, String campaign, Round round, List<UnitList> lists, Instant made) {
        PdfBuilder pdf = new PdfBuilder(kind.title);
        boolean first = true;
        for (UnitList list : lists) {
            if (!first) {
                pdf.newPage();
            }
            first = false;
            pdf.heading(kind.title)
                    .paragraph(campaign + (round == Round.SUPPLEMENTARY ? " — rekrutacja uzupełniająca" : ""))
                    .subheading(list.institution() + " — " + list.unit())
                    .subheading(kind.in)
                    .numberedTable(List.of("Nazwisko", "Imię"), names(list.in()))
                    .subheading(kind.out)
                    .numberedTable(List.of("Nazwisko", "Imię"), names(list.out()))
                    .paragraph("Najniższa wartość kryteriów, która uprawniała do "
                            + (kind == Lists.ADMITTED ? "przyjęcia: " : "zakwalifikowania: ")
                            + (list.lowestAdmitted() == null ? "—" : list.lowestAdmitted()))
                    .paragraph("Liczba miejsc: " + list.places() + ", wolnych: " + list.free())
                    .paragraph("Sporządzono: " + Schedule.shown(made));
        }
        if (first) {
            pdf.heading(kind.title).paragraph("Brak oddziałów na liście.");
        }
        return pdf.finish();
    }

    /** One sheet: a row per candidate per unit, with the list they are on and their priority there. */
    public static byte[] listsXlsx(Lists kind, List<UnitList> lists) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(kind == Lists.ADMITTED ? "Przyjęci" : "Zakwalifikowani");
            String[] header = {"Placówka", "Oddział", "Lista", "Nazwisko", "Imię", "Kryteria", "Miejsca", "Wolne"};
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            int number = 1;
            for (UnitList list : lists) {
                number = rows(sheet, number, list, kind.in, list.in());
                number = rows(sheet, number, list, kind.out, list.out());
            }
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, number - 1), 0, header.length - 1));
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int rows(Sheet sheet, int first, UnitList list, String which, List<UnitList.Entry> entries) {
        int number = first;
        for (UnitList.Entry entry : entries) {
            Row row = sheet.createRow(number++);
            row.createCell(0).setCellValue(list.institution());
            row.createCell(1).setCellValue(list.unit());
            row.createCell(2).setCellValue(which);
            row.createCell(3).setCellValue(entry.lastName());
            row.createCell(4).setCellValue(entry.firstName());
            row.createCell(5).setCellValue(entry.priority());
            row.createCell(6).setCellValue(list.places());
            row.createCell(7).setCellValue(list.free());
        }
        return number;
    }

    /** The application as filed, with what became of it, for the parent to download and keep. */
    public static byte[] applicationPdf(RecruitmentApplication application, Function<String, String> criterionName) {
        PdfBuilder pdf = new PdfBuilder("Wniosek rekrutacyjny");
        pdf.heading("Wniosek o przyjęcie — " + application.getCampaign().getName())
                .paragraph("Numer wniosku: " + application.getId()
                        + (application.getSubmittedAt() == null ? " (niezłożony)" : ", złożony " + Schedule.shown(application.getSubmittedAt())))
                .subheading("Kandydat")
                .paragraph(application.getFirstName() + " " + application.getLastName() + ", PESEL " + application.getPesel()
                        + ", ur. " + application.getBirthDate())
                .paragraph("Adres zamieszkania: " + application.getAddress().getOneLine())
                .subheading("Rodzice / opiekunowie prawni")
                .numberedTable(List.of("Imię i nazwisko", "E-mail", "Telefon"), application.getGuardians().stream()
                        .map(g -> List.of(g.getFirstName() + " " + g.getLastName(), nonNull(g.getEmail()), nonNull(g.getPhone())))
                        .toList())
                .subheading("Wybrane oddziały (w kolejności preferencji)")
                .numberedTable(List.of("Placówka i oddział"), application.getPreferences().stream()
                        .map(unit -> List.of(unit.getLabel())).toList())
                .subheading("Kryteria")
                .numberedTable(List.of("Kryterium", "Stan", "Uwagi"), application.getDeclarations().stream()
                        .sorted(java.util.Comparator.comparing(Declaration::getCriterion))
                        .map(d -> List.of(criterionName.apply(d.getCriterion()), state(d.getStatus()), nonNull(d.getReason())))
                        .toList())
                .subheading("Załączone dokumenty")
                .numberedTable(List.of("Kryterium", "Plik"), application.getDocuments().stream()
                        .map(d -> List.of(criterionName.apply(d.getCriterion()), d.getFile().getFileName())).toList());
        return pdf.finish();
    }

    /** A tie decision as the protocol records it. */
    public record Decision(String unit, String candidates, String decision, String justification, String decidedBy,
                           Instant decidedAt) {
    }

    /** The runs of the assignment as the protocol records them. */
    public record RunLine(Instant ranAt, String ranBy, int candidates, int placed, int ties, String digest) {
    }

    /**
     * The committee's protocol for its institution: the assignment runs (with their input digests, so
     * anyone can repeat them), the tie decisions and places added for siblings with justifications, and the lists of its units.
     */
    public static byte[] protocolPdf(String campaign, String institution, Round round, List<RunLine> runs,
                                     List<Decision> decisions, List<UnitList> lists, List<CommitteeMember> committee,
                                     Instant made) {
        PdfBuilder pdf = new PdfBuilder("Protokół komisji rekrutacyjnej");
        pdf.heading("Protokół postępowania rekrutacyjnego")
                .paragraph(campaign + (round == Round.SUPPLEMENTARY ? " — rekrutacja uzupełniająca" : ""))
                .paragraph("Komisja rekrutacyjna: " + institution)
                .subheading("Przydziały miejsc")
                .numberedTable(List.of("Kiedy", "Kto", "Kandydaci", "Zakwalifikowani", "Remisy", "Skrót danych (SHA-256)"),
                        runs.stream().map(r -> List.of(Schedule.shown(r.ranAt()), r.ranBy(), "" + r.candidates(),
                                "" + r.placed(), "" + r.ties(), r.digest())).toList())
                .subheading("Rozstrzygnięcia remisów i dodatkowe miejsca dla rodzeństwa")
                .numberedTable(List.of("Oddział", "Kandydaci", "Rozstrzygnięcie", "Uzasadnienie", "Kto i kiedy"),
                        decisions.stream().map(d -> List.of(d.unit(), d.candidates(), d.decision(), d.justification(),
                                d.decidedBy() + ", " + Schedule.shown(d.decidedAt()))).toList())
                .subheading("Wyniki w oddziałach");
        List<List<String>> results = new ArrayList<>();
        for (UnitList list : lists) {
            results.add(List.of(list.unit(), "" + list.places(), "" + list.in().size(), "" + list.out().size(),
                    list.lowestAdmitted() == null ? "—" : list.lowestAdmitted()));
        }
        pdf.numberedTable(List.of("Oddział", "Miejsca", "Zakwalifikowani", "Pozostali chętni", "Najniższa wartość kryteriów"),
                        results)
                .paragraph("Sporządzono: " + Schedule.shown(made))
                .subheading("Skład komisji");
        if (committee.isEmpty()) {
            pdf.paragraph("Dyrektor nie wpisał składu komisji do systemu; komisja podpisuje protokół poniżej.");
        }
        // the signature column stays empty: the members sign the printed protocol
        pdf.numberedTable(List.of("Imię i nazwisko", "Funkcja", "Podpis"), committee.stream()
                .map(m -> List.of(m.getName(), m.isChair() ? "przewodniczący komisji" : "członek komisji", "")).toList());
        return pdf.finish();
    }

    private static List<List<String>> names(List<UnitList.Entry> entries) {
        return entries.stream().map(e -> List.of(e.lastName(), e.firstName())).toList();
    }

    private static String state(DeclarationStatus status) {
        return switch (status) {
            case DECLARED -> "zadeklarowane";
            case CONFIRMED -> "potwierdzone";
            case REJECTED -> "odrzucone";
        };
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
