package pl.opium.forms;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FormCheckTest {

    private final FormDefinition form = Forms.staffSurvey();

    private static FormAnswers complete() {
        return Forms.completeAnswers();
    }

    private List<FormProblem> problems(FormAnswers answers, boolean submitting) {
        return FormCheck.check(form, answers, submitting);
    }

    @Test
    void completeAnswersPass() {
        assertThat(problems(complete(), true)).isEmpty();
    }

    @Test
    void aDraftMayBeIncompleteButASubmissionMayNot() {
        FormAnswers empty = new FormAnswers();
        assertThat(problems(empty, false)).isEmpty();
        assertThat(problems(empty, true))
                .extracting(FormProblem::key, FormProblem::messageKey)
                .containsExactly(tuple("dyrektor", "forms.required"), tuple("uczniowie", "forms.required"),
                        tuple("stolowka", "forms.required"), tuple("nauczyciele", "forms.tooFewRows"));
    }

    @Test
    void blankTextAndAnEmptyChoiceCountAsNoAnswer() {
        FormAnswers answers = complete().put("dyrektor", "   ").put("zajecia", List.of());
        assertThat(problems(answers, true)).extracting(FormProblem::key).containsExactly("dyrektor");
    }

    @Test
    void numbersKeepToTheirRangeAndDecimals() {
        assertThat(problems(complete().put("uczniowie", -1L), false))
                .extracting(FormProblem::messageKey, FormProblem::arguments)
                .containsExactly(tuple("forms.belowMin", List.of("Liczba uczniów", "0")));
        assertThat(problems(complete().put("uczniowie", 5_001L), false)).extracting(FormProblem::messageKey)
                .containsExactly("forms.aboveMax");
        assertThat(problems(complete().put("budzet", new BigDecimal("10.555")), false))
                .extracting(FormProblem::messageKey, FormProblem::arguments)
                .containsExactly(tuple("forms.tooManyDecimals", List.of("Budżet (zł)", 2)));
        assertThat(problems(complete().put("budzet", new BigDecimal("10.500")), false)).as("trailing zeros").isEmpty();
        assertThat(problems(complete().put("uczniowie", new BigDecimal("12")), false)).extracting(FormProblem::messageKey)
                .containsExactly("forms.wrongType");
    }

    @Test
    void choicesMustBeAmongTheOptionsAndNotRepeated() {
        assertThat(problems(complete().put("zajecia", List.of("sport", "szachy")), false))
                .extracting(FormProblem::messageKey).containsExactly("forms.notAnOption");
        assertThat(problems(complete().put("zajecia", List.of("sport", "sport")), false))
                .extracting(FormProblem::messageKey).containsExactly("forms.notAnOption");
    }

    @Test
    void textsHaveTheirLimits() {
        assertThat(problems(complete().put("uwagi", "x".repeat(FormField.LONG_TEXT_LIMIT)), false)).isEmpty();
        assertThat(problems(complete().put("uwagi", "x".repeat(FormField.LONG_TEXT_LIMIT + 1)), false))
                .extracting(FormProblem::messageKey).containsExactly("forms.tooLong");
        assertThat(problems(complete().put("dyrektor", "x".repeat(FormField.TEXT_LIMIT + 1)), false))
                .extracting(FormProblem::messageKey).containsExactly("forms.tooLong");
    }

    @Test
    void tableRowsAreCheckedCellByCellAndCounted() {
        FormAnswers answers = complete();
        Map<String, Object> second = answers.addRow("nauczyciele");
        second.put("etat", new BigDecimal("1.5"));
        second.put("stopien", "ekspert");
        second.put("pensja", 5000);
        assertThat(problems(answers, true))
                .extracting(FormProblem::row, FormProblem::column, FormProblem::messageKey)
                .containsExactly(tuple(2, "pensja", "forms.unknownField"), tuple(2, "nazwisko", "forms.required"),
                        tuple(2, "etat", "forms.aboveMax"), tuple(2, "stopien", "forms.notAnOption"));
        for (int i = 0; i < 100; i++) {
            answers.addRow("nauczyciele");
        }
        assertThat(problems(answers, false)).extracting(FormProblem::messageKey).contains("forms.tooManyRows");
    }

    @Test
    void aFormIsBuiltRightOrRefusedWithTheReason() {
        assertThatThrownBy(() -> FormField.of("Zła nazwa", "x", FieldType.TEXT, false))
                .hasFieldOrPropertyWithValue("messageKey", "forms.badKey");
        assertThatThrownBy(() -> FormField.choice("wybor", "Wybór", FieldType.SINGLE_CHOICE, false))
                .hasFieldOrPropertyWithValue("messageKey", "forms.badOptions");
        assertThatThrownBy(() -> FormField.choice("wybor", "Wybór", FieldType.SINGLE_CHOICE, false, "a", "a"))
                .hasFieldOrPropertyWithValue("messageKey", "forms.badOptions");
        assertThatThrownBy(() -> FormField.number("n", "N", false, BigDecimal.TEN, BigDecimal.ONE, null))
                .hasFieldOrPropertyWithValue("messageKey", "forms.minAboveMax");
        assertThatThrownBy(() -> new FormField("n", "N", null, FieldType.INTEGER, false, null, null, 2, List.of(), null))
                .hasFieldOrPropertyWithValue("messageKey", "forms.badDecimals");
        assertThatThrownBy(() -> new FormTable("t", "T", null, List.of(), 0, 10))
                .hasFieldOrPropertyWithValue("messageKey", "forms.tableWithoutColumns");
        assertThatThrownBy(() -> new FormTable("t", "T", null, List.of(FormField.of("a", "A", FieldType.TEXT, false)), 5, 2))
                .hasFieldOrPropertyWithValue("messageKey", "forms.badRowLimits");
        assertThatThrownBy(() -> new FormDefinition("F", List.of(new FormSection("S", null, List.of(
                FormField.of("a", "A", FieldType.TEXT, false), FormField.of("a", "B", FieldType.TEXT, false))))))
                .hasFieldOrPropertyWithValue("messageKey", "forms.duplicateKey");
        assertThatThrownBy(() -> new FormDefinition("F", List.of(new FormSection("S", null, List.of()))))
                .hasFieldOrPropertyWithValue("messageKey", "forms.empty");
    }
}
