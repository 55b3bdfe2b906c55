package pl.opium.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import pl.opium.OpiumException;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns outcomes into the user's language: a refusal from a service ({@link OpiumException}) becomes
 * the Polish sentence of its key, shown as a Faces message.
 */
public final class Feedback {

    private Feedback() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** Shows the refusal of a service to the user. */
    public static void refused(OpiumException refusal) {
        error(refusal.getMessageKey(), refusal.getArguments());
    }

    /** The refusal inside an exception from an EJB call, if there is one. */
    public static OpiumException refusalIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OpiumException refusal) {
                return refusal;
            }
            if (cause instanceof EJBException ejb && ejb.getCausedByException() != null && ejb.getCausedByException() != cause) {
                cause = ejb.getCausedByException();
                if (cause instanceof OpiumException refusal) {
                    return refusal;
                }
            }
        }
        return null;
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context == null
                ? ResourceBundle.getBundle("messages", java.util.Locale.forLanguageTag("pl"))
                : context.getApplication().getResourceBundle(context, "msg");
        return format(bundle, key, arguments);
    }

    /** Outside a Faces request (a servlet), Polish: the users' language. */
    private static String format(ResourceBundle bundle, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            // an argument may itself name a text ("recruitment.stage.MAIN.APPLICATIONS")
            if (shown[i] instanceof String text && text.indexOf('.') > 0 && bundle.containsKey(text)) {
                shown[i] = bundle.getString(text);
            }
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(shown);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
