package pl.opium.registry;

/** What a staff contact does at an institution. */
public enum StaffFunction {
    DIRECTOR,
    DEPUTY_DIRECTOR,
    ACCOUNTANT,
    SECRETARY,
    TEACHER,
    OTHER
}
