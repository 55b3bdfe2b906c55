package pl.opium.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.opium.registry.Institution;
import pl.opium.registry.RegistryService;

/** The home page: where the person works and the links they may use. */
@Named
@RequestScoped
public class HomeView {

    @EJB
    private RegistryService registry;

    @Inject
    private SessionUser user;

    private Institution institution;

    public Institution getInstitution() {
        Long id = user.getCaller().getInstitutionId();
        if (institution == null && id != null) {
            institution = registry.institution(id);
        }
        return institution;
    }
}
