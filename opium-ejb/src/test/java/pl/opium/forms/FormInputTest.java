package pl.opium.forms;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FormInputTest {

    private final FormDefinition form = Forms.staffSurvey();

    @Test
    void whatAPersonTypesBecomesTypedAnswers() {
        Map<String, Object> values = new HashMap<>();
        values.put("dyrektor", "  Anna Nowak ");
        values.put("uczniowie", "1 250");
        values.put("budzet", "1250000,50");
        values.put("otwarcie", "1.09.1965");
        values.put("zajecia", new Object[]{"sport", "robotyka"});
        values.put("stolowka", "tak");
        values.put("uwagi", "");
        Map<String, Object> teacher = new LinkedHashMap<>(Map.of("nazwisko", "Jan Kowalski", "etat", "0,5",
                "zatrudniony_od", "2020-09-01"));

        FormInput.Parsed parsed = FormInput.parse(form, values, Map.of("nauczyciele", List.of(teacher)));

        assertThat(parsed.problems()).isEmpty();
        FormAnswers answers = parsed.answers();
        assertThat(answers.get("dyrektor")).isEqualTo("Anna Nowak");
        assertThat(answers.get("uczniowie")).isEqualTo(1250L);
        assertThat(answers.get("budzet")).isEqualTo(new BigDecimal("1250000.50"));
        assertThat(answers.get("otwarcie")).isEqualTo(LocalDate.of(1965, 9, 1));
        assertThat(answers.get("zajecia")).isEqualTo(List.of("sport", "robotyka"));
        assertThat(answers.get("stolowka")).isEqualTo(true);
        assertThat(answers.values()).doesNotContainKey("uwagi");
        assertThat(answers.rows("nauczyciele")).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("etat", new BigDecimal("0.5"));
            assertThat(row).containsEntry("zatrudniony_od", LocalDate.of(2020, 9, 1));
        });
        assertThat(FormCheck.check(form, answers, false)).isEmpty();
    }

    @Test
    void unreadableValuesAreReportedByFieldAndRowAndLeftOut() {
        Map<String, Object> values = new HashMap<>(Map.of("uczniowie", "12,5", "budzet", "dużo", "otwarcie", "31.02.2020"));
        Map<String, Object> teacher = new HashMap<>(Map.of("etat", "pół"));

        FormInput.Parsed parsed = FormInput.parse(form, values, Map.of("nauczyciele", List.of(Map.of(), teacher)));

        assertThat(parsed.problems()).extracting(p -> p.key() + "/" + p.row() + "/" + p.column() + ":" + p.messageKey())
                .containsExactly("uczniowie/null/null:forms.notAnInteger", "budzet/null/null:forms.notANumber",
                        "otwarcie/null/null:forms.notADate", "nauczyciele/2/etat:forms.notANumber");
        assertThat(parsed.answers().values()).isEmpty();
        assertThat(parsed.answers().rows("nauczyciele")).hasSize(2);
        assertThat(parsed.problems().get(0).arguments()).containsExactly("Liczba uczniów");
    }

    @Test
    void storedAnswersShowAsTheyWereTypedAndReadBackTheSame() {
        FormAnswers stored = Forms.completeAnswers();
        Map<String, Object> values = new HashMap<>();
        Map<String, List<Map<String, Object>>> tables = new HashMap<>();

        FormInput.show(form, stored, values, tables);

        assertThat(values).containsEntry("budzet", "1250000,50").containsEntry("stolowka", "tak")
                .containsEntry("uczniowie", "412").containsEntry("otwarcie", "1965-09-01");
        assertThat(tables.get("nauczyciele")).singleElement().satisfies(row -> assertThat(row).containsEntry("etat", "0,5"));
        FormInput.Parsed again = FormInput.parse(form, values, tables);
        assertThat(again.problems()).isEmpty();
        assertThat(FormJson.write(form, again.answers())).isEqualTo(FormJson.write(form, stored));
    }

    @Test
    void keysComeFromLabelsAndStayUnique() {
        assertThat(FormKeys.fromLabel("Liczba uczniów ogółem", Set.of())).isEqualTo("liczba_uczniow_ogolem");
        assertThat(FormKeys.fromLabel("Łączna kwota (zł)", Set.of())).isEqualTo("laczna_kwota_zl");
        assertThat(FormKeys.fromLabel("2. Etat", Set.of())).isEqualTo("pole_2_etat");
        assertThat(FormKeys.fromLabel("Etat", Set.of("etat", "etat_2"))).isEqualTo("etat_3");
        String longKey = FormKeys.fromLabel("Bardzo długa nazwa pola, która nie mieści się w czterdziestu znakach",
                Set.of());
        assertThat(longKey).hasSizeLessThanOrEqualTo(40).matches(FormField.KEY.pattern());
        assertThat(FormKeys.fromLabel("Bardzo długa nazwa pola, która nie mieści się w czterdziestu znakach",
                Set.of(longKey))).hasSizeLessThanOrEqualTo(40).endsWith("_2");
        assertThat(FormKeys.fromLabel("???", Set.of())).isEqualTo("pole");
    }
}
