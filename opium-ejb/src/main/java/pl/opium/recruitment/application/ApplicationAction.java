package pl.opium.recruitment.application;

/** What parents, institutions and the department do to an application. */
public enum ApplicationAction {
    SUBMIT,
    WITHDRAW,
    VERIFY,
    REOPEN,
    CONFIRM,
    ADMIT,
    REFUSE,
    PLACE,
    RESIGN
}
