package jp.kizuna.alumni.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kizuna.alumni.identity.EmployeeDirectory;

/**
 * Suggestions for the person pickers ({@code p:autoComplete completeMethod="#{peoplePicker.complete}"}):
 * people whose name, reading or employee number contains what was typed; {@code completeSignedIn} only
 * those who sign in (who can have done something in the audit log).
 */
@Named
@RequestScoped
public class PeoplePicker {

    static final int SUGGESTIONS = 15;

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private LocaleSelection localeSelection;

    public List<PersonPick> complete(String typed) {
        return directory.search(typed, SUGGESTIONS).stream()
                .map(p -> PersonPick.of(p, localeSelection.getLocale()))
                .toList();
    }

    public List<PersonPick> completeSignedIn(String typed) {
        return directory.search(typed, SUGGESTIONS * 4).stream()
                .filter(p -> p.getLoginName() != null)
                .limit(SUGGESTIONS)
                .map(p -> PersonPick.of(p, localeSelection.getLocale()))
                .toList();
    }
}
