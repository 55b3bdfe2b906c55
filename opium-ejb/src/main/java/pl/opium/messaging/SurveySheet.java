package pl.opium.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A sheet of a survey message's template that defines the survey's structure, as the author marked
 * it: its name and the number of header rows (the surveys feature reads and checks the workbooks).
 */
@Embeddable
public class SurveySheet {

    @Column(name = "sheet_name", length = 31)
    private String sheetName;

    @Column(name = "header_rows")
    private int headerRows;

    protected SurveySheet() {
    }

    public SurveySheet(String sheetName, int headerRows) {
        this.sheetName = sheetName;
        this.headerRows = headerRows;
    }

    public String getSheetName() {
        return sheetName;
    }

    public int getHeaderRows() {
        return headerRows;
    }
}
