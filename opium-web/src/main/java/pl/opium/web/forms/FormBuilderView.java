package pl.opium.web.forms;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.forms.FieldType;
import pl.opium.forms.FormDefinition;
import pl.opium.forms.FormService;
import pl.opium.web.Feedback;
import pl.opium.web.Pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The form builder: sections with fields and repeatable tables, each with its type, required flag,
 * help text, limits and choices. A form can start from an earlier one ({@code ?from=}); saving
 * stores a new form, never changes one that may already have answers.
 */
@Named
@ViewScoped
public class FormBuilderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient FormService forms;

    private Long from;
    private String title;
    private final List<SectionDraft> sections = new ArrayList<>();

    public void load() {
        if (from != null) {
            FormDefinition earlier = Pages.loadOrRefuse(() -> forms.definition(from));
            if (earlier != null) {
                title = earlier.title();
                earlier.sections().forEach(section -> sections.add(SectionDraft.of(section)));
            }
        }
        if (sections.isEmpty()) {
            addSection();
            sections.get(0).addField();
        }
    }

    public void addSection() {
        sections.add(new SectionDraft());
    }

    public void removeSection(int index) {
        if (index >= 0 && index < sections.size() && sections.size() > 1) {
            sections.remove(index);
        }
    }

    public String save() {
        return Pages.call(() -> {
            Set<String> taken = new HashSet<>();
            FormDefinition definition = new FormDefinition(title, sections.stream().map(s -> s.build(taken)).toList());
            return forms.create(definition);
        }).map(form -> {
            Feedback.info("forms.saved", form.getTitle());
            Feedback.keepForRedirect();
            return "/forms/list?faces-redirect=true";
        }).orElse(null);
    }

    public List<FieldType> getFieldTypes() {
        return Arrays.asList(FieldType.values());
    }

    /** Table columns take every type but files: a file per row is what attachments to a message are for. */
    public List<FieldType> getColumnTypes() {
        return Arrays.stream(FieldType.values()).filter(type -> type != FieldType.FILE).toList();
    }

    public Long getFrom() {
        return from;
    }

    public void setFrom(Long from) {
        this.from = from;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<SectionDraft> getSections() {
        return sections;
    }
}
