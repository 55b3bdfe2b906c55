package pl.opium.forms;

/** What a form field asks for, and so how its answer is typed and checked. */
public enum FieldType {
    TEXT,
    LONG_TEXT,
    /** a decimal number, with min/max and a number of decimal places */
    NUMBER,
    INTEGER,
    DATE,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    YES_NO,
    /** a file in the attachment store */
    FILE;

    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public boolean isNumeric() {
        return this == NUMBER || this == INTEGER;
    }
}
