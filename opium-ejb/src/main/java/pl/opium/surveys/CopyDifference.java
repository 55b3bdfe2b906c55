package pl.opium.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;

/** A {@link Difference} kept with the copy it was found in. */
@Embeddable
public class CopyDifference implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_TEXT = 1000;

    @Enumerated(EnumType.STRING)
    private Difference.Kind kind;

    @Column(name = "sheet_name")
    private String sheet;

    @Column(name = "cell_ref")
    private String cell;

    private String expected;

    private String found;

    protected CopyDifference() {
    }

    CopyDifference(Difference difference) {
        this.kind = difference.kind();
        this.sheet = difference.sheet();
        this.cell = difference.cell();
        this.expected = cut(difference.expected());
        this.found = cut(difference.found());
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    public Difference.Kind getKind() {
        return kind;
    }

    public String getSheet() {
        return sheet;
    }

    public String getCell() {
        return cell;
    }

    public String getExpected() {
        return expected;
    }

    public String getFound() {
        return found;
    }
}
