package pl.opium.recruitment.lists;

import java.util.List;

/**
 * A unit's list as the committee posts it: the candidates in and out, alphabetically, with the
 * lowest priority that got in and the places left.
 *
 * @param in             qualified (or admitted) candidates
 * @param out            candidates who wanted the unit and are not on {@code in}
 * @param lowestAdmitted the lowest priority among {@code in}, as people read it; null if nobody is in
 */
public record UnitList(long unitId, String institution, String unit, int places, int free, String lowestAdmitted,
                       List<Entry> in, List<Entry> out) {

    /** A candidate on a list, with the priority they had at the unit. */
    public record Entry(long application, String lastName, String firstName, String priority) {

        public String getLastName() {
            return lastName;
        }

        public String getFirstName() {
            return firstName;
        }

        public String getPriority() {
            return priority;
        }
    }

    public String getInstitution() {
        return institution;
    }

    public String getUnit() {
        return unit;
    }

    public int getPlaces() {
        return places;
    }

    public int getFree() {
        return free;
    }

    public String getLowestAdmitted() {
        return lowestAdmitted;
    }

    public List<Entry> getIn() {
        return in;
    }

    public List<Entry> getOut() {
        return out;
    }
}
