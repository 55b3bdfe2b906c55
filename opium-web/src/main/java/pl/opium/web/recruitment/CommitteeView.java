package pl.opium.web.recruitment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.recruitment.campaign.CommitteeMember;
import pl.opium.recruitment.campaign.Offer;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The director appoints the institution's recruitment committee for a campaign: its members, one of
 * them the chair. Rows are edited freely and checked together on saving, so nothing typed is lost
 * when the committee is not yet complete.
 */
@Named
@ViewScoped
public class CommitteeView extends CampaignPage {

    private static final long serialVersionUID = 1L;
    /** Rows offered to a committee not appointed yet: the smallest lawful committee. */
    private static final int FIRST_ROWS = 3;

    private Offer offer;
    private final List<Row> rows = new ArrayList<>();

    public void load() {
        if (!loadCampaign()) {
            return;
        }
        offer = Pages.call(() -> offers().myOffer(getCampaignId())).orElse(null);
        rows.clear();
        if (offer != null) {
            offer.getCommittee().forEach(member -> rows.add(new Row(member.getFirstName(), member.getLastName(), member.isChair())));
        }
        while (rows.size() < FIRST_ROWS) {
            rows.add(new Row("", "", rows.isEmpty()));
        }
    }

    public void addRow() {
        rows.add(new Row("", "", false));
    }

    public void removeRow(Row row) {
        rows.remove(row);
    }

    public void save() {
        List<CommitteeMember> members = rows.stream().filter(row -> !row.isBlank())
                .map(row -> new CommitteeMember(row.getFirstName(), row.getLastName(), row.isChair())).toList();
        Pages.call(() -> offers().appointCommittee(offer.getId(), offer.getVersion(), members)).ifPresent(saved -> {
            Feedback.info("recruitment.committee.saved", saved.getCommittee().get(0).getName());
            load();
        });
    }

    public Offer getOffer() {
        return offer;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** A member as typed in the table. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private String firstName;
        private String lastName;
        private boolean chair;

        Row(String firstName, String lastName, boolean chair) {
            this.firstName = firstName;
            this.lastName = lastName;
            this.chair = chair;
        }

        boolean isBlank() {
            return (firstName == null || firstName.isBlank()) && (lastName == null || lastName.isBlank()) && !chair;
        }

        public String getFirstName() {
            return firstName;
        }

        public void setFirstName(String firstName) {
            this.firstName = firstName;
        }

        public String getLastName() {
            return lastName;
        }

        public void setLastName(String lastName) {
            this.lastName = lastName;
        }

        public boolean isChair() {
            return chair;
        }

        public void setChair(boolean chair) {
            this.chair = chair;
        }
    }
}
