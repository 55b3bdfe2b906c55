package pl.opium.recruitment.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The department's proposal of a place for each candidate admitted nowhere, for an officer to
 * confirm: the nearest unit of the right kind with a free place, by straight-line distance where the
 * candidate's address could be located; otherwise a unit of that kind in the candidate's district
 * (the one with the most free places). Nearest pairs are served first across all candidates, so a
 * free place goes to whoever lives closest to it, and the outcome does not depend on input order.
 */
public final class NearestPlaces {

    private static final double EARTH_KM = 6371.0088;

    /** A unit with free places after the main rounds; its location may be unknown (null). */
    public record Place(int unit, String kind, String district, Double latitude, Double longitude, int free) {
    }

    /** A candidate without a place: the kind of unit they need and, if known, where they live. */
    public record Seeker(int candidate, String kind, String district, Double latitude, Double longitude) {

        boolean located() {
            return latitude != null && longitude != null;
        }
    }

    /** A proposed place; {@code distanceKm} is null for a proposal by district. */
    public record Proposal(int candidate, int unit, Double distanceKm) {
    }

    private record Pair(Seeker seeker, Place place, double km) {
    }

    private NearestPlaces() {
    }

    public static List<Proposal> propose(List<Seeker> seekers, List<Place> places) {
        Map<Integer, Integer> free = new HashMap<>();
        places.forEach(place -> free.put(place.unit(), place.free()));
        List<Pair> pairs = new ArrayList<>();
        for (Seeker seeker : seekers) {
            if (!seeker.located()) {
                continue;
            }
            for (Place place : places) {
                if (place.kind().equals(seeker.kind()) && place.latitude() != null && place.longitude() != null
                        && place.free() > 0) {
                    pairs.add(new Pair(seeker, place, km(seeker.latitude(), seeker.longitude(), place.latitude(),
                            place.longitude())));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::km).thenComparingInt(p -> p.seeker().candidate())
                .thenComparingInt(p -> p.place().unit()));
        Map<Integer, Proposal> proposals = new HashMap<>();
        for (Pair pair : pairs) {
            int candidate = pair.seeker().candidate();
            int unit = pair.place().unit();
            if (!proposals.containsKey(candidate) && free.get(unit) > 0) {
                free.merge(unit, -1, Integer::sum);
                proposals.put(candidate, new Proposal(candidate, unit, Math.round(pair.km() * 100) / 100.0));
            }
        }
        List<Seeker> byDistrict = seekers.stream().filter(s -> !proposals.containsKey(s.candidate()))
                .sorted(Comparator.comparingInt(Seeker::candidate)).toList();
        for (Seeker seeker : byDistrict) {
            places.stream()
                    .filter(place -> place.kind().equals(seeker.kind()) && place.district() != null
                            && place.district().equals(seeker.district()) && free.get(place.unit()) > 0)
                    .min(Comparator.comparingInt((Place place) -> -free.get(place.unit())).thenComparingInt(Place::unit))
                    .ifPresent(place -> {
                        free.merge(place.unit(), -1, Integer::sum);
                        proposals.put(seeker.candidate(), new Proposal(seeker.candidate(), place.unit(), null));
                    });
        }
        return seekers.stream().map(s -> proposals.get(s.candidate())).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparingInt(Proposal::candidate)).toList();
    }

    /** Great-circle distance (haversine) in kilometres. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.sqrt(a));
    }
}
