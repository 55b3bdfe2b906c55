package pl.opium.recruitment.campaign;

import jakarta.persistence.Embeddable;
import pl.opium.recruitment.criteria.MunicipalCriterion;

import java.io.Serializable;

/** A municipal criterion as a campaign stores it (the city council's resolution, as data). */
@Embeddable
public class CampaignCriterion implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private int points;
    private String document;

    protected CampaignCriterion() {
    }

    public CampaignCriterion(MunicipalCriterion criterion) {
        this.code = criterion.code();
        this.name = criterion.name();
        this.points = criterion.points();
        this.document = criterion.document();
    }

    public MunicipalCriterion criterion() {
        return new MunicipalCriterion(code, name, points, document);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getPoints() {
        return points;
    }

    public String getDocument() {
        return document;
    }
}
