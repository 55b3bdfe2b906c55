package pl.opium.messaging;

/** What the approval chain needs to know of a message. */
public interface ApprovalSubject {

    long authorId();

    /** The department unit of the author, whose head approves first. */
    long authorUnitId();

    /** The unit's rule or the author's request: the department director approves too. */
    boolean directorApprovalRequired();
}
