package jp.kizuna.alumni.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sends each person from the root page to the area their role is for. */
@Named
@RequestScoped
public class Landing {

    @Inject
    private CurrentUser user;

    public String route() {
        if (user.isHrAdmin()) {
            return "/admin/index?faces-redirect=true";
        }
        if (user.isManager()) {
            return "/offboarding/cases?faces-redirect=true";
        }
        if (user.isAlumnus()) {
            return "/portal/index?faces-redirect=true";
        }
        if (user.isEmployee()) {
            return "/me/index?faces-redirect=true";
        }
        return null;
    }
}
