package pl.opium.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Roles of OPIUM users. Names are the container role names used in {@code @RolesAllowed} and
 * {@code web.xml}; the {@code String} constants exist for annotations, which cannot take enums.
 */
public enum Role {
    ADMIN,
    DEPARTMENT_DIRECTOR,
    UNIT_HEAD,
    DEPARTMENT_OFFICER,
    INSTITUTION_DIRECTOR,
    INSTITUTION_ACCOUNTANT,
    INSTITUTION_STAFF,
    COMMITTEE_MEMBER,
    /**
     * Recruitment in the department: campaigns, applications with the children's data (PESEL,
     * certificates, health), assignment, lists, archive and purge, parents' accounts. Held beside a
     * department role by those who run recruitment, not by every officer of every unit.
     */
    RECRUITMENT_OFFICER,
    /** A parent or guardian using the recruitment portal; belongs neither to the department nor to an institution. */
    PARENT;

    public static final String ADMIN_ROLE = "ADMIN";
    public static final String DEPARTMENT_DIRECTOR_ROLE = "DEPARTMENT_DIRECTOR";
    public static final String UNIT_HEAD_ROLE = "UNIT_HEAD";
    public static final String DEPARTMENT_OFFICER_ROLE = "DEPARTMENT_OFFICER";
    public static final String INSTITUTION_DIRECTOR_ROLE = "INSTITUTION_DIRECTOR";
    public static final String INSTITUTION_ACCOUNTANT_ROLE = "INSTITUTION_ACCOUNTANT";
    public static final String INSTITUTION_STAFF_ROLE = "INSTITUTION_STAFF";
    public static final String COMMITTEE_MEMBER_ROLE = "COMMITTEE_MEMBER";
    public static final String RECRUITMENT_OFFICER_ROLE = "RECRUITMENT_OFFICER";
    public static final String PARENT_ROLE = "PARENT";

    /** Roles held by people of an institution; the others belong to the department. */
    public static final Set<Role> INSTITUTION_ROLES =
            EnumSet.of(INSTITUTION_DIRECTOR, INSTITUTION_ACCOUNTANT, INSTITUTION_STAFF);

    public boolean isInstitutionRole() {
        return INSTITUTION_ROLES.contains(this);
    }
}
