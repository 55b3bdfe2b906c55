package pl.opium.forms;

import org.junit.jupiter.api.Test;
import pl.opium.files.Attachment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormJsonTest {

    @Test
    void aDefinitionSurvivesStorage() {
        FormDefinition form = Forms.staffSurvey();
        FormDefinition read = FormJson.readDefinition(FormJson.write(form));
        assertThat(read).isEqualTo(form);
    }

    @Test
    void answersComeBackWithTheirTypes() {
        FormDefinition form = Forms.staffSurvey();
        FormAnswers answers = Forms.completeAnswers()
                .put("dyrektor", "Anna „Nowak”\nz nową linią")
                .put("stolowka", false)
                .put("plan", new Attachment("b".repeat(64), "plan budynku.pdf", "application/pdf", 12_345));
        Map<String, Object> row = answers.rows("nauczyciele").get(0);
        row.put("etat", new BigDecimal("0.50"));
        row.put("zatrudniony_od", LocalDate.of(2001, 9, 1));

        FormAnswers read = FormJson.readAnswers(form, FormJson.write(form, answers));

        assertThat(read.values()).isEqualTo(answers.values());
        assertThat(read.rows("nauczyciele")).isEqualTo(answers.rows("nauczyciele"));
        assertThat(read.get("budzet")).isInstanceOf(BigDecimal.class);
        assertThat(read.get("uczniowie")).isInstanceOf(Long.class);
        assertThat(FormCheck.check(form, read, false)).isEmpty();
    }
}
