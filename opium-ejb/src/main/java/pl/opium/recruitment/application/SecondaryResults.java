package pl.opium.recruitment.application;

import pl.opium.OpiumException;
import pl.opium.recruitment.criteria.SecondaryScale;

import java.util.List;
import java.util.Map;

/**
 * What an eighth-grader's parent enters for secondary recruitment, and the school of first choice
 * confirms with the application: the exam in per cent (all three null for a candidate exempted from
 * it), the certificate's final grades by subject, and the points of special achievements. A
 * distinction, voluntary work, an olympiad title and health limits are declarations, judged one by one.
 */
public record SecondaryResults(Integer examPolish, Integer examMaths, Integer examLanguage, Map<String, Integer> grades,
                               int achievements) {

    public static final String DISTINCTION = "DISTINCTION";
    public static final String VOLUNTEERING = "VOLUNTEERING";
    public static final String LAUREATE = "LAUREATE";
    public static final String HEALTH = "HEALTH";

    /** The compulsory subjects of the primary school certificate whose grades a class may count. */
    public static final List<String> CERTIFICATE_SUBJECTS = List.of(SecondaryScale.POLISH, SecondaryScale.MATHS,
            SecondaryScale.FOREIGN_LANGUAGE, "historia", "wiedza o społeczeństwie", "geografia", "biologia", "chemia",
            "fizyka", "informatyka");

    public SecondaryResults {
        grades = grades == null ? Map.of() : Map.copyOf(grades);
        boolean some = examPolish != null || examMaths != null || examLanguage != null;
        boolean all = examPolish != null && examMaths != null && examLanguage != null;
        if (some && !all) {
            throw new OpiumException("recruitment.secondary.examIncomplete");
        }
        if (all) {
            for (int result : new int[]{examPolish, examMaths, examLanguage}) {
                if (result < 0 || result > 100) {
                    throw new OpiumException("recruitment.secondary.examRange");
                }
            }
        }
        for (String needed : new String[]{SecondaryScale.POLISH, SecondaryScale.MATHS}) {
            if (!grades.containsKey(needed)) {
                throw new OpiumException("recruitment.secondary.gradeMissing", needed);
            }
        }
        grades.forEach((subject, grade) -> {
            if (grade == null || grade < 1 || grade > 6) {
                throw new OpiumException("recruitment.secondary.gradeRange", subject);
            }
        });
        if (achievements < 0) {
            throw new OpiumException("recruitment.secondary.achievements");
        }
    }

    public boolean isExempt() {
        return examPolish == null;
    }

    /** The candidate as the scale reads them, with what the school confirmed. */
    SecondaryScale.Candidate candidate(java.util.Set<String> confirmed,
                                       java.util.Set<pl.opium.recruitment.criteria.StatutoryCriterion> statutory) {
        return new SecondaryScale.Candidate(isExempt() ? null : new SecondaryScale.Exam(examPolish, examMaths, examLanguage),
                grades, confirmed.contains(DISTINCTION), achievements, confirmed.contains(VOLUNTEERING),
                confirmed.contains(LAUREATE), confirmed.contains(HEALTH), statutory);
    }
}
