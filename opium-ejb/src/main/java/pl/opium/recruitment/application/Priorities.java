package pl.opium.recruitment.application;

import pl.opium.Texts;
import pl.opium.recruitment.campaign.Level;
import pl.opium.recruitment.campaign.RecruitmentCampaign;
import pl.opium.recruitment.campaign.Unit;
import pl.opium.recruitment.criteria.PreschoolCriteria;
import pl.opium.recruitment.criteria.SecondaryScale;
import pl.opium.recruitment.criteria.StatutoryCriterion;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A candidate's priority at a unit, from the campaign's criteria and what the institution confirmed.
 * Preschools: the statutory criteria (each of equal value), then the municipal points. First grade:
 * the catchment children are registered by the school before recruitment (they are among the unit's
 * continuing places), so recruitment ranks the others by the municipal criteria alone. Secondary
 * schools: the points scale at the class's two subjects, olympiad laureates first, then health
 * limits and the statutory criteria as tie-breaks. Units for children with a special-education
 * certificate take only candidates whose certificate was confirmed.
 */
public final class Priorities {

    /** The declaration of a special-education certificate (orzeczenie o potrzebie kształcenia specjalnego). */
    public static final String CERTIFICATE = "CERTIFICATE";

    private final Level level;
    private final PreschoolCriteria criteria;
    private final SecondaryScale scale;

    public Priorities(RecruitmentCampaign campaign) {
        this.level = campaign.getLevel();
        this.criteria = new PreschoolCriteria(campaign.municipalCriteria());
        this.scale = level == Level.SECONDARY ? campaign.secondaryScale() : null;
    }

    /** What a parent may declare in the campaign: statutory criteria, the city's, a certificate, and the secondary ones. */
    public static List<String> declarable(RecruitmentCampaign campaign) {
        List<String> codes = new ArrayList<>();
        for (StatutoryCriterion criterion : StatutoryCriterion.values()) {
            codes.add(criterion.name());
        }
        campaign.municipalCriteria().forEach(criterion -> codes.add(criterion.code()));
        codes.add(CERTIFICATE);
        if (campaign.getLevel() == Level.SECONDARY) {
            codes.addAll(List.of(SecondaryResults.DISTINCTION, SecondaryResults.VOLUNTEERING, SecondaryResults.LAUREATE,
                    SecondaryResults.HEALTH));
        }
        return codes;
    }

    /** Whether the candidate may be placed in the unit at all. */
    public boolean admissible(RecruitmentApplication application, Unit unit) {
        return admissible(application.confirmedCriteria(), unit);
    }

    /** The same from the criteria confirmed for the candidate, read beforehand (a run reads them all at once). */
    public boolean admissible(Set<String> confirmed, Unit unit) {
        return !unit.getKind().needsCertificate() || confirmed.contains(CERTIFICATE);
    }

    public long key(RecruitmentApplication application, Unit unit) {
        return key(application, application.confirmedCriteria(), unit);
    }

    /** The key from the criteria confirmed for the candidate, read beforehand. */
    public long key(RecruitmentApplication application, Set<String> confirmed, Unit unit) {
        Set<StatutoryCriterion> statutory = EnumSet.noneOf(StatutoryCriterion.class);
        if (level != Level.PRIMARY) {
            for (StatutoryCriterion criterion : StatutoryCriterion.values()) {
                if (confirmed.contains(criterion.name())) {
                    statutory.add(criterion);
                }
            }
        }
        if (level == Level.SECONDARY) {
            return scale.key(application.secondaryResults().candidate(confirmed, statutory), unit.subjectList());
        }
        Set<String> municipal = new HashSet<>(confirmed);
        municipal.retainAll(criteria.municipal().stream().map(c -> c.code()).toList());
        return criteria.key(statutory, municipal);
    }

    /** A declared criterion's name as documents give it. */
    public String criterionName(String code) {
        if (CERTIFICATE.equals(code)) {
            return Texts.get("criterion.certificate");
        }
        for (StatutoryCriterion criterion : StatutoryCriterion.values()) {
            if (criterion.name().equals(code)) {
                return criterion.statutoryName();
            }
        }
        return switch (code) {
            case SecondaryResults.DISTINCTION -> Texts.get("criterion.distinction");
            case SecondaryResults.VOLUNTEERING -> Texts.get("criterion.volunteering");
            case SecondaryResults.LAUREATE -> Texts.get("criterion.laureate");
            case SecondaryResults.HEALTH -> Texts.get("criterion.health");
            default -> criteria.municipal().stream().filter(c -> c.code().equals(code)).map(c -> c.name())
                    .findFirst().orElse(code);
        };
    }

    /** The key as people read it. */
    public String describe(long key) {
        if (level == Level.SECONDARY) {
            long[] levels = SecondaryScale.priorityKey().levels(key);
            String points = String.format(java.util.Locale.forLanguageTag("pl"), "%d,%02d", levels[1] / 100, levels[1] % 100);
            return Texts.get(levels[0] == 1 ? "priority.secondary.laureate" : "priority.secondary", points);
        }
        long[] levels = criteria.priorityKey().levels(key);
        return level == Level.PRESCHOOL
                ? Texts.get("priority.preschool", String.valueOf(levels[0]), String.valueOf(levels[1]))
                : Texts.get("priority.primary", String.valueOf(levels[1]));
    }
}
