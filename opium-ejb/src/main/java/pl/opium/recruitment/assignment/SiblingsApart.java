package pl.opium.recruitment.assignment;

import java.io.Serializable;
import java.util.List;

/**
 * Siblings the parent asked to be placed together, found apart by the latest final run, and the
 * extra places the department may add to bring them together.
 *
 * @param members  each sibling and where the run placed them ("—" for nowhere)
 * @param options  what the department may decide, a unit at a time
 */
public record SiblingsApart(List<Member> members, List<Option> options) implements Serializable {

    public record Member(long application, String name, String placedAt) implements Serializable {

        public long getApplication() {
            return application;
        }

        public String getName() {
            return name;
        }

        public String getPlacedAt() {
            return placedAt;
        }
    }

    /**
     * Extra places at a unit, one for each of the joiners.
     *
     * @param together whether all the siblings would then be at the unit
     * @param decided  whether the department has added these places already (the next run applies them)
     */
    public record Option(long unit, String unitLabel, List<Long> joiners, String joinerNames, boolean together,
                         boolean decided) implements Serializable {

        public long getUnit() {
            return unit;
        }

        public String getUnitLabel() {
            return unitLabel;
        }

        public List<Long> getJoiners() {
            return joiners;
        }

        public String getJoinerNames() {
            return joinerNames;
        }

        public boolean isTogether() {
            return together;
        }

        public boolean isDecided() {
            return decided;
        }
    }

    // getters for Jakarta EL, which reads no record components

    public List<Member> getMembers() {
        return members;
    }

    public List<Option> getOptions() {
        return options;
    }
}
