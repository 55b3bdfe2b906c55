package pl.opium.recruitment.campaign;

import pl.opium.registry.InstitutionType;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a campaign recruits to. Each level says which institutions offer places and which children
 * may apply: preschool from the calendar year the child turns 3 to the one it turns 6 (art. 31);
 * first grade in the year the child turns 7, or 6 at the parents' request (art. 36); secondary schools
 * take eighth-graders and are not limited by age here.
 */
public enum Level {
    PRESCHOOL(Set.of(InstitutionType.PRESCHOOL, InstitutionType.PRIMARY_SCHOOL, InstitutionType.SCHOOL_COMPLEX), 3, 6),
    PRIMARY(Set.of(InstitutionType.PRIMARY_SCHOOL, InstitutionType.SCHOOL_COMPLEX, InstitutionType.SPECIAL_SCHOOL), 6, 7),
    SECONDARY(Set.of(InstitutionType.GENERAL_SECONDARY, InstitutionType.TECHNICAL_SECONDARY, InstitutionType.VOCATIONAL,
            InstitutionType.SCHOOL_COMPLEX, InstitutionType.SPECIAL_SCHOOL), 0, 0);

    private final Set<InstitutionType> offeredBy;
    private final int youngest;
    private final int oldest;

    Level(Set<InstitutionType> offeredBy, int youngest, int oldest) {
        this.offeredBy = offeredBy;
        this.youngest = youngest;
        this.oldest = oldest;
    }

    public boolean isOfferedBy(InstitutionType type) {
        return offeredBy.contains(type);
    }

    /** Whether a child born on this day may apply in a school year starting in {@code startYear}. */
    public boolean admitsBirth(LocalDate birthDate, int startYear) {
        if (oldest == 0) {
            return true;
        }
        int turns = startYear - birthDate.getYear();
        return turns >= youngest && turns <= oldest;
    }
}
