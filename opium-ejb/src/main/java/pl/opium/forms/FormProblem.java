package pl.opium.forms;

import java.util.List;

/**
 * Something wrong with an answer: which field (and for a table, which row, counted from 1, and
 * column), and a bundle key with its arguments (the field's label first).
 */
public record FormProblem(String key, Integer row, String column, String messageKey, List<Object> arguments) {

    public FormProblem {
        arguments = List.copyOf(arguments);
    }
}
