package pl.opium.recruitment.lists;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import pl.opium.Texts;
import pl.opium.recruitment.application.Declaration;
import pl.opium.recruitment.application.DeclarationStatus;
import pl.opium.recruitment.application.RecruitmentApplication;
import pl.opium.recruitment.campaign.CommitteeMember;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Schedule;

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
        QUALIFIED("qualified"),
        ADMITTED("admitted");

        final String title;
        final String in;
        final String out;
        /** "przyjęcia" or "zakwalifikowania": what the lowest value admitted entitled to. */
        final String entitled;

        Lists(String key) {
            this.title = Texts.get("docs.lists." + key + ".title");
            this.in = Texts.get("docs.lists." + key + ".in");
            this.out = Texts.get("docs.lists." + key + ".out");
            this.entitled = Texts.get("docs.lists." + key + ".entitled");
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
                    .paragraph(campaignLine(campaign, round))
                    .subheading(list.institution() + " — " + list.unit())
                    .subheading(kind.in)
                    .numberedTable(texts("docs.lastName", "docs.firstName"), names(list.in()))
                    .subheading(kind.out)
                    .numberedTable(texts("docs.lastName", "docs.firstName"), names(list.out()))
                    .paragraph(Texts.get("docs.lists.lowest", kind.entitled,
                            list.lowestAdmitted() == null ? "—" : list.lowestAdmitted()))
                    .paragraph(Texts.get("docs.lists.places", String.valueOf(list.places()), String.valueOf(list.free())))
                    .paragraph(Texts.get("docs.made", Schedule.shown(made)));
        }
        if (first) {
            pdf.heading(kind.title).paragraph(Texts.get("docs.lists.noUnits"));
        }
        return pdf.finish();
    }

    /** One sheet: a row per candidate per unit, with the list they are on and their priority there. */
    public static byte[] listsXlsx(Lists kind, List<UnitList> lists) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(kind.in);
            String[] header = texts("export.institution", "docs.unit", "docs.list", "docs.lastName", "docs.firstName",
                    "docs.criteria", "docs.places", "docs.free").toArray(String[]::new);
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
        PdfBuilder pdf = new PdfBuilder(Texts.get("docs.application.title"));
        pdf.heading(Texts.get("docs.application.heading", application.getCampaign().getName()))
                .paragraph(application.getSubmittedAt() == null
                        ? Texts.get("docs.application.numberDraft", String.valueOf(application.getId()))
                        : Texts.get("docs.application.numberSubmitted", String.valueOf(application.getId()),
                        Schedule.shown(application.getSubmittedAt())))
                .subheading(Texts.get("docs.application.candidate"))
                .paragraph(Texts.get("docs.application.person", application.getFirstName() + " " + application.getLastName(),
                        application.getPesel(), String.valueOf(application.getBirthDate())))
                .paragraph(Texts.get("docs.application.address", application.getAddress().getOneLine()))
                .subheading(Texts.get("docs.application.guardians"))
                .numberedTable(texts("docs.name", "docs.email", "docs.phone"), application.getGuardians().stream()
                        .map(g -> List.of(g.getFirstName() + " " + g.getLastName(), nonNull(g.getEmail()), nonNull(g.getPhone())))
                        .toList())
                .subheading(Texts.get("docs.application.preferences"))
                .numberedTable(texts("docs.application.unit"), application.getPreferences().stream()
                        .map(unit -> List.of(unit.getLabel())).toList())
                .subheading(Texts.get("docs.criteria"))
                .numberedTable(texts("docs.criterion", "docs.application.state", "docs.application.remarks"),
                        application.getDeclarations().stream()
                        .sorted(java.util.Comparator.comparing(Declaration::getCriterion))
                        .map(d -> List.of(criterionName.apply(d.getCriterion()), state(d.getStatus()), nonNull(d.getReason())))
                        .toList())
                .subheading(Texts.get("docs.application.documents"))
                .numberedTable(texts("docs.criterion", "docs.application.file"), application.getDocuments().stream()
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
        PdfBuilder pdf = new PdfBuilder(Texts.get("docs.protocol.title"));
        pdf.heading(Texts.get("docs.protocol.heading"))
                .paragraph(campaignLine(campaign, round))
                .paragraph(Texts.get("docs.protocol.committee", institution))
                .subheading(Texts.get("docs.protocol.runs"))
                .numberedTable(texts("docs.protocol.when", "docs.protocol.who", "docs.protocol.candidates",
                                "docs.protocol.qualified", "docs.protocol.ties", "docs.protocol.digest"),
                        runs.stream().map(r -> List.of(Schedule.shown(r.ranAt()), r.ranBy(), "" + r.candidates(),
                                "" + r.placed(), "" + r.ties(), r.digest())).toList())
                .subheading(Texts.get("docs.protocol.decisions"))
                .numberedTable(texts("docs.unit", "docs.protocol.candidates", "docs.protocol.decision",
                                "docs.protocol.justification", "docs.protocol.whoAndWhen"),
                        decisions.stream().map(d -> List.of(d.unit(), d.candidates(), d.decision(), d.justification(),
                                d.decidedBy() + ", " + Schedule.shown(d.decidedAt()))).toList())
                .subheading(Texts.get("docs.protocol.results"));
        List<List<String>> results = new ArrayList<>();
        for (UnitList list : lists) {
            results.add(List.of(list.unit(), "" + list.places(), "" + list.in().size(), "" + list.out().size(),
                    list.lowestAdmitted() == null ? "—" : list.lowestAdmitted()));
        }
        pdf.numberedTable(texts("docs.unit", "docs.places", "docs.protocol.qualified", "docs.protocol.others",
                        "docs.protocol.lowest"), results)
                .paragraph(Texts.get("docs.made", Schedule.shown(made)))
                .subheading(Texts.get("docs.protocol.members"));
        if (committee.isEmpty()) {
            pdf.paragraph(Texts.get("docs.protocol.noMembers"));
        }
        // the signature column stays empty: the members sign the printed protocol
        pdf.numberedTable(texts("docs.name", "docs.protocol.function", "docs.protocol.signature"), committee.stream()
                .map(m -> List.of(m.getName(), Texts.get(m.isChair() ? "docs.protocol.chair" : "docs.protocol.member"), ""))
                .toList());
        return pdf.finish();
    }

    /** The campaign's name, and the round where it is the supplementary one. */
    private static String campaignLine(String campaign, Round round) {
        return round == Round.SUPPLEMENTARY ? Texts.get("docs.supplementary", campaign) : campaign;
    }

    private static List<String> texts(String... keys) {
        return java.util.Arrays.stream(keys).map(Texts::get).toList();
    }

    private static List<List<String>> names(List<UnitList.Entry> entries) {
        return entries.stream().map(e -> List.of(e.lastName(), e.firstName())).toList();
    }

    private static String state(DeclarationStatus status) {
        return Texts.get("docs.declaration." + status.name());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
