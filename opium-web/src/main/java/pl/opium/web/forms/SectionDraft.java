package pl.opium.web.forms;

import pl.opium.forms.FormSection;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A section as the builder edits it: a title, a help text, and its fields and tables in order. */
public final class SectionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String help;
    private final List<ItemDraft> items = new ArrayList<>();

    static SectionDraft of(FormSection section) {
        SectionDraft draft = new SectionDraft();
        draft.title = section.title();
        draft.help = section.help();
        section.items().forEach(item -> draft.items.add(ItemDraft.of(item)));
        return draft;
    }

    FormSection build(Set<String> taken) {
        return new FormSection(title, help == null || help.isBlank() ? null : help.strip(),
                items.stream().map(item -> item.build(taken)).toList());
    }

    public void addField() {
        items.add(ItemDraft.field());
    }

    public void addTable() {
        items.add(ItemDraft.table());
    }

    public void removeItem(int index) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
        }
    }

    /** Moves an item one place up. */
    public void moveUp(int index) {
        if (index > 0 && index < items.size()) {
            items.add(index - 1, items.remove(index));
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getHelp() {
        return help;
    }

    public void setHelp(String help) {
        this.help = help;
    }

    public List<ItemDraft> getItems() {
        return items;
    }
}
