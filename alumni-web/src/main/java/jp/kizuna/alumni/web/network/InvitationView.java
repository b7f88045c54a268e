package jp.kizuna.alumni.web.network;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.NetworkEnrolment;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.CurrentUser;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/** /me/alumni-invitation: the leaver joins the network, choosing consent per purpose. */
@Named
@ViewScoped
public class InvitationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkEnrolment enrolment;

    @Inject
    private UserMessages messages;

    @Inject
    private LocaleSelection locale;

    @Inject
    private CurrentUser currentUser;

    private AlumnusProfile invitation;
    private String personalEmail;
    private List<String> purposes = new ArrayList<>();

    @PostConstruct
    void load() {
        invitation = enrolment.myInvitation().orElse(null);
        personalEmail = currentUser.employee().map(e -> e.getPersonalEmail()).orElse(null);
    }

    public String accept() {
        try {
            EnumSet<ConsentPurpose> chosen = EnumSet.noneOf(ConsentPurpose.class);
            purposes.forEach(p -> chosen.add(ConsentPurpose.valueOf(p)));
            invitation = enrolment.accept(personalEmail, chosen, locale.getLocale());
            messages.info("network", "invitation.accepted");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String decline() {
        try {
            enrolment.decline();
            invitation = enrolment.myInvitation().orElse(null);
            messages.info("network", "invitation.declined");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public boolean isOpen() {
        return invitation != null
                && switch (invitation.getStatus()) {
                    case INVITED, DECLINED, WITHDRAWN -> true;
                    default -> false;
                };
    }

    public ConsentPurpose[] getAllPurposes() {
        return ConsentPurpose.values();
    }

    public String getTextVersion() {
        return ConsentPurpose.CURRENT_TEXT_VERSION;
    }

    public AlumnusProfile getInvitation() {
        return invitation;
    }

    public String getPersonalEmail() {
        return personalEmail;
    }

    public void setPersonalEmail(String personalEmail) {
        this.personalEmail = personalEmail;
    }

    public List<String> getPurposes() {
        return purposes;
    }

    public void setPurposes(List<String> purposes) {
        this.purposes = purposes;
    }
}
