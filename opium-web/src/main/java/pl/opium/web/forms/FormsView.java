package pl.opium.web.forms;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import pl.opium.forms.Form;
import pl.opium.forms.FormService;

import java.io.Serializable;
import java.util.List;

/** The department's forms: to send one in a message, or to start a new one from it. */
@Named
@ViewScoped
public class FormsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient FormService forms;

    private List<Form> list;

    public void load() {
        list = forms.forms();
    }

    public List<Form> getList() {
        return list;
    }
}
