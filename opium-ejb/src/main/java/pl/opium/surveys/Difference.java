package pl.opium.surveys;

/**
 * One way a reply differs from its template, told the way a person finds it: the sheet, the cell
 * (A1 notation), what the template has there and what the reply has.
 */
public record Difference(Kind kind, String sheet, String cell, String expected, String found) {

    public enum Kind {
        /** a structure sheet is not in the reply */
        MISSING_SHEET,
        /** a header cell was changed, emptied or filled */
        HEADER_CHANGED,
        /** a cell the template locks was changed */
        LOCKED_CHANGED
    }

    static Difference missingSheet(String sheet) {
        return new Difference(Kind.MISSING_SHEET, sheet, null, null, null);
    }
}
