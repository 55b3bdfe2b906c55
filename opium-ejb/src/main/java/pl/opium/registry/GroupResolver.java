package pl.opium.registry;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.function.Predicate;

/**
 * Decides who is in a group today: an automatic group holds every active institution of its type,
 * a custom group the chosen institutions that are still active. A deactivated institution drops
 * out of every group at once, without anyone editing the groups.
 */
public final class GroupResolver {

    /** Polish alphabetical order: Ł after L, Ś after S. */
    public static final Comparator<String> POLISH = Collator.getInstance(Locale.forLanguageTag("pl-PL"))::compare;

    private GroupResolver() {
    }

    public static Predicate<Institution> membership(InstitutionGroup group) {
        if (!group.isActive()) {
            return institution -> false;
        }
        if (group.isAutomatic()) {
            return institution -> institution.isActive() && institution.getType() == group.getInstitutionType();
        }
        return institution -> institution.isActive() && group.getChosen().contains(institution);
    }

    /** Members of the group among the given institutions, by short name. */
    public static List<Institution> resolve(InstitutionGroup group, Collection<Institution> registry) {
        return registry.stream()
                .filter(membership(group))
                .sorted(Comparator.comparing(Institution::getShortName, POLISH))
                .toList();
    }
}
