package pl.opium.recruitment.criteria;

import pl.opium.recruitment.matching.PriorityKey;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Secondary school recruitment (the 2022 regulation on admissions): at most 200 points — the
 * eighth-grade exam (Polish and mathematics × 0.35, a foreign language × 0.3, in per cent), the
 * grades of Polish, mathematics and the two subjects the class names, a certificate with
 * distinction, special achievements and voluntary work. Olympiad laureates and finalists come
 * before everyone; among equal points first those whose health limits their choice of school, then
 * those meeting more of the statutory criteria (art. 134). Points are kept in hundredths.
 *
 * <p>The numbers are configuration with the regulation's values as defaults, so that a change of the
 * regulation is a change of configuration.
 *
 * @param gradePoints          points per grade of a certificate subject (6 celujący … 2 dopuszczający)
 * @param exemptPolishAndMaths points replacing the exam's Polish or mathematics for an exempted candidate, per grade
 * @param exemptLanguage       points replacing the exam's foreign language for an exempted candidate, per grade
 */
public record SecondaryScale(Map<Integer, Integer> gradePoints, int distinction, int maxAchievements, int volunteering,
                             Map<Integer, Integer> exemptPolishAndMaths, Map<Integer, Integer> exemptLanguage) {

    public static final String POLISH = "język polski";
    public static final String MATHS = "matematyka";
    public static final String FOREIGN_LANGUAGE = "język obcy nowożytny";

    /** Hundredths of a point per per cent of the exam: 0.35, 0.35 and 0.3. */
    static final int POLISH_WEIGHT = 35;
    static final int MATHS_WEIGHT = 35;
    static final int LANGUAGE_WEIGHT = 30;
    static final int MAX_HUNDREDTHS = 20_000;

    private static final PriorityKey KEY = new PriorityKey(1, MAX_HUNDREDTHS, 1, StatutoryCriterion.values().length);

    public SecondaryScale {
        gradePoints = Map.copyOf(gradePoints);
        exemptPolishAndMaths = Map.copyOf(exemptPolishAndMaths);
        exemptLanguage = Map.copyOf(exemptLanguage);
        int most = 100 + 4 * gradePoints.values().stream().mapToInt(Integer::intValue).max().orElse(0)
                + distinction + maxAchievements + volunteering;
        if (most > MAX_HUNDREDTHS / 100) {
            throw new IllegalArgumentException("The scale gives up to " + most + " points, more than 200");
        }
    }

    /** The regulation's values. */
    public static SecondaryScale regulation() {
        return new SecondaryScale(Map.of(6, 18, 5, 17, 4, 14, 3, 8, 2, 2), 7, 18, 3,
                Map.of(6, 35, 5, 30, 4, 25, 3, 15, 2, 10), Map.of(6, 30, 5, 25, 4, 20, 3, 10, 2, 5));
    }

    /** The exam in per cent, or null for a candidate exempted from it (their grades count instead). */
    public record Exam(int polish, int maths, int language) {

        public Exam {
            for (int result : new int[]{polish, maths, language}) {
                if (result < 0 || result > 100) {
                    throw new IllegalArgumentException("Exam results are per cent: " + result);
                }
            }
        }
    }

    /**
     * A candidate's application as verified.
     *
     * @param grades       final grades by subject (2–6), as on the certificate
     * @param achievements points of special achievements before the cap
     * @param laureate     laureate or finalist of an olympiad: admitted before the others
     * @param health       health problems limiting the choice of school, confirmed by a public counselling centre
     */
    public record Candidate(Exam exam, Map<String, Integer> grades, boolean distinction, int achievements,
                            boolean volunteering, boolean laureate, boolean health, Set<StatutoryCriterion> statutory) {

        public Candidate {
            grades = Map.copyOf(grades);
            statutory = Set.copyOf(statutory);
        }
    }

    /** The candidate's points at a class, in hundredths; the class names its two subjects besides Polish and mathematics. */
    public int hundredths(Candidate candidate, List<String> classSubjects) {
        if (classSubjects.size() != 2) {
            throw new IllegalArgumentException("A class names two subjects: " + classSubjects);
        }
        int points = 0;
        for (String subject : List.of(POLISH, MATHS, classSubjects.get(0), classSubjects.get(1))) {
            points += 100 * gradePoints.getOrDefault(candidate.grades().getOrDefault(subject, 0), 0);
        }
        if (candidate.exam() != null) {
            points += POLISH_WEIGHT * candidate.exam().polish() + MATHS_WEIGHT * candidate.exam().maths()
                    + LANGUAGE_WEIGHT * candidate.exam().language();
        } else {
            points += 100 * (exemptPolishAndMaths.getOrDefault(candidate.grades().getOrDefault(POLISH, 0), 0)
                    + exemptPolishAndMaths.getOrDefault(candidate.grades().getOrDefault(MATHS, 0), 0)
                    + exemptLanguage.getOrDefault(candidate.grades().getOrDefault(FOREIGN_LANGUAGE, 0), 0));
        }
        points += candidate.distinction() ? 100 * distinction : 0;
        points += 100 * Math.min(Math.max(candidate.achievements(), 0), maxAchievements);
        points += candidate.volunteering() ? 100 * volunteering : 0;
        return points;
    }

    /** The candidate's priority key at a class: laureate, points, health, statutory criteria. */
    public long key(Candidate candidate, List<String> classSubjects) {
        return KEY.of(candidate.laureate() ? 1 : 0, hundredths(candidate, classSubjects), candidate.health() ? 1 : 0,
                candidate.statutory().size());
    }

    public static PriorityKey priorityKey() {
        return KEY;
    }
}
