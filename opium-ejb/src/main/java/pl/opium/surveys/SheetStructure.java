package pl.opium.surveys;

import java.util.Objects;

/**
 * A sheet of the template that defines the survey's structure: its name and how many rows at its top
 * are the header that institutions must leave unchanged. The rows below are the data.
 */
public record SheetStructure(String sheetName, int headerRows) {

    public SheetStructure {
        Objects.requireNonNull(sheetName, "sheetName");
        if (headerRows < 1) {
            throw new IllegalArgumentException("A structure sheet needs at least one header row: " + headerRows);
        }
    }
}
