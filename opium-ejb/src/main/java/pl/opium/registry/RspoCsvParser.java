package pl.opium.registry;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the public RSPO register export: semicolon-separated, UTF-8 (a byte-order mark is
 * tolerated), Polish headers in the first line. Columns are found by header name, so the order and
 * any extra columns of the export do not matter. Each data line becomes either a checked
 * {@link RspoRecord} or a list of problems (message keys with the line number); a header without
 * the required columns makes the whole file unreadable.
 */
public final class RspoCsvParser {

    static final String RSPO = "Numer RSPO";
    static final String REGON = "REGON";
    static final String TYPE = "Typ";
    static final String NAME = "Nazwa";
    static final String STREET = "Ulica";
    static final String BUILDING = "Numer budynku";
    static final String FLAT = "Numer lokalu";
    static final String POSTAL_CODE = "Kod pocztowy";
    static final String CITY = "Miejscowość";
    static final String PHONE = "Telefon";
    static final String EMAIL = "E-mail";
    static final String WEBSITE = "Strona www";
    static final String DIRECTOR = "Imię i nazwisko dyrektora";
    static final String LATITUDE = "Szerokość geograficzna";
    static final String LONGITUDE = "Długość geograficzna";

    private static final List<String> REQUIRED = List.of(RSPO, TYPE, NAME);

    /** The outcome for one data line of the file (line numbers count the header as line 1). */
    public record Line(long number, RspoRecord record, List<String> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** A file whose header lacks required columns or that is no CSV at all. */
    public static final class UnreadableFileException extends Exception {
        private final String messageKey;
        private final String detail;

        UnreadableFileException(String messageKey, String detail) {
            super(messageKey + ": " + detail);
            this.messageKey = messageKey;
            this.detail = detail;
        }

        public String getMessageKey() {
            return messageKey;
        }

        public String getDetail() {
            return detail;
        }
    }

    private RspoCsvParser() {
    }

    public static List<Line> parse(Reader reader) throws UnreadableFileException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> columns = columnsByName(parser.getHeaderNames());
            List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(key(name))).toList();
            if (!missing.isEmpty()) {
                throw new UnreadableFileException("registry.import.missingColumns", String.join(", ", missing));
            }
            List<Line> lines = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (CSVRecord row : parser) {
                lines.add(parseLine(row, columns, seen));
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CharacterCodingException) {
                    throw new UnreadableFileException("registry.import.notUtf8", "");
                }
            }
            throw new UnreadableFileException("registry.import.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static Line parseLine(CSVRecord row, Map<String, Integer> columns, Set<String> seen) {
        long lineNumber = row.getRecordNumber() + 1;
        List<String> problems = new ArrayList<>();
        String rspo = value(row, columns, RSPO);
        if (!Rspo.isValid(rspo)) {
            problems.add("registry.import.badRspo");
        } else if (!seen.add(rspo)) {
            problems.add("registry.import.duplicateRspo");
        }
        String regon = value(row, columns, REGON);
        if (regon != null && !Regon.isValid(regon)) {
            problems.add("registry.import.badRegon");
        }
        InstitutionType type = RspoTypes.fromRspoName(value(row, columns, TYPE));
        if (type == null) {
            problems.add("registry.import.unknownType");
        }
        String name = value(row, columns, NAME);
        if (name == null) {
            problems.add("registry.import.noName");
        } else if (name.length() > 300) {
            problems.add("registry.import.nameTooLong");
        }
        String postalCode = value(row, columns, POSTAL_CODE);
        if (postalCode != null && !postalCode.matches("\\d{2}-\\d{3}")) {
            problems.add("registry.import.badPostalCode");
        }
        String email = value(row, columns, EMAIL);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add("registry.import.badEmail");
        }
        if (tooLong(row, columns)) {
            problems.add("registry.import.tooLong");
        }
        Double latitude = coordinate(value(row, columns, LATITUDE), -90, 90, problems);
        Double longitude = coordinate(value(row, columns, LONGITUDE), -180, 180, problems);
        if (!problems.isEmpty()) {
            return new Line(lineNumber, null, List.copyOf(problems));
        }
        String[] director = splitName(value(row, columns, DIRECTOR));
        String building = value(row, columns, BUILDING);
        String flat = value(row, columns, FLAT);
        if (building != null && flat != null) {
            building = building + "/" + flat;
        }
        RspoRecord record = new RspoRecord(rspo, regon, type, name, value(row, columns, STREET), building,
                postalCode, value(row, columns, CITY), value(row, columns, PHONE), email,
                value(row, columns, WEBSITE), director[0], director[1], latitude, longitude);
        return new Line(lineNumber, record, List.of());
    }

    /** Widths of the registry's columns: a longer value would fail only when stored, so it is refused here. */
    private static final Map<String, Integer> MAX_LENGTHS = Map.of(STREET, 200, BUILDING, 15, CITY, 100, PHONE, 40,
            EMAIL, 200, WEBSITE, 300, DIRECTOR, 200);

    private static boolean tooLong(CSVRecord row, Map<String, Integer> columns) {
        return MAX_LENGTHS.entrySet().stream().anyMatch(limit -> {
            String value = value(row, columns, limit.getKey());
            return value != null && value.length() > limit.getValue();
        });
    }

    private static Double coordinate(String text, double min, double max, List<String> problems) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.replace(',', '.'));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range value
        }
        problems.add("registry.import.badCoordinates");
        return null;
    }

    /** "Anna Maria Kowalska-Nowak" → first names, last name. */
    private static String[] splitName(String fullName) {
        if (fullName == null) {
            return new String[]{null, null};
        }
        int space = fullName.lastIndexOf(' ');
        if (space < 0) {
            return new String[]{null, null};
        }
        return new String[]{fullName.substring(0, space).trim(), fullName.substring(space + 1).trim()};
    }

    private static String value(CSVRecord row, Map<String, Integer> columns, String header) {
        Integer index = columns.get(key(header));
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index).trim();
        return value.isEmpty() ? null : value;
    }

    private static Map<String, Integer> columnsByName(List<String> headers) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.putIfAbsent(key(headers.get(i)), i);
        }
        return columns;
    }

    /** Header names compared without case, accents, BOM or surrounding blanks. */
    static String key(String header) {
        String plain = header == null ? "" : header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)
                .replace('ł', 'l');
        return Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
