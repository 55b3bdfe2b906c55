package pl.opium.recruitment.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import pl.opium.OpiumException;
import pl.opium.persistence.BaseEntity;
import pl.opium.registry.Institution;

import java.util.Arrays;
import java.util.List;

/**
 * A preschool group or a school class (with its profile): what has places. Children continuing from
 * the year before (declarations of continuation) and, in primary schools, the catchment children
 * registered by the school, are taken out of the places before recruitment.
 */
@Entity
@Table(name = "recruitment_unit")
public class Unit extends BaseEntity {

    public static final int MOST_PLACES = 500;

    @ManyToOne(fetch = FetchType.LAZY)
    private Offer offer;

    private String name;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    private int places;

    private int continuing;

    /** Secondary classes: the two subjects whose grades count besides Polish and mathematics, comma-separated. */
    private String subjects;

    protected Unit() {
    }

    Unit(Offer offer, String name, UnitKind kind, int places, int continuing, String subjects) {
        this.offer = offer;
        change(name, kind, places, continuing, subjects);
    }

    public void change(String newName, UnitKind newKind, int newPlaces, int newContinuing, String newSubjects) {
        offer.requireEditable();
        if (newName == null || newName.isBlank()) {
            throw new OpiumException("recruitment.unit.nameNeeded");
        }
        if (newPlaces < 1 || newPlaces > MOST_PLACES) {
            throw new OpiumException("recruitment.unit.places", MOST_PLACES);
        }
        if (newContinuing < 0 || newContinuing > newPlaces) {
            throw new OpiumException("recruitment.unit.continuing", newPlaces);
        }
        this.name = newName.trim();
        this.kind = newKind == null ? UnitKind.GENERAL : newKind;
        this.places = newPlaces;
        this.continuing = newContinuing;
        this.subjects = newSubjects == null || newSubjects.isBlank() ? null : newSubjects.trim();
        if (offer.getCampaign().getLevel() == Level.SECONDARY && subjectList().size() != 2) {
            throw new OpiumException("recruitment.unit.subjects");
        }
    }

    /** The places recruitment fills: all of them less the continuing children. */
    public int placesForRecruitment() {
        return places - continuing;
    }

    public List<String> subjectList() {
        return subjects == null ? List.of() : Arrays.stream(subjects.split(",")).map(String::trim).toList();
    }

    public Offer getOffer() {
        return offer;
    }

    public Institution getInstitution() {
        return offer.getInstitution();
    }

    /** "P 12 — Grupa 3-latków", as lists and parents see a unit. */
    public String getLabel() {
        return offer.getInstitution().getShortName() + " — " + name;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public int getPlaces() {
        return places;
    }

    public int getContinuing() {
        return continuing;
    }

    public String getSubjects() {
        return subjects;
    }
}
