package pl.opium.web.surveys;

import java.io.Serializable;

/** A template sheet on the compose page: whether it defines the survey and how many header rows it has. */
public class SheetChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private boolean included = true;
    private int headerRows;

    public SheetChoice(String name, int headerRows) {
        this.name = name;
        this.headerRows = headerRows;
    }

    public String getName() {
        return name;
    }

    public boolean isIncluded() {
        return included;
    }

    public void setIncluded(boolean included) {
        this.included = included;
    }

    public int getHeaderRows() {
        return headerRows;
    }

    public void setHeaderRows(int headerRows) {
        this.headerRows = headerRows;
    }
}
