package pl.opium.recruitment.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import pl.opium.OpiumException;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A member of an institution's recruitment committee. The director appoints the committee and names
 * its chair (art. 157 Prawo oświatowe); its names go on the protocol, where the members sign.
 */
@Embeddable
public class CommitteeMember implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The committee's smallest size, as the admission regulations set it. */
    static final int SMALLEST = 3;
    /** More than a school has teachers to spare; a guard against a pasted list, not a rule of law. */
    static final int LARGEST = 15;
    private static final int NAME_LENGTH = 100;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private boolean chair;

    protected CommitteeMember() {
    }

    public CommitteeMember(String firstName, String lastName, boolean chair) {
        this.firstName = firstName == null ? "" : firstName.strip();
        this.lastName = lastName == null ? "" : lastName.strip();
        this.chair = chair;
    }

    /** Refuses, in the committee's terms, a list that cannot be one: too few, no or two chairs, a blank or a repeated name. */
    static void requireCommittee(List<CommitteeMember> members) {
        Set<String> seen = new HashSet<>();
        for (int row = 0; row < members.size(); row++) {
            CommitteeMember member = members.get(row);
            if (member.firstName.isEmpty() || member.lastName.isEmpty()) {
                throw new OpiumException("recruitment.committee.nameMissing", row + 1);
            }
            if (member.firstName.length() > NAME_LENGTH || member.lastName.length() > NAME_LENGTH) {
                throw new OpiumException("recruitment.committee.nameTooLong", row + 1, NAME_LENGTH);
            }
            if (!seen.add(member.getName().toLowerCase(Locale.forLanguageTag("pl")))) {
                throw new OpiumException("recruitment.committee.twice", member.getName());
            }
        }
        if (members.size() < SMALLEST || members.size() > LARGEST) {
            throw new OpiumException("recruitment.committee.size", SMALLEST, LARGEST);
        }
        if (members.stream().filter(CommitteeMember::isChair).count() != 1) {
            throw new OpiumException("recruitment.committee.oneChair");
        }
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getName() {
        return firstName + " " + lastName;
    }

    public boolean isChair() {
        return chair;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CommitteeMember member && chair == member.chair
                && firstName.equals(member.firstName) && lastName.equals(member.lastName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstName, lastName, chair);
    }
}
