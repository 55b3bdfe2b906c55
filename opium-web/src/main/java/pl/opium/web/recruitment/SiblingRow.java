package pl.opium.web.recruitment;

import pl.opium.recruitment.assignment.SiblingsApart;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** What the department may decide for siblings placed apart: extra places at one unit, with its justification. */
public class SiblingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String siblings;
    private final SiblingsApart.Option option;
    private String justification;

    SiblingRow(SiblingsApart apart, SiblingsApart.Option option) {
        this.siblings = apart.members().stream().map(m -> m.name() + " (" + m.placedAt() + ")")
                .collect(Collectors.joining(", "));
        this.option = option;
    }

    static List<SiblingRow> of(List<SiblingsApart> apart) {
        return apart.stream().flatMap(a -> a.options().stream().map(o -> new SiblingRow(a, o))).toList();
    }

    /** The siblings, each with where the latest run placed them. */
    public String getSiblings() {
        return siblings;
    }

    public SiblingsApart.Option getOption() {
        return option;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }
}
