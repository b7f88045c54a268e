package jp.kizuna.alumni.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import jp.kizuna.alumni.shared.BusinessException;

/** Faces messages in the reader's language, for view beans to report outcomes and refusals. */
@RequestScoped
public class UserMessages {

    @Inject
    private LocaleSelection localeSelection;

    public void info(String bundle, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(bundle, key, arguments));
    }

    public void warn(String bundle, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, text(bundle, key, arguments));
    }

    public void error(String bundle, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(bundle, key, arguments));
    }

    /** A rule the services refused, e.g. an invalid case transition. */
    public void refused(BusinessException refusal) {
        add(FacesMessage.SEVERITY_ERROR, refusal.getMessage(localeSelection.getLocale()));
    }

    public String text(String bundle, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("jp.kizuna.alumni.web." + bundle, localeSelection.getLocale())
                .getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, localeSelection.getLocale()).format(arguments);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
