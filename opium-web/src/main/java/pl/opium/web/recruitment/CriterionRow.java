package pl.opium.web.recruitment;

import java.io.Serializable;

/** One municipal criterion as the officer types it: name, points, the document that confirms it. */
public class CriterionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Integer points;
    private String document;

    boolean isEmpty() {
        return (name == null || name.isBlank()) && points == null && (document == null || document.isBlank());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getPoints() {
        return points;
    }

    public void setPoints(Integer points) {
        this.points = points;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }
}
