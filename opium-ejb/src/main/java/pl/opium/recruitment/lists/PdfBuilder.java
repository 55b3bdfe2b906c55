package pl.opium.recruitment.lists;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The few shapes recruitment documents are made of — headings, paragraphs, numbered tables — on A4
 * in Liberation Sans, embedded, so that Polish letters print everywhere. One writer makes one document.
 */
final class PdfBuilder {

    private static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = font("liberation/LiberationSans-Bold.ttf");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 40, 40, 40, 40);

    PdfBuilder(String title) {
        PdfWriter.getInstance(document, bytes);
        document.addTitle(title);
        document.addCreator("OPIUM");
        document.open();
    }

    PdfBuilder heading(String text) {
        Paragraph heading = new Paragraph(text, new Font(BOLD, 14));
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(6);
        return add(heading);
    }

    PdfBuilder subheading(String text) {
        Paragraph heading = new Paragraph(text, new Font(BOLD, 11));
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(4);
        return add(heading);
    }

    PdfBuilder paragraph(String text) {
        return add(new Paragraph(text, new Font(REGULAR, 10)));
    }

    /** A table with a bold header row and a number column ("Lp.") in front. */
    PdfBuilder numberedTable(List<String> header, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(header.size() + 1);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        float[] widths = new float[header.size() + 1];
        widths[0] = 0.8f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 3;
        }
        try {
            table.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        table.addCell(cell("Lp.", BOLD));
        header.forEach(title -> table.addCell(cell(title, BOLD)));
        int number = 1;
        for (List<String> row : rows) {
            table.addCell(cell(number++ + ".", REGULAR));
            row.forEach(value -> table.addCell(cell(value == null ? "" : value, REGULAR)));
        }
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        return add(table);
    }

    PdfBuilder newPage() {
        document.newPage();
        return this;
    }

    byte[] finish() {
        document.close();
        return bytes.toByteArray();
    }

    private PdfBuilder add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    private static PdfPCell cell(String text, BaseFont font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(font, 9)));
        cell.setPadding(3);
        return cell;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfBuilder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the class path");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
