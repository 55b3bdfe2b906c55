package pl.opium.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.identity.AuditAction;
import pl.opium.identity.AuditLog;
import pl.opium.identity.CurrentUser;
import pl.opium.identity.Role;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The city's address-point register: imported whole from a PRG export (a new import replaces the old
 * register) and asked where an address lies, so that the department can propose the nearest place.
 */
@Stateless
@RolesAllowed({Role.ADMIN_ROLE, Role.DEPARTMENT_OFFICER_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE})
public class AddressRegisterService {

    private static final int FLUSH_EVERY = 500;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @EJB
    private CurrentUser currentUser;

    /**
     * Replaces the register with the file's points (a UTF-8 CSV); returns what was read and what was
     * not. A file refused whole (no needed column, not UTF-8) leaves the old register as it was.
     */
    public AddressPoints.Result importPrg(InputStream csv) {
        AddressPoints.Result result = AddressPoints.parse(Utf8.strictReader(csv));
        em.createQuery("delete from AddressPoint").executeUpdate();
        int count = 0;
        for (AddressPoints.Point point : result.points()) {
            em.persist(new AddressPoint(point));
            if (++count % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        audit.recordSecurityEvent(AuditAction.REGISTRY_IMPORTED, currentUser.caller().getUsername(),
                "PRG: " + result.points().size() + " address points, " + result.rejected().size() + " lines rejected", null);
        return result;
    }

    /** Where the address lies, if the register knows it. */
    @PermitAll
    public Optional<AddressPoint> locate(String city, String street, String number) {
        if (city == null || number == null) {
            return Optional.empty();
        }
        List<AddressPoint> found = em.createQuery("select p from AddressPoint p where p.lookupKey = :key", AddressPoint.class)
                .setParameter("key", AddressPoints.key(city, street, number))
                .setMaxResults(1)
                .getResultList();
        return found.stream().findFirst();
    }

    public long count() {
        return em.createQuery("select count(p) from AddressPoint p", Long.class).getSingleResult();
    }
}
