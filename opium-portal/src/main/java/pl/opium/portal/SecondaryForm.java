package pl.opium.portal;

import pl.opium.recruitment.application.SecondaryResults;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An eighth-grader's results as the parent types them from the exam report and the certificate:
 * the three exam results in per cent (all empty for a pupil exempted from the exam), the final grades
 * of the certificate's subjects (those left empty are not counted), and the points of achievements.
 */
public class SecondaryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer examPolish;
    private Integer examMaths;
    private Integer examLanguage;
    private final Map<String, Integer> grades = new LinkedHashMap<>();
    private int achievements;

    public SecondaryForm() {
        SecondaryResults.CERTIFICATE_SUBJECTS.forEach(subject -> grades.put(subject, null));
    }

    /** The results, checked as the application takes them (a refusal names what is wrong). */
    SecondaryResults toResults() {
        Map<String, Integer> given = new LinkedHashMap<>();
        grades.forEach((subject, grade) -> {
            if (grade != null) {
                given.put(subject, grade);
            }
        });
        return new SecondaryResults(examPolish, examMaths, examLanguage, given, achievements);
    }

    void from(SecondaryResults results) {
        examPolish = results.examPolish();
        examMaths = results.examMaths();
        examLanguage = results.examLanguage();
        results.grades().forEach(grades::put);
        achievements = results.achievements();
    }

    public Integer getExamPolish() {
        return examPolish;
    }

    public void setExamPolish(Integer examPolish) {
        this.examPolish = examPolish;
    }

    public Integer getExamMaths() {
        return examMaths;
    }

    public void setExamMaths(Integer examMaths) {
        this.examMaths = examMaths;
    }

    public Integer getExamLanguage() {
        return examLanguage;
    }

    public void setExamLanguage(Integer examLanguage) {
        this.examLanguage = examLanguage;
    }

    /** The grades a certificate has, best first. */
    public List<Integer> getGradeScale() {
        return List.of(6, 5, 4, 3, 2, 1);
    }

    public List<String> getSubjects() {
        return SecondaryResults.CERTIFICATE_SUBJECTS;
    }

    /** Grades by subject, in the certificate's order, for the page's selects. */
    public Map<String, Integer> getGrades() {
        return grades;
    }

    public int getAchievements() {
        return achievements;
    }

    public void setAchievements(int achievements) {
        this.achievements = achievements;
    }
}
