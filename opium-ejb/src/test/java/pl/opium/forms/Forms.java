package pl.opium.forms;

import pl.opium.files.Attachment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The form the tests use: a school's staff survey with every field type and a table of teachers. */
final class Forms {

    private Forms() {
    }

    static FormDefinition staffSurvey() {
        FormTable teachers = new FormTable("nauczyciele", "Nauczyciele", "Jeden wiersz na osobę", List.of(
                FormField.of("nazwisko", "Imię i nazwisko", FieldType.TEXT, true),
                FormField.number("etat", "Etat", true, BigDecimal.ZERO, BigDecimal.ONE, 2),
                FormField.choice("stopien", "Stopień awansu", FieldType.SINGLE_CHOICE, true,
                        "początkujący", "mianowany", "dyplomowany"),
                FormField.of("zatrudniony_od", "Zatrudniony od", FieldType.DATE, false)), 1, 100);
        return new FormDefinition("Kadra 2026/27", List.of(
                new FormSection("Placówka", "Dane na 30 września", List.of(
                        FormField.of("dyrektor", "Dyrektor", FieldType.TEXT, true),
                        new FormField("uczniowie", "Liczba uczniów", "Wszyscy, także w oddziałach przedszkolnych",
                                FieldType.INTEGER, true, BigDecimal.ZERO, BigDecimal.valueOf(5_000), null, List.of(), null),
                        FormField.number("budzet", "Budżet (zł)", false, BigDecimal.ZERO, null, 2),
                        FormField.of("otwarcie", "Data otwarcia", FieldType.DATE, false),
                        FormField.choice("zajecia", "Zajęcia dodatkowe", FieldType.MULTIPLE_CHOICE, false,
                                "sport", "muzyka", "robotyka"),
                        FormField.of("stolowka", "Stołówka", FieldType.YES_NO, true),
                        FormField.of("uwagi", "Uwagi", FieldType.LONG_TEXT, false),
                        FormField.of("plan", "Plan budynku", FieldType.FILE, false))),
                new FormSection("Kadra", null, List.of(teachers))));
    }

    /** Answers to {@link #staffSurvey()} that pass even a submission: every field and one teacher. */
    static FormAnswers completeAnswers() {
        FormAnswers answers = new FormAnswers()
                .put("dyrektor", "Anna Nowak")
                .put("uczniowie", 412L)
                .put("budzet", new BigDecimal("1250000.50"))
                .put("otwarcie", LocalDate.of(1965, 9, 1))
                .put("zajecia", List.of("sport", "robotyka"))
                .put("stolowka", true)
                .put("plan", new Attachment("a".repeat(64), "plan.pdf", "application/pdf", 10));
        Map<String, Object> row = answers.addRow("nauczyciele");
        row.put("nazwisko", "Jan Kowalski");
        row.put("etat", new BigDecimal("0.5"));
        row.put("stopien", "mianowany");
        return answers;
    }
}
