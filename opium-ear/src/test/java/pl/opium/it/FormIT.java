package pl.opium.it;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.opium.OpiumException;
import pl.opium.forms.FieldType;
import pl.opium.forms.Form;
import pl.opium.forms.FormAnswers;
import pl.opium.forms.FormAnswersRefused;
import pl.opium.forms.FormDefinition;
import pl.opium.forms.FormField;
import pl.opium.forms.FormProblem;
import pl.opium.forms.FormResponse;
import pl.opium.forms.FormSection;
import pl.opium.forms.FormService;
import pl.opium.forms.FormSubmission;
import pl.opium.forms.FormTable;
import pl.opium.forms.ResponseStatus;
import pl.opium.identity.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Forms on the real server and both databases: stored definitions, drafts, submissions, who reads them, exports. */
@ExtendWith(ArquillianExtension.class)
class FormIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.opiumWith(FormIT.class, Sending.class);
    }

    @EJB
    private FormService forms;

    private static FormDefinition rooms() {
        return new FormDefinition("Pracownie", List.of(new FormSection("Pracownie", null, List.of(
                FormField.of("opiekun", "Opiekun pracowni", FieldType.TEXT, true),
                FormField.of("internet", "Szerokopasmowy internet", FieldType.YES_NO, true),
                new FormTable("sale", "Sale", null, List.of(
                        FormField.of("numer", "Numer sali", FieldType.TEXT, true),
                        FormField.number("komputery", "Komputery", true, BigDecimal.ZERO, BigDecimal.valueOf(60), 0)),
                        1, 50)))));
    }

    @Test
    void anInstitutionSavesADraftSubmitsAndTheAuthorExports() throws Exception {
        Form form = As.user(Sending.OFFICER, () -> forms.create(rooms()));
        String context = "message:" + ThreadLocalRandom.current().nextInt(1_000_000, 2_000_000);

        FormAnswers draft = new FormAnswers().put("opiekun", "Jan Kowalski");
        FormResponse saved = As.user("sp01.dyrektor", () -> forms.save(form.getId(), context, null, draft, false));
        assertThat(saved.getStatus()).isEqualTo(ResponseStatus.DRAFT);

        assertThatThrownBy(() -> As.user("sp01.dyrektor",
                () -> forms.save(form.getId(), context, saved.getVersion(), draft, true)))
                .isInstanceOfSatisfying(FormAnswersRefused.class, e -> assertThat(e.getProblems())
                        .extracting(FormProblem::key).containsExactly("internet", "sale"));

        FormAnswers complete = new FormAnswers().put("opiekun", "Jan Kowalski").put("internet", true);
        Map<String, Object> room = complete.addRow("sale");
        room.put("numer", "12");
        room.put("komputery", new BigDecimal("16"));
        FormResponse submitted = As.user("sp01.dyrektor",
                () -> forms.save(form.getId(), context, saved.getVersion(), complete, true));
        assertThat(submitted.getStatus()).isEqualTo(ResponseStatus.SUBMITTED);
        // a colleague who loaded the draft before is told to look again
        assertThatThrownBy(() -> As.user("sp01.dyrektor", () -> forms.save(form.getId(), context, saved.getVersion(), draft, false)))
                .isInstanceOfSatisfying(OpiumException.class, e -> assertThat(e.getMessageKey()).isEqualTo("concurrentModification"));
        // another school's draft does not show up among submissions
        As.user("sp02.dyrektor", () -> forms.save(form.getId(), context, null, draft, false));

        List<FormSubmission> submissions = As.user(Sending.OFFICER, () -> forms.submissions(form.getId(), context));
        assertThat(submissions).singleElement().satisfies(s -> {
            assertThat(s.institution()).isEqualTo("SP 1");
            assertThat(s.answers().rows("sale")).singleElement()
                    .satisfies(row -> assertThat(row).containsEntry("komputery", new BigDecimal("16")));
        });
        assertThat(As.user(Sending.HEAD, () -> forms.submissions(form.getId(), context))).hasSize(1);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        As.user(Sending.OFFICER, () -> {
            forms.export(form.getId(), context, "sale", false, xlsx);
            return null;
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(5).getNumericCellValue()).isEqualTo(16);
        }

        assertThatThrownBy(() -> As.user("pracownik.sp", () -> forms.submissions(form.getId(), context)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("sp01.dyrektor", () -> forms.submissions(form.getId(), context)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> As.user(Sending.OFFICER, () -> forms.save(form.getId(), context, null, draft, false)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
