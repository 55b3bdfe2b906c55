package pl.opium.recruitment.assignment;

import pl.opium.recruitment.matching.DeferredAcceptance;
import pl.opium.recruitment.matching.MatchingInput;
import pl.opium.recruitment.matching.MatchingResult;
import pl.opium.recruitment.matching.SiblingPlace;
import pl.opium.recruitment.matching.Tie;
import pl.opium.recruitment.matching.TieDecision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The assignment engine in the recruitment's own terms: applications and units by their ids, keys
 * per preference, the committees' decisions by application id. Units and candidates are numbered in
 * the order of their ids, so the same inputs always give the same numbering, the same result and the
 * same digest — whoever runs it again, from whatever order the database returned.
 */
public final class Assignment {

    /** A verified application: its units, most wanted first, and its priority key at each. */
    public record Candidate(long application, long[] units, long[] keys) {
    }

    /**
     * A committee's decision at a unit: an order of applications, best first, or extra places. The
     * decisions are given in the order they were taken; at a unit they compose ({@link TieDecision}).
     */
    public record Decision(long unit, List<Long> order, int extraPlaces, String justification) {
    }

    /** An extra place the department added at a unit for a candidate, so that they learn with their siblings. */
    public record SiblingDecision(long application, long unit) {
    }

    /**
     * @param placed  application → unit, for those placed (a provisional result holds tied groups whole)
     * @param cutoff  unit → the lowest key admitted there, for units that admitted someone
     * @param free    unit → places left
     * @param onSiblingPlaces the applications placed on a place added for them, not on one of the unit's
     */
    public record Outcome(Map<Long, Long> placed, List<RunTie> ties, Map<Long, Long> cutoff, Map<Long, Integer> free,
                          String digest, Set<Long> onSiblingPlaces) {

        public boolean isFinal() {
            return ties.isEmpty();
        }
    }

    private Assignment() {
    }

    public static Outcome run(Map<Long, Integer> places, List<Candidate> applications, List<Decision> decisions) {
        return run(places, applications, decisions, List.of());
    }

    /**
     * A run with the committees' decisions and the places added for siblings; a sibling place for an
     * application no longer in the run, or at a unit it no longer lists, is left out (and out of the digest).
     */
    public static Outcome run(Map<Long, Integer> places, List<Candidate> applications, List<Decision> decisions,
                              List<SiblingDecision> siblingDecisions) {
        TreeMap<Long, Integer> units = new TreeMap<>(places);
        Map<Long, Integer> unitNumber = new HashMap<>();
        long[] unitIds = new long[units.size()];
        MatchingInput.Builder input = MatchingInput.builder();
        units.forEach((id, count) -> {
            int number = input.unit(count);
            unitNumber.put(id, number);
            unitIds[number] = id;
        });
        List<Candidate> candidates = new ArrayList<>(applications);
        candidates.sort(Comparator.comparingLong(Candidate::application));
        Map<Long, Integer> candidateNumber = new HashMap<>();
        for (Candidate candidate : candidates) {
            int[] preferred = Arrays.stream(candidate.units()).mapToInt(unitNumber::get).toArray();
            candidateNumber.put(candidate.application(), input.candidate(preferred, candidate.keys()));
        }
        // by unit, and at a unit in the order they were taken: a later order ranks below an earlier one
        List<Decision> ordered = new ArrayList<>(decisions);
        ordered.sort(Comparator.comparingLong(Decision::unit));
        List<TieDecision> engineDecisions = new ArrayList<>();
        for (Decision decision : ordered) {
            int unit = unitNumber.get(decision.unit());
            if (decision.extraPlaces() > 0) {
                engineDecisions.add(TieDecision.extraPlaces(unit, decision.extraPlaces(), decision.justification()));
                continue;
            }
            // candidates withdrawn since the decision are no longer in the run
            int[] order = decision.order().stream().filter(candidateNumber::containsKey).mapToInt(candidateNumber::get).toArray();
            if (order.length > 0) {
                engineDecisions.add(TieDecision.order(unit, decision.justification(), order));
            }
        }
        MatchingInput built = input.build();
        List<SiblingDecision> siblings = new ArrayList<>();
        List<SiblingPlace> siblingPlaces = new ArrayList<>();
        siblingDecisions.stream().sorted(Comparator.comparingLong(SiblingDecision::application)).forEach(decision -> {
            Integer candidate = candidateNumber.get(decision.application());
            Integer unit = unitNumber.get(decision.unit());
            if (candidate != null && unit != null && built.keyAt(candidate, unit) >= 0) {
                siblings.add(decision);
                siblingPlaces.add(new SiblingPlace(candidate, unit));
            }
        });
        MatchingResult result = DeferredAcceptance.run(built, engineDecisions, siblingPlaces);

        Map<Long, Long> placed = new LinkedHashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            if (result.unitOf(c) != MatchingResult.UNPLACED) {
                placed.put(candidates.get(c).application(), unitIds[result.unitOf(c)]);
            }
        }
        List<RunTie> ties = new ArrayList<>();
        for (Tie tie : result.ties()) {
            ties.add(new RunTie(unitIds[tie.unit()], tie.key(), tie.places(),
                    Arrays.stream(tie.candidates()).mapToObj(c -> candidates.get(c).application()).sorted().toList()));
        }
        Map<Long, Long> cutoff = new TreeMap<>();
        Map<Long, Integer> free = new TreeMap<>();
        for (int u = 0; u < unitIds.length; u++) {
            if (result.cutoff()[u] >= 0) {
                cutoff.put(unitIds[u], result.cutoff()[u]);
            }
            free.put(unitIds[u], result.freePlaces()[u]);
        }
        Set<Long> onSiblingPlaces = new TreeSet<>();
        result.siblingPlacesTaken().forEach(place -> onSiblingPlaces.add(candidates.get(place.candidate()).application()));
        return new Outcome(placed, ties, cutoff, free, digest(units, candidates, ordered, siblings), onSiblingPlaces);
    }

    /** SHA-256 of the inputs in their canonical order: what a reproduction must match. */
    static String digest(TreeMap<Long, Integer> units, List<Candidate> candidates, List<Decision> decisions,
                         List<SiblingDecision> siblings) {
        StringBuilder text = new StringBuilder();
        units.forEach((id, count) -> text.append("u").append(id).append(':').append(count).append('\n'));
        for (Candidate candidate : candidates) {
            text.append("c").append(candidate.application()).append(':').append(Arrays.toString(candidate.units()))
                    .append(Arrays.toString(candidate.keys())).append('\n');
        }
        for (Decision decision : decisions) {
            text.append("d").append(decision.unit()).append(':').append(decision.order()).append('+')
                    .append(decision.extraPlaces()).append('\n');
        }
        // a round without sibling places keeps the digest it had before there were any
        for (SiblingDecision sibling : siblings) {
            text.append("s").append(sibling.application()).append('@').append(sibling.unit()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
