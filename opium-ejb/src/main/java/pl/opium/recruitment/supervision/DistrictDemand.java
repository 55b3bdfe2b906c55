package pl.opium.recruitment.supervision;

import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A district's demand and supply: the places its units offer and the applications naming one of them
 * first, summed over its units.
 *
 * @param district its name, or null for the units of institutions without one
 */
public record DistrictDemand(String district, long places, long firstChoice) implements Serializable {

    /** The districts in Polish alphabetical order, those without a name last. */
    public static List<DistrictDemand> of(List<SupervisionService.Demand> units) {
        Collator polish = Collator.getInstance(Locale.forLanguageTag("pl"));
        Map<String, long[]> sums = new TreeMap<>(Comparator.nullsLast(polish::compare));
        for (SupervisionService.Demand unit : units) {
            long[] sum = sums.computeIfAbsent(unit.district(), d -> new long[2]);
            sum[0] += unit.places();
            sum[1] += unit.firstChoice();
        }
        return sums.entrySet().stream()
                .map(entry -> new DistrictDemand(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
    }
}
