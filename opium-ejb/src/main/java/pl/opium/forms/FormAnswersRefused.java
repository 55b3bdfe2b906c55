package pl.opium.forms;

import pl.opium.OpiumException;

import java.util.List;

/** Answers that do not fit their form; the page shows each problem at its field. Nothing is saved. */
public class FormAnswersRefused extends OpiumException {

    private final transient List<FormProblem> problems;

    public FormAnswersRefused(List<FormProblem> problems) {
        super("forms.answersRefused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FormProblem> getProblems() {
        return problems;
    }
}
