package jp.kizuna.alumni.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kizuna.alumni.identity.EmployeeDirectory;

/**
 * A picked person travels as their employee number and is looked up again on the way back
 * ({@code converter="#{personPickConverter}"}): a CDI bean rather than a {@code @FacesConverter}, so its
 * injected directory is there however the archive's bean discovery is set.
 */
@Named
@ApplicationScoped
public class PersonPickConverter implements Converter<PersonPick> {

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private LocaleSelection localeSelection;

    @Override
    public PersonPick getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return directory
                .findByNumber(value.strip())
                .map(person -> PersonPick.of(person, localeSelection.getLocale()))
                .orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PersonPick value) {
        return value == null ? "" : value.employeeNumber();
    }
}
