package pl.opium.recruitment.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import pl.opium.recruitment.campaign.Unit;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A tie an assignment run reported: equal candidates straddling a unit's last places. */
@Embeddable
public class RunTie implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY)
    private Unit unit;

    @Column(name = "priority_key")
    private long priorityKey;

    private int places;

    @Column(name = "application_ids")
    private String applicationIds;

    protected RunTie() {
    }

    public RunTie(Unit unit, long priorityKey, int places, List<Long> applications) {
        this.unit = unit;
        this.priorityKey = priorityKey;
        this.places = places;
        this.applicationIds = ids(applications);
    }

    static String ids(List<Long> applications) {
        return applications.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Long> ids(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
    }

    public Unit getUnit() {
        return unit;
    }

    public long getPriorityKey() {
        return priorityKey;
    }

    /** How many of the tied candidates the unit still has room for. */
    public int getPlaces() {
        return places;
    }

    public List<Long> applications() {
        return ids(applicationIds);
    }
}
