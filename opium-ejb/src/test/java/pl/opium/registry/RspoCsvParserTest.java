package pl.opium.registry;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RspoCsvParserTest {

    private static final String HEADER = "Numer RSPO;REGON;NIP;Typ;Nazwa;Województwo;Powiat;Gmina;Miejscowość;Ulica;"
            + "Numer budynku;Numer lokalu;Kod pocztowy;Poczta;Telefon;E-mail;Strona www;Imię i nazwisko dyrektora\n";

    @Test
    void readsAValidLineByHeaderNames() throws Exception {
        List<RspoCsvParser.Line> lines = parse(HEADER
                + "21537;123456785;;Szkoła podstawowa;Szkoła Podstawowa nr 5 im. Adama Mickiewicza;KUJAWSKO-POMORSKIE;"
                + "Bydgoszcz;Bydgoszcz;Bydgoszcz;ul. Długa;5;2;85-001;Bydgoszcz;52 111 22 33;sp5@example.pl;"
                + "https://sp5.example.pl;Anna Maria Kowalska\n");

        assertThat(lines).hasSize(1);
        RspoRecord record = lines.get(0).record();
        assertThat(record.rspoNumber()).isEqualTo("21537");
        assertThat(record.type()).isEqualTo(InstitutionType.PRIMARY_SCHOOL);
        assertThat(record.buildingNumber()).isEqualTo("5/2");
        assertThat(record.postalCode()).isEqualTo("85-001");
        assertThat(record.directorFirstName()).isEqualTo("Anna Maria");
        assertThat(record.directorLastName()).isEqualTo("Kowalska");
        assertThat(lines.get(0).number()).isEqualTo(2);
    }

    @Test
    void toleratesColumnOrderExtraColumnsAndAByteOrderMark() throws Exception {
        List<RspoCsvParser.Line> lines = parse("\uFEFFNazwa;Coś innego;typ;NUMER RSPO\n"
                + "Przedszkole Miejskie nr 3;x;Przedszkole;1234\n");

        assertThat(lines.get(0).isValid()).isTrue();
        assertThat(lines.get(0).record().type()).isEqualTo(InstitutionType.PRESCHOOL);
        assertThat(lines.get(0).record().rspoNumber()).isEqualTo("1234");
    }

    @Test
    void reportsEveryProblemOfABadLineWithItsNumber() throws Exception {
        List<RspoCsvParser.Line> lines = parse(HEADER
                + "21537;123456785;;Szkoła podstawowa;SP 5;;;;Bydgoszcz;;;;85-001;;;;;\n"
                + "0123;123456789;;Statek kosmiczny;;;;;;;;;85001;;;bad-mail;;\n");

        assertThat(lines.get(0).isValid()).isTrue();
        RspoCsvParser.Line bad = lines.get(1);
        assertThat(bad.number()).isEqualTo(3);
        assertThat(bad.record()).isNull();
        assertThat(bad.problems()).containsExactlyInAnyOrder("registry.import.badRspo", "registry.import.badRegon",
                "registry.import.unknownType", "registry.import.noName", "registry.import.badPostalCode",
                "registry.import.badEmail");
    }

    @Test
    void reportsTheSecondLineWithTheSameRspoNumber() throws Exception {
        List<RspoCsvParser.Line> lines = parse("Numer RSPO;Typ;Nazwa\n7;Technikum;Technikum nr 1\n7;Technikum;Technikum nr 2\n");

        assertThat(lines.get(0).isValid()).isTrue();
        assertThat(lines.get(1).problems()).containsExactly("registry.import.duplicateRspo");
    }

    @Test
    void readsCoordinatesWithDecimalCommaAndRejectsImpossibleOnes() throws Exception {
        List<RspoCsvParser.Line> lines = parse("Numer RSPO;Typ;Nazwa;Szerokość geograficzna;Długość geograficzna\n"
                + "7;Bursa;Bursa nr 1;53,1235;18,0084\n8;Bursa;Bursa nr 2;153.1;18.0\n");

        assertThat(lines.get(0).record().latitude()).isEqualTo(53.1235);
        assertThat(lines.get(0).record().longitude()).isEqualTo(18.0084);
        assertThat(lines.get(1).problems()).containsExactly("registry.import.badCoordinates");
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        assertThatThrownBy(() -> parse("RSPO,Typ,Nazwa\n1,Przedszkole,P 1\n"))
                .isInstanceOf(RspoCsvParser.UnreadableFileException.class)
                .extracting("messageKey").isEqualTo("registry.import.missingColumns");
    }

    @Test
    void rejectsValuesLongerThanTheRegistryKeeps() throws Exception {
        List<RspoCsvParser.Line> lines = parse("Numer RSPO;Typ;Nazwa;Telefon\n7;Bursa;Bursa nr 1;" + "1".repeat(41) + "\n");

        assertThat(lines.get(0).problems()).containsExactly("registry.import.tooLong");
    }

    @Test
    void mapsRspoTypeNamesToInstitutionTypes() {
        assertThat(RspoTypes.fromRspoName("Liceum ogólnokształcące")).isEqualTo(InstitutionType.GENERAL_SECONDARY);
        assertThat(RspoTypes.fromRspoName("Branżowa szkoła I stopnia")).isEqualTo(InstitutionType.VOCATIONAL);
        assertThat(RspoTypes.fromRspoName("Szkoła podstawowa specjalna")).isEqualTo(InstitutionType.SPECIAL_SCHOOL);
        assertThat(RspoTypes.fromRspoName("Zespół szkół i placówek oświatowych")).isEqualTo(InstitutionType.SCHOOL_COMPLEX);
        assertThat(RspoTypes.fromRspoName("Młodzieżowy dom kultury")).isEqualTo(InstitutionType.YOUTH_CENTRE);
        assertThat(RspoTypes.fromRspoName("Poradnia psychologiczno-pedagogiczna")).isEqualTo(InstitutionType.COUNSELLING_CENTRE);
        assertThat(RspoTypes.fromRspoName("Internat")).isEqualTo(InstitutionType.DORMITORY);
        assertThat(RspoTypes.fromRspoName("Uczelnia")).isNull();
    }

    @Test
    void derivesShortNamesFromNumbersOrRomanNumerals() {
        assertThat(RspoTypes.shortName(InstitutionType.PRIMARY_SCHOOL, "Szkoła Podstawowa nr 12 im. X")).isEqualTo("SP 12");
        assertThat(RspoTypes.shortName(InstitutionType.GENERAL_SECONDARY, "XV Liceum Ogólnokształcące")).isEqualTo("LO XV");
        assertThat(RspoTypes.shortName(InstitutionType.DORMITORY, "Bursa Akademicka")).isEqualTo("B Bursa Akademicka");
    }

    private static List<RspoCsvParser.Line> parse(String csv) throws RspoCsvParser.UnreadableFileException {
        return RspoCsvParser.parse(new StringReader(csv));
    }
}
