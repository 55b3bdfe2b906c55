package pl.opium.registry;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import pl.opium.OpiumException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The address points of the national register (PRG) as a city exports them for itself: a CSV with
 * a header naming the columns (MIEJSCOWOSC, ULICA, NUMER, KOD_POCZTOWY, X, Y — order and extra columns
 * do not matter), coordinates in the Polish grid PL-1992 (EPSG:2180), where by the geodetic convention
 * X is the northing and Y the easting. Points are turned into WGS84 latitude and longitude with
 * proj4j, and addresses are matched by a key that forgives case, Polish letters and "ul."/"al." prefixes.
 */
public final class AddressPoints {

    /** EPSG:2180, ETRS89 / Poland CS92. */
    private static final String PL_1992 =
            "+proj=tmerc +lat_0=0 +lon_0=19 +k=0.9993 +x_0=500000 +y_0=-5300000 +ellps=GRS80 +units=m +no_defs";
    private static final CoordinateTransform TO_WGS84 = transform();
    private static final Pattern PREFIX = Pattern.compile("^(ul|ulica|al|aleja|aleje|os|osiedle|pl|plac)\\.?\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Where a PL-1992 point can be: Poland and a margin. */
    private static final double MIN_NORTHING = 100_000;
    private static final double MAX_NORTHING = 800_000;
    private static final double MIN_EASTING = 140_000;
    private static final double MAX_EASTING = 900_000;

    public record Point(String city, String street, String number, String postalCode, double latitude, double longitude) {

        public String key() {
            return AddressPoints.key(city, street, number);
        }
    }

    /** The points read, and the lines that could not be (line numbers count the header as line 1). */
    public record Result(List<Point> points, List<ImportReport.RejectedLine> rejected) {
    }

    private AddressPoints() {
    }

    /** Reads the file; a header without the needed columns refuses the whole file. */
    public static Result parse(Reader source) {
        BufferedReader reader = new BufferedReader(source);
        try {
            reader.mark(4096);
            String header = reader.readLine();
            reader.reset();
            if (header == null) {
                throw new OpiumException("registry.prg.empty");
            }
            char delimiter = header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).build();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                Map<String, Integer> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                parser.getHeaderMap().forEach((name, index) -> columns.put(plain(name.replace("\uFEFF", "")), index));
                for (String needed : List.of("MIEJSCOWOSC", "NUMER", "X", "Y")) {
                    if (!columns.containsKey(needed)) {
                        throw new OpiumException("registry.prg.columns", needed);
                    }
                }
                List<Point> points = new ArrayList<>();
                List<ImportReport.RejectedLine> rejected = new ArrayList<>();
                for (CSVRecord record : parser) {
                    long line = record.getRecordNumber() + 1;
                    try {
                        points.add(point(record, columns));
                    } catch (IllegalArgumentException e) {
                        rejected.add(new ImportReport.RejectedLine(line, List.of(e.getMessage())));
                    }
                }
                return new Result(points, rejected);
            }
        } catch (IOException | UncheckedIOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CharacterCodingException) {
                    throw new OpiumException("registry.import.notUtf8");
                }
            }
            throw new OpiumException("registry.import.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static Point point(CSVRecord record, Map<String, Integer> columns) {
        String city = value(record, columns, "MIEJSCOWOSC");
        String number = value(record, columns, "NUMER");
        if (city.isEmpty() || number.isEmpty()) {
            throw new IllegalArgumentException("registry.prg.addressMissing");
        }
        double northing = coordinate(value(record, columns, "X"));
        double easting = coordinate(value(record, columns, "Y"));
        if (northing < MIN_NORTHING || northing > MAX_NORTHING || easting < MIN_EASTING || easting > MAX_EASTING) {
            throw new IllegalArgumentException("registry.prg.outsidePoland");
        }
        double[] wgs84 = toWgs84(northing, easting);
        String street = value(record, columns, "ULICA");
        String postalCode = value(record, columns, "KOD_POCZTOWY");
        return new Point(city, street.isEmpty() ? null : street, number, postalCode.isEmpty() ? null : postalCode,
                wgs84[0], wgs84[1]);
    }

    /** Latitude and longitude of a PL-1992 point given as northing (X) and easting (Y). */
    public static double[] toWgs84(double northing, double easting) {
        ProjCoordinate out = new ProjCoordinate();
        TO_WGS84.transform(new ProjCoordinate(easting, northing), out);
        return new double[]{out.y, out.x};
    }

    /** "bydgoszcz|gdanska|12a": what "Bydgoszcz, ul. Gdańska 12A" and "BYDGOSZCZ, Gdanska 12 a" both give. */
    public static String key(String city, String street, String number) {
        String streetPart = street == null ? "" : PREFIX.matcher(plain(street)).replaceFirst("");
        return plain(city) + "|" + streetPart + "|" + plain(number).replace(" ", "");
    }

    private static String plain(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.forLanguageTag("pl")).replace('ł', 'l');
        String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return SPACES.matcher(stripped.strip()).replaceAll(" ");
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    private static double coordinate(String text) {
        try {
            return Double.parseDouble(text.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("registry.prg.coordinate");
        }
    }

    private static CoordinateTransform transform() {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem grid = crs.createFromParameters("EPSG:2180", PL_1992);
        CoordinateReferenceSystem wgs84 = crs.createFromParameters("EPSG:4326", "+proj=longlat +datum=WGS84 +no_defs");
        return new CoordinateTransformFactory().createTransform(grid, wgs84);
    }
}
