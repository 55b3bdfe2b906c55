package pl.opium.it;

import pl.opium.recruitment.campaign.CampaignService;
import pl.opium.recruitment.campaign.Offer;
import pl.opium.recruitment.campaign.OfferAction;
import pl.opium.recruitment.campaign.OfferService;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.StagePeriod;
import pl.opium.recruitment.campaign.Step;
import pl.opium.recruitment.campaign.UnitDraft;
import pl.opium.recruitment.campaign.UnitKind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Schedules that put "now" inside a given phase of a campaign, so that a test walks a campaign
 * through its stages by amending the schedule, as a city does by resolution; and PESEL numbers.
 */
final class Campaigns {

    /** Where now falls: the offset, in hours, of the campaign's start from now. */
    enum Phase {
        OFFER(5), APPLYING(-5), VERIFYING(-15), ASSIGNING(-25), CONFIRMING(-35), CLOSING(-45), ADMITTED(-55),
        SUPPLEMENTARY_APPLYING(-65), SUPPLEMENTARY_VERIFYING(-75), SUPPLEMENTARY_ASSIGNING(-85),
        SUPPLEMENTARY_CONFIRMING(-95),
        /** More than a year after the last admitted lists: the retention period is over. */
        LONG_AGO(-24 * 400);

        private final int start;

        Phase(int start) {
            this.start = start;
        }
    }

    private Campaigns() {
    }

    /**
     * Both rounds, ten hours a step: applications, verification, a gap for the assignment,
     * qualified lists with confirmation, a gap for closing, admitted lists; then the same for the
     * supplementary round.
     */
    static List<StagePeriod> schedule(Phase phase) {
        Instant base = Instant.now().plus(Duration.ofHours(phase.start));
        List<StagePeriod> lines = new ArrayList<>();
        lines.addAll(round(Round.MAIN, base));
        lines.addAll(round(Round.SUPPLEMENTARY, base.plus(Duration.ofHours(60))));
        return lines;
    }

    private static List<StagePeriod> round(Round round, Instant base) {
        return List.of(
                new StagePeriod(round, Step.APPLICATIONS, hours(base, 0), hours(base, 10)),
                new StagePeriod(round, Step.VERIFICATION, hours(base, 10), hours(base, 20)),
                new StagePeriod(round, Step.QUALIFIED_LISTS, hours(base, 30), hours(base, 2000)),
                new StagePeriod(round, Step.CONFIRMATION, hours(base, 30), hours(base, 40)),
                new StagePeriod(round, Step.ADMITTED_LISTS, hours(base, 50), hours(base, 3000)));
    }

    private static Instant hours(Instant base, int hours) {
        return base.plus(Duration.ofHours(hours));
    }

    /** A general unit added to the director's institution's offer; its id. */
    static long unit(OfferService offers, long campaignId, String director, String name, int places, int continuing) {
        return As.user(director, () -> {
            Offer offer = offers.myOffer(campaignId);
            return offers.addUnit(offer.getId(), offer.getVersion(),
                    new UnitDraft(name, UnitKind.GENERAL, places, continuing, null)).getId();
        });
    }

    /** The director acts on their institution's offer (submits it). */
    static Offer offerAction(OfferService offers, long campaignId, String director, OfferAction action, String comment) {
        return As.user(director, () -> {
            Offer offer = offers.myOffer(campaignId);
            return offers.perform(offer.getId(), offer.getVersion(), action, comment);
        });
    }

    /** The department acts on an institution's offer (approves it, returns it). */
    static Offer departmentOffer(OfferService offers, long campaignId, String officer, String institution,
                                 OfferAction action, String comment) {
        return As.user(officer, () -> {
            Offer offer = offers.offers(campaignId).stream()
                    .filter(o -> o.getInstitution().getShortName().equals(institution)).findFirst().orElseThrow();
            return offers.perform(offer.getId(), offer.getVersion(), action, comment);
        });
    }

    /** The department amends the schedule so that now falls in the phase. */
    static void reschedule(CampaignService campaigns, long campaignId, String officer, Phase phase) {
        As.user(officer, () -> campaigns.reschedule(campaignId, campaigns.campaign(campaignId).getVersion(), schedule(phase)));
    }

    /** A valid PESEL of a child born on the day (2000s: month + 20), with a serial number. */
    static String pesel(LocalDate birth, int serial) {
        String digits = String.format("%02d%02d%02d%04d", birth.getYear() % 100, birth.getMonthValue() + 20,
                birth.getDayOfMonth(), serial);
        int[] weights = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return digits + (10 - sum % 10) % 10;
    }
}
