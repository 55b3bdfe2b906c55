package pl.opium.surveys;

import com.ctc.wstx.sax.WstxSAXParserFactory;
import com.ctc.wstx.stax.WstxInputFactory;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads an .xlsx's sheets with a SAX parser over their XML and turns each cell straight into a
 * {@link CellValue}: shared strings looked up once per index, number formats judged once per style,
 * dates in the workbook's own date system. No cell objects and no formatting of numbers into text,
 * which is where general-purpose readers spend their time.
 */
final class XlsxRows implements SurveyRows {

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable sharedStrings;
    /** Shared strings read so far, grown as indexes the table really has are met (never sized from the file's count). */
    private String[] strings = new String[256];
    private final StylesTable styles;
    private final boolean date1904;
    private final StyleInfo[] styleInfo;
    private Map<String, PackagePart> sheetParts;
    /** Formula cells read so far that hold no value their program computed (read as empty, as POI's reader reads them). */
    private int uncomputedFormulas;

    /** A cell style as the reader needs it: its number format and whether that format shows a date. */
    private record StyleInfo(String format, boolean date) {
    }

    private XlsxRows(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        this.sharedStrings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = reader.getStylesTable();
        this.styleInfo = new StyleInfo[styles == null ? 1 : Math.max(1, styles.getNumCellStyles())];
        this.date1904 = readDate1904(reader);
    }

    static XlsxRows open(Path file) {
        UploadLimits.apply();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XlsxRows(pkg);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw new SurveyFileException(UploadLimits.refusedAsBomb(e) ? "surveys.tooCompressed" : "surveys.corrupt");
        }
    }

    @Override
    public boolean read(String sheetName, RowCallback callback) {
        try {
            PackagePart part = sheetParts().get(sheetName);
            if (part == null) {
                return false;
            }
            try (InputStream sheet = part.getInputStream()) {
                XMLReader parser = newParser();
                parser.setContentHandler(new SheetHandler(callback));
                try {
                    parser.parse(new InputSource(sheet));
                } catch (EnoughRead stop) {
                    // the caller has what it needs
                } catch (CallerFailed failure) {
                    throw (RuntimeException) failure.getCause();
                }
                return true;
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof EnoughRead || e.getCause() instanceof EnoughRead) {
                return true;
            }
            if (e instanceof CallerFailed) {
                throw (RuntimeException) e.getCause();
            }
            if (e.getCause() instanceof CallerFailed) {
                throw (RuntimeException) e.getCause().getCause();
            }
            throw new SurveyFileException(UploadLimits.refusedAsBomb(e) ? "surveys.tooCompressed" : "surveys.corrupt");
        }
    }

    @Override
    public int uncomputedFormulas() {
        return uncomputedFormulas;
    }

    @Override
    public void close() {
        pkg.revert();
    }

    private String sharedString(int index) {
        if (index < strings.length && strings[index] != null) {
            return strings[index];
        }
        // the table refuses an index it does not have, so the cache grows only as far as real strings go
        String text = sharedStrings.getItemAt(index).getString();
        if (index >= strings.length) {
            strings = Arrays.copyOf(strings, Math.max(index + 1, strings.length * 2));
        }
        strings[index] = text;
        return text;
    }

    private StyleInfo style(int index) {
        if (index < 0 || index >= styleInfo.length || styles == null) {
            // a style the table does not have, as some programs write: the cell reads as General
            return new StyleInfo("General", false);
        }
        StyleInfo info = styleInfo[index];
        if (info == null) {
            XSSFCellStyle style = styles.getStyleAt(index);
            String format = style == null ? "General" : style.getDataFormatString();
            boolean date = style != null && format != null && DateUtil.isADateFormat(style.getDataFormat(), format);
            info = new StyleInfo(format == null ? "General" : format, date);
            styleInfo[index] = info;
        }
        return info;
    }

    private CellValue value(String type, int style, String text) {
        if (type == null || "n".equals(type)) {
            if (text.isEmpty()) {
                return CellValue.BLANK;
            }
            double number = Double.parseDouble(text);
            StyleInfo info = style(style);
            if (info.date() && DateUtil.isValidExcelDate(number)) {
                return new CellValue(CellValue.Kind.DATE, DateUtil.getLocalDateTime(number, date1904, false), info.format());
            }
            return new CellValue(CellValue.Kind.NUMBER, number, info.format());
        }
        switch (type) {
            case "s":
                return text.isEmpty() ? CellValue.BLANK : CellValue.text(sharedString(Integer.parseInt(text.trim())));
            case "inlineStr":
            case "str":
                return CellValue.text(unescaped(text));
            case "b":
                return new CellValue(CellValue.Kind.BOOLEAN, "1".equals(text.trim()), null);
            case "e":
                return new CellValue(CellValue.Kind.ERROR, errorText(text), null);
            case "d":
                return text.isEmpty() ? CellValue.BLANK
                        : new CellValue(CellValue.Kind.DATE, LocalDateTime.parse(text.length() == 10 ? text + "T00:00" : text),
                        style(style).format());
            default:
                return CellValue.text(text);
        }
    }

    /** A cell's style index; one that is no number reads as the default style, as in POI. */
    private static int styleIndex(String s) {
        if (s == null) {
            return 0;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Open XML's escape of a character XML cannot carry ({@code _x000D_}); shared strings come decoded from POI. */
    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** The text with {@code _xHHHH_} escapes turned back into their characters, as POI reads shared strings. */
    static String unescaped(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        java.util.regex.Matcher escape = ESCAPE.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (escape.find()) {
            escape.appendReplacement(decoded, java.util.regex.Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        escape.appendTail(decoded);
        return decoded.toString();
    }

    private static String errorText(String text) {
        try {
            return FormulaError.forString(text.trim()).getString();
        } catch (RuntimeException e) {
            return text.trim();
        }
    }

    /** Column index of an A1 reference ("AB12" → 27). */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    /** The sheets by name, found once: each look through POI's sheet iterator parses the workbook part again. */
    private Map<String, PackagePart> sheetParts() throws IOException, OpenXML4JException {
        if (sheetParts == null) {
            // Excel tells sheets apart regardless of letter case, so a copy's "DANE" is the template's "Dane"
            sheetParts = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    sheetParts.putIfAbsent(sheets.getSheetName(), sheets.getSheetPart());
                }
            }
        }
        return sheetParts;
    }

    /**
     * A SAX parser for sheet XML: Woodstox, which reads it about twice as fast as the JDK's parser,
     * with DTDs and external entities off (a copy is untrusted input).
     */
    static XMLReader newParser() throws SAXException, ParserConfigurationException {
        WstxInputFactory stax = new WstxInputFactory();
        stax.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        stax.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        WstxSAXParserFactory factory = new WstxSAXParserFactory(stax);
        factory.setNamespaceAware(true);
        return factory.newSAXParser().getXMLReader();
    }

    private static boolean readDate1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException {
        boolean[] date1904 = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader parser = newParser();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            parser.parse(new InputSource(workbook));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return date1904[0];
    }

    /** Carries an exception of the row callback through the parser. */
    private static final class CallerFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CallerFailed(RuntimeException cause) {
            super(cause);
        }
    }

    /** Stops the parser once the caller has read what it needs (SAX has no other way out). */
    private static final class EnoughRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EnoughRead() {
            super(null, null, false, false);
        }
    }

    /** The SAX handler of one sheet: collects each row's cells and hands the row over at its end. */
    private final class SheetHandler extends DefaultHandler {

        private final RowCallback callback;
        private final StringBuilder text = new StringBuilder();
        private int[] columns = new int[32];
        private CellValue[] values = new CellValue[32];
        private int count;
        private int row = -1;
        private int column = -1;
        private String type;
        private int style;
        private boolean collecting;
        private boolean inInline;
        private boolean hasValue;
        private boolean hasFormula;

        SheetHandler(RowCallback callback) {
            this.callback = callback;
        }

        /** The caller's own failure is not a damaged file: it travels out unchanged. */
        private boolean handOver() {
            try {
                return callback.row(row, columns, values, count);
            } catch (RuntimeException e) {
                throw new CallerFailed(e);
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    column = -1;
                    count = 0;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : column(r);
                    type = attributes.getValue("t");
                    style = styleIndex(attributes.getValue("s"));
                    text.setLength(0);
                    hasValue = false;
                    hasFormula = false;
                }
                case "f" -> hasFormula = true;
                case "v" -> {
                    text.setLength(0);
                    collecting = true;
                }
                case "is" -> {
                    text.setLength(0);
                    inInline = true;
                }
                case "t" -> collecting = inInline;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> {
                    collecting = false;
                    hasValue = true;
                }
                case "t" -> {
                    if (inInline) {
                        collecting = false;
                        hasValue = true;
                    }
                }
                case "is" -> inInline = false;
                case "c" -> {
                    if (!hasValue && hasFormula) {
                        uncomputedFormulas++;
                    }
                    if (hasValue) {
                        CellValue value = value(type, style, text.toString());
                        if (!value.isBlank()) {
                            if (count == columns.length) {
                                columns = Arrays.copyOf(columns, count * 2);
                                values = Arrays.copyOf(values, count * 2);
                            }
                            columns[count] = column;
                            values[count++] = value;
                        }
                    }
                }
                case "row" -> {
                    if (count > 0 && !handOver()) {
                        throw new EnoughRead();
                    }
                    count = 0;
                }
                default -> {
                }
            }
        }
    }
}
