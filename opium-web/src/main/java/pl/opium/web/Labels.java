package pl.opium.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import pl.opium.identity.AuditAction;
import pl.opium.identity.Role;
import pl.opium.registry.InstitutionType;
import pl.opium.registry.StaffFunction;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Enum values for select menus; their labels come from the bundle ({@code InstitutionType.PRESCHOOL=Przedszkole}). */
@Named
@ApplicationScoped
public class Labels {

    public List<InstitutionType> getInstitutionTypes() {
        return List.of(InstitutionType.values());
    }

    public List<StaffFunction> getStaffFunctions() {
        return List.of(StaffFunction.values());
    }

    /** Staff roles: a parent's account is never made on the staff account pages. */
    public List<Role> getRoles() {
        return java.util.Arrays.stream(Role.values()).filter(role -> role != Role.PARENT).toList();
    }

    public List<AuditAction> getAuditActions() {
        return List.of(AuditAction.values());
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Warsaw"));

    /** A moment as the city's clocks show it. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** The bundle key of an enum value: {@code InstitutionType.PRESCHOOL}. */
    public String of(Enum<?> value) {
        return value == null ? "" : Feedback.text(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
