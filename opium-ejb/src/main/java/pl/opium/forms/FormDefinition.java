package pl.opium.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A whole form: its title and sections. Keys are unique across the form, so answers can be found by key. */
public record FormDefinition(String title, List<FormSection> sections) {

    public FormDefinition {
        if (title == null || title.isBlank()) {
            throw new FormDefinitionException("forms.noTitle");
        }
        sections = sections == null ? List.of() : List.copyOf(sections);
        if (sections.stream().allMatch(s -> s.items().isEmpty())) {
            throw new FormDefinitionException("forms.empty");
        }
        Set<String> keys = new HashSet<>();
        for (FormSection section : sections) {
            for (FormItem item : section.items()) {
                if (!keys.add(item.key())) {
                    throw new FormDefinitionException("forms.duplicateKey", item.key());
                }
            }
        }
    }

    /** Every item of every section, in order. */
    public List<FormItem> items() {
        List<FormItem> items = new ArrayList<>();
        sections.forEach(section -> items.addAll(section.items()));
        return items;
    }

    /** The fields outside tables, in order. */
    public List<FormField> fields() {
        return items().stream().filter(FormField.class::isInstance).map(FormField.class::cast).toList();
    }

    public List<FormTable> tables() {
        return items().stream().filter(FormTable.class::isInstance).map(FormTable.class::cast).toList();
    }

    public FormTable table(String key) {
        return tables().stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }
}
