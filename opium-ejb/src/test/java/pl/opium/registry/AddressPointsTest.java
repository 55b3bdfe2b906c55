package pl.opium.registry;

import org.junit.jupiter.api.Test;
import pl.opium.OpiumException;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AddressPointsTest {

    @Test
    void theGridIsProjectedToLatitudeAndLongitude() {
        // on the central meridian (easting 500 km) at 52°N: northing = 0.9993 × meridian arc (5 763 343.6 m) − 5 300 km
        double[] onMeridian = AddressPoints.toWgs84(459_309.3, 500_000);
        assertThat(onMeridian[0]).isCloseTo(52.0, within(1e-5));
        assertThat(onMeridian[1]).isCloseTo(19.0, within(1e-9));
        // about Bydgoszcz: west of the meridian, north of 53°
        double[] bydgoszcz = AddressPoints.toWgs84(584_000, 433_000);
        assertThat(bydgoszcz[0]).isCloseTo(53.12, within(0.02));
        assertThat(bydgoszcz[1]).isCloseTo(18.0, within(0.03));
    }

    @Test
    void aPrgExportIsReadByItsHeaderAndBadLinesAreReported() {
        String csv = """
                \uFEFFPRZESTRZEN_NAZW;IDENTYFIKATOR;MIEJSCOWOSC;ULICA;NUMER;KOD_POCZTOWY;STATUS;X;Y
                PL.PZGIK.200;a1;Bydgoszcz;ul. Gdańska;12A;85-005;istniejacy;584000,25;433000,75
                PL.PZGIK.200;a2;Bydgoszcz;;7;85-100;istniejacy;584100;433100
                PL.PZGIK.200;a3;Bydgoszcz;Fordońska;3;85-700;istniejacy;abc;433100
                PL.PZGIK.200;a4;Bydgoszcz;Fordońska;5;85-700;istniejacy;5840000;433100
                """;
        AddressPoints.Result result = AddressPoints.parse(new StringReader(csv));
        assertThat(result.points()).hasSize(2);
        assertThat(result.points().get(0).key()).isEqualTo(AddressPoints.key("BYDGOSZCZ", "Gdanska", "12 a"));
        assertThat(result.points().get(0).postalCode()).isEqualTo("85-005");
        assertThat(result.points().get(1).street()).isNull();
        assertThat(result.rejected()).extracting(ImportReport.RejectedLine::lineNumber).containsExactly(4L, 5L);
        assertThat(result.rejected().get(0).problems()).containsExactly("registry.prg.coordinate");
        assertThat(result.rejected().get(1).problems()).containsExactly("registry.prg.outsidePoland");
    }

    @Test
    void aFileWithoutCoordinatesIsRefusedWhole() {
        assertThatThrownBy(() -> AddressPoints.parse(new StringReader("MIEJSCOWOSC,ULICA,NUMER\nBydgoszcz,Gdańska,1\n")))
                .isInstanceOfSatisfying(OpiumException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("registry.prg.columns");
                    assertThat(e.getArguments()).containsExactly("X");
                });
    }

    @Test
    void aFileSavedInWindows1250IsRefusedRatherThanReadAsGarbledNames() {
        byte[] excelCsv = "MIEJSCOWOSC;ULICA;NUMER;X;Y\nBydgoszcz;Fordońska;3;584100;433100\n"
                .getBytes(Charset.forName("windows-1250"));
        assertThatThrownBy(() -> AddressPoints.parse(Utf8.strictReader(new ByteArrayInputStream(excelCsv))))
                .isInstanceOfSatisfying(OpiumException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("registry.import.notUtf8"));
        byte[] utf8 = "MIEJSCOWOSC;ULICA;NUMER;X;Y\nBydgoszcz;Fordońska;3;584100;433100\n".getBytes(StandardCharsets.UTF_8);
        assertThat(AddressPoints.parse(Utf8.strictReader(new ByteArrayInputStream(utf8))).points())
                .extracting(AddressPoints.Point::street).containsExactly("Fordońska");
    }

    @Test
    void addressKeysForgiveCaseLettersAndPrefixes() {
        assertThat(AddressPoints.key("Bydgoszcz", "al. Łódzka", "1"))
                .isEqualTo(AddressPoints.key("bydgoszcz", "Lodzka", "1"));
        assertThat(AddressPoints.key("Bydgoszcz", "Ulica  Żeglarska", "10 B"))
                .isEqualTo(AddressPoints.key("BYDGOSZCZ", "zeglarska", "10b"));
    }
}
