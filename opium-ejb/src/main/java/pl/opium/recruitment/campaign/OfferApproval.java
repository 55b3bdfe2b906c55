package pl.opium.recruitment.campaign;

import pl.opium.identity.Role;
import pl.opium.workflow.Transition.Guard;
import pl.opium.workflow.Workflow;

import java.util.Set;

/**
 * The offer's way to the public: the institution's director submits it, the department's officers
 * approve it or return it; a returned offer is changed and submitted again.
 */
public final class OfferApproval {

    private static final Guard<Offer> OWN_INSTITUTION = (offer, actor) ->
            actor.institutionId() != null && actor.institutionId() == offer.institutionId();
    private static final Set<Role> DEPARTMENT = Set.of(Role.DEPARTMENT_OFFICER, Role.UNIT_HEAD, Role.DEPARTMENT_DIRECTOR);

    public static final Workflow<OfferStatus, OfferAction, Offer> WORKFLOW = Workflow.<OfferStatus, OfferAction, Offer>named("recruitment offer")
            .allow(OfferStatus.DRAFT, OfferAction.SUBMIT, OfferStatus.SUBMITTED, Set.of(Role.INSTITUTION_DIRECTOR),
                    OWN_INSTITUTION, "recruitment.notYourInstitution")
            .allow(OfferStatus.RETURNED, OfferAction.SUBMIT, OfferStatus.SUBMITTED, Set.of(Role.INSTITUTION_DIRECTOR),
                    OWN_INSTITUTION, "recruitment.notYourInstitution")
            .allow(OfferStatus.SUBMITTED, OfferAction.APPROVE, OfferStatus.APPROVED, DEPARTMENT)
            .allow(OfferStatus.SUBMITTED, OfferAction.RETURN, OfferStatus.RETURNED, DEPARTMENT)
            .build();

    private OfferApproval() {
    }
}
