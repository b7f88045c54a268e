package jp.kizuna.alumni.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language the person reads the application in: from the browser at first, then their choice. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = supported(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestLocale());
        }
        return locale;
    }

    /** For a servlet (a file download): the reader's choice, else the language {@code requested} by the browser. */
    public Locale localeFor(Locale requested) {
        return locale != null ? locale : supported(requested);
    }

    private static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public boolean isJapanese() {
        return "ja".equals(getLanguage());
    }
}
