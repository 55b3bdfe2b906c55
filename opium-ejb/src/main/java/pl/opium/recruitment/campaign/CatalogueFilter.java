package pl.opium.recruitment.campaign;

import pl.opium.recruitment.campaign.CampaignService.CatalogueEntry;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a parent narrows the offer to on a phone: words found in the institution's name, address or
 * the unit's name (any case, with or without Polish letters, in any order), a district, only units
 * with free places. Blank parts do not narrow.
 */
public record CatalogueFilter(String text, String district, boolean onlyFree) {

    private static final Locale POLISH = Locale.forLanguageTag("pl");
    /** Rows a phone is sent at once: a city's 1,500 units are found by narrowing, not by scrolling. */
    public static final int MAX_SHOWN = 100;

    /** The first {@link #MAX_SHOWN} of the entries, the page's share of an anonymous request. */
    public static List<CatalogueEntry> firstShown(List<CatalogueEntry> entries) {
        return entries.size() <= MAX_SHOWN ? entries : entries.subList(0, MAX_SHOWN);
    }

    public List<CatalogueEntry> apply(List<CatalogueEntry> entries) {
        List<String> words = text == null || text.isBlank() ? List.of() : Arrays.asList(plain(text).split("\\s+"));
        boolean anyDistrict = district == null || district.isBlank();
        return entries.stream()
                .filter(entry -> !onlyFree || entry.free() > 0)
                .filter(entry -> anyDistrict || district.equals(entry.district()))
                .filter(entry -> {
                    String searched = plain(entry.institution() + " " + entry.address() + " " + entry.unit());
                    return words.stream().allMatch(searched::contains);
                })
                .toList();
    }

    /** The districts the entries lie in, in alphabetical order, for the filter's choice. */
    public static List<String> districts(List<CatalogueEntry> entries) {
        return entries.stream().map(CatalogueEntry::district).filter(Objects::nonNull).distinct()
                .sorted(Collator.getInstance(POLISH)).toList();
    }

    private static String plain(String text) {
        String lower = text.toLowerCase(POLISH).replace('ł', 'l');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "").strip();
    }
}
