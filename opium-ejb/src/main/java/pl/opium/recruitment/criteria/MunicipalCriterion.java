package pl.opium.recruitment.criteria;

/**
 * A criterion the city council sets for the second stage (art. 131 ust. 4: up to six, each with its
 * points and the document that confirms it), e.g. "both parents work" — 20 points, employer's
 * statement.
 *
 * @param code     stable name the applications refer to
 * @param document what confirms it (a statement, a certificate), shown to parents and verifiers
 */
public record MunicipalCriterion(String code, String name, int points, String document) {

    public MunicipalCriterion {
        if (code == null || !code.matches("[a-z][a-z0-9_]{0,39}")) {
            throw new IllegalArgumentException("A criterion's code is lower case letters, digits and underscores: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A criterion needs a name");
        }
        if (points < 1 || points > 100) {
            throw new IllegalArgumentException("A criterion's points are 1–100: " + points);
        }
    }
}
