package pl.opium.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.opium.OpiumException;
import pl.opium.identity.AuditAction;
import pl.opium.identity.AuditLog;
import pl.opium.identity.Role;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports institutions from the RSPO register export. Valid lines create an institution or update
 * the one with the same RSPO number (the short name and district the department set are kept);
 * invalid lines are reported with their numbers and change nothing.
 */
@Stateless
@RolesAllowed({Role.ADMIN_ROLE, Role.DEPARTMENT_DIRECTOR_ROLE, Role.UNIT_HEAD_ROLE, Role.DEPARTMENT_OFFICER_ROLE})
public class RspoImportService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private RegistryService registry;

    @EJB
    private AuditLog auditLog;

    public ImportReport importCsv(InputStream csv) {
        List<RspoCsvParser.Line> lines;
        try {
            lines = RspoCsvParser.parse(Utf8.strictReader(csv));
        } catch (RspoCsvParser.UnreadableFileException e) {
            throw new OpiumException(e.getMessageKey(), e.getDetail());
        }
        if (lines.isEmpty()) {
            throw new OpiumException("registry.import.empty");
        }
        int created = 0;
        int updated = 0;
        List<ImportReport.RejectedLine> rejected = new ArrayList<>();
        for (RspoCsvParser.Line line : lines) {
            if (!line.isValid()) {
                rejected.add(new ImportReport.RejectedLine(line.number(), line.problems()));
                continue;
            }
            if (apply(line.record())) {
                created++;
            } else {
                updated++;
            }
        }
        auditLog.recordSecurityEvent(AuditAction.REGISTRY_IMPORTED, null,
                "RSPO import: " + created + " created, " + updated + " updated, " + rejected.size() + " rejected", null);
        return new ImportReport(created, updated, rejected);
    }

    /** Creates or updates one institution; true when created. */
    private boolean apply(RspoRecord record) {
        Institution institution = registry.findByRspo(record.rspoNumber()).orElse(null);
        boolean created = institution == null;
        if (created) {
            institution = new Institution(record.name(), RspoTypes.shortName(record.type(), record.name()), record.type());
            institution.setRspoNumber(record.rspoNumber());
        } else {
            institution.setName(record.name());
            institution.setType(record.type());
        }
        institution.setRegon(record.regon());
        institution.setAddress(new Address(record.street(), record.buildingNumber(), record.postalCode(), record.city(),
                record.latitude(), record.longitude()));
        institution.setPhone(record.phone());
        institution.setEmail(record.email());
        institution.setWebsite(record.website());
        if (created) {
            em.persist(institution);
        }
        if (record.directorLastName() != null) {
            recordDirector(institution, record.directorFirstName(), record.directorLastName());
        }
        auditLog.record(created ? AuditAction.REGISTRY_CREATED : AuditAction.REGISTRY_UPDATED, institution,
                "RSPO import " + record.rspoNumber());
        return created;
    }

    private void recordDirector(Institution institution, String firstName, String lastName) {
        List<StaffMember> directors = institution.isNew() ? List.of() : em.createQuery("""
                        select s from StaffMember s where s.institution = :institution
                        and s.function = pl.opium.registry.StaffFunction.DIRECTOR and s.active = true""", StaffMember.class)
                .setParameter("institution", institution)
                .getResultList();
        boolean same = directors.stream().anyMatch(d -> d.getLastName().equals(lastName)
                && d.getFirstName().equals(firstName));
        if (!same) {
            directors.forEach(StaffMember::deactivate);
            em.persist(new StaffMember(institution, firstName, lastName, StaffFunction.DIRECTOR));
        }
    }
}
