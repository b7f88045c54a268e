package jp.kizuna.alumni.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Sends each person from the root page to the area their role is for. */
@Named
@RequestScoped
public class Landing {

    @Inject
    private CurrentUser user;

    public void route() throws IOException {
        String area = areaOfCurrentUser();
        if (area != null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + area);
        }
    }

    private String areaOfCurrentUser() {
        if (user.isHrAdmin()) {
            return "/admin/index.xhtml";
        }
        if (user.isManager()) {
            return "/offboarding/cases.xhtml";
        }
        if (user.isAlumnus()) {
            return "/portal/index.xhtml";
        }
        if (user.isEmployee()) {
            return "/me/index.xhtml";
        }
        return null;
    }
}
