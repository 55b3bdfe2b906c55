package pl.opium.forms;

import java.util.List;

/** A titled part of a form, with a help text and its fields and tables in order. */
public record FormSection(String title, String help, List<FormItem> items) {

    public FormSection {
        if (title == null || title.isBlank()) {
            throw new FormDefinitionException("forms.noSectionTitle");
        }
        items = items == null ? List.of() : List.copyOf(items);
    }
}
