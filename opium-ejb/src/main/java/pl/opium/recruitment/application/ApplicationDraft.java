package pl.opium.recruitment.application;

import pl.opium.registry.Address;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a parent types into an application.
 *
 * @param preferences units' ids, most wanted first
 * @param declared    criteria the parent declares: statutory by name, municipal by code
 * @param districtId  the district the candidate lives in, if the parent knows it
 * @param results     secondary recruitment only: the exam, the grades, the achievements
 */
public record ApplicationDraft(String pesel, String firstName, String lastName, LocalDate birthDate, Address address,
                               Long districtId, List<Guardian> guardians, List<Long> preferences, Set<String> declared,
                               SecondaryResults results) {

    public ApplicationDraft {
        guardians = List.copyOf(guardians);
        preferences = List.copyOf(preferences);
        declared = Set.copyOf(declared);
    }

    /** An application to a preschool or a first grade, where there are no results to give. */
    public ApplicationDraft(String pesel, String firstName, String lastName, LocalDate birthDate, Address address,
                            Long districtId, List<Guardian> guardians, List<Long> preferences, Set<String> declared) {
        this(pesel, firstName, lastName, birthDate, address, districtId, guardians, preferences, declared, null);
    }
}
