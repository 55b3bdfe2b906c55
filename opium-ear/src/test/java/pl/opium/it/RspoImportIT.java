package pl.opium.it;

import jakarta.ejb.EJB;
import org.junit.jupiter.api.Test;
import pl.opium.OpiumException;
import pl.opium.registry.ImportReport;
import pl.opium.registry.Institution;
import pl.opium.registry.InstitutionType;
import pl.opium.registry.RegistryService;
import pl.opium.registry.RspoImportService;
import pl.opium.registry.StaffFunction;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Import of the RSPO register export: valid lines create or update, bad lines change nothing. */
class RspoImportIT extends OnSharedDeployment {

    private static final String HEADER = "Numer RSPO;REGON;NIP;Typ;Nazwa;Województwo;Miejscowość;Ulica;Numer budynku;"
            + "Numer lokalu;Kod pocztowy;Telefon;E-mail;Strona www;Imię i nazwisko dyrektora\n";

    @EJB
    private RspoImportService importer;

    @EJB
    private RegistryService registry;

    @Test
    void createsValidLinesReportsBadOnesAndUpdatesByRspoOnTheSecondImport() {
        String good = RegistryIT.uniqueRspo();
        String bad = RegistryIT.uniqueRspo();
        String csv = HEADER
                + good + ";123456785;;Szkoła podstawowa;Szkoła Podstawowa nr 77 im. Testową;KUJAWSKO-POMORSKIE;"
                + "Bydgoszcz;ul. Szkolna;3;;85-100;52 100 20 30;sp77@example.pl;https://sp77.example.pl;Jan Kowalski\n"
                + bad + ";123456789;;Szkoła podstawowa;Szkoła zła;;;;;;85100;;;;\n"
                + "x;;;Przedszkole;;;;;;;;;;;\n";

        ImportReport report = As.user(RegistryIT.OFFICER, () -> importer.importCsv(utf8(csv)));

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.updated()).isZero();
        assertThat(report.rejected()).extracting(ImportReport.RejectedLine::lineNumber).containsExactly(3L, 4L);
        assertThat(report.rejected().get(0).problems())
                .containsExactlyInAnyOrder("registry.import.badRegon", "registry.import.badPostalCode");
        assertThat(As.user(RegistryIT.OFFICER, () -> registry.findByRspo(bad))).isEmpty();
        Institution created = As.user(RegistryIT.OFFICER, () -> registry.findByRspo(good)).orElseThrow();
        assertThat(created.getShortName()).isEqualTo("SP 77");
        assertThat(created.getType()).isEqualTo(InstitutionType.PRIMARY_SCHOOL);
        assertThat(As.user(RegistryIT.OFFICER, () -> registry.directorOf(created.getId())))
                .hasValueSatisfying(d -> {
                    assertThat(d.getFullName()).isEqualTo("Jan Kowalski");
                    assertThat(d.getFunction()).isEqualTo(StaffFunction.DIRECTOR);
                });

        ImportReport second = As.user(RegistryIT.OFFICER, () -> importer.importCsv(utf8(HEADER
                + good + ";123456785;;Szkoła podstawowa;Szkoła Podstawowa nr 77 im. Nowego Patrona;;Bydgoszcz;"
                + "ul. Nowa;1;;85-101;;;;Anna Nowak\n")));

        assertThat(second.created()).isZero();
        assertThat(second.updated()).isEqualTo(1);
        Institution updated = As.user(RegistryIT.OFFICER, () -> registry.findByRspo(good)).orElseThrow();
        assertThat(updated.getName()).endsWith("Nowego Patrona");
        assertThat(updated.getShortName()).as("the short name the department set is kept").isEqualTo("SP 77");
        assertThat(As.user(RegistryIT.OFFICER, () -> registry.directorOf(created.getId())))
                .hasValueSatisfying(d -> assertThat(d.getFullName()).isEqualTo("Anna Nowak"));
    }

    @Test
    void fileWithoutTheRspoColumnsIsRefusedAsAWhole() {
        assertThatThrownBy(() -> As.user(RegistryIT.OFFICER, () -> importer.importCsv(utf8("a,b,c\n1,2,3\n"))))
                .isInstanceOf(OpiumException.class)
                .extracting("messageKey").isEqualTo("registry.import.missingColumns");
    }

    @Test
    void fileInAnotherEncodingIsRefusedWithAHint() {
        byte[] windows1250 = (HEADER + RegistryIT.uniqueRspo() + ";;;Przedszkole;Przedszkole Łąka;;;;;;;;;;\n")
                .getBytes(Charset.forName("windows-1250"));

        assertThatThrownBy(() -> As.user(RegistryIT.OFFICER,
                () -> importer.importCsv(new ByteArrayInputStream(windows1250))))
                .isInstanceOf(OpiumException.class)
                .extracting("messageKey").isEqualTo("registry.import.notUtf8");
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
