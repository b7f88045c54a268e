package jp.kizuna.alumni.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.shared.Roles;

/** The signed-in person as the pages need it: name and which areas they may open. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private LocaleSelection localeSelection;

    private Optional<Employee> employee;

    public String getLoginName() {
        return external().getUserPrincipal() == null
                ? null
                : external().getUserPrincipal().getName();
    }

    public String getDisplayName() {
        return employee().map(e -> e.displayName(localeSelection.getLocale())).orElse(getLoginName());
    }

    public Optional<Employee> employee() {
        if (employee == null) {
            employee = getLoginName() == null ? Optional.empty() : directory.findByLogin(getLoginName());
        }
        return employee;
    }

    public boolean isHrAdmin() {
        return external().isUserInRole(Roles.HR_ADMIN);
    }

    public boolean isManager() {
        return external().isUserInRole(Roles.MANAGER);
    }

    public boolean isEmployee() {
        return external().isUserInRole(Roles.EMPLOYEE);
    }

    public boolean isAlumnus() {
        return external().isUserInRole(Roles.ALUMNI);
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
