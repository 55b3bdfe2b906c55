package pl.opium.recruitment.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A tie an assignment run reported: equal candidates straddling a unit's last places, in ids — as
 * {@link Assignment} reports it and as the run stores it.
 */
@Embeddable
public class RunTie implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The unit, by id: the engine's result in the recruitment's terms, stored as it came (no unit loaded). */
    @Column(name = "unit_id")
    private long unitId;

    @Column(name = "priority_key")
    private long priorityKey;

    private int places;

    @Column(name = "application_ids")
    private String applicationIds;

    protected RunTie() {
    }

    public RunTie(long unitId, long priorityKey, int places, List<Long> applications) {
        this.unitId = unitId;
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

    public long getUnitId() {
        return unitId;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof RunTie tie && tie.unitId == unitId && tie.priorityKey == priorityKey
                && tie.places == places && Objects.equals(tie.applicationIds, applicationIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, priorityKey, places, applicationIds);
    }

    @Override
    public String toString() {
        return "RunTie[unit " + unitId + ", key " + priorityKey + ", " + places + " places, " + applicationIds + "]";
    }
}
