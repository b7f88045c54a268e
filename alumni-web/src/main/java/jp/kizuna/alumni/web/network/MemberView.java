package jp.kizuna.alumni.web.network;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kizuna.alumni.identity.SignInRoleChange;
import jp.kizuna.alumni.identity.SignInRoles;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.NetworkAdministration;
import jp.kizuna.alumni.privacy.ConsentLedger;
import jp.kizuna.alumni.privacy.ConsentRecord;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * /network/member?id=: one member for HR: the consent history (what the person agreed to, in
 * which wording and language, when, and when withdrawn: the proof HR shows an auditor) and the
 * changes of their sign-in access.
 */
@Named
@ViewScoped
public class MemberView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkAdministration administration;

    @Inject
    private ConsentLedger consents;

    @Inject
    private SignInRoles signInRoles;

    @Inject
    private UserMessages messages;

    private Long id;
    private AlumnusProfile profile;
    private List<ConsentRecord> consentHistory;
    private List<SignInRoleChange> roleChanges;

    /** f:viewAction: loads the member named by the id parameter. */
    public void load() {
        if (id == null) {
            messages.error("network", "member.missing");
            return;
        }
        try {
            profile = administration.profile(id);
            consentHistory = consents.history(profile.getPerson());
            roleChanges = signInRoles.historyOf(profile.getPerson());
        } catch (BusinessException refused) {
            profile = null;
            messages.refused(refused);
        }
    }

    public String retry(long changeId) {
        boolean done = signInRoles.apply(changeId);
        load();
        if (done) {
            messages.info("network", "access.applied");
        } else {
            messages.error("network", "access.still-pending");
        }
        return null;
    }

    public String doneByHand(long changeId) {
        try {
            signInRoles.markDoneByHand(changeId);
            messages.info("network", "access.done-by-hand.saved");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AlumnusProfile getProfile() {
        return profile;
    }

    public List<ConsentRecord> getConsentHistory() {
        return consentHistory;
    }

    public List<SignInRoleChange> getRoleChanges() {
        return roleChanges;
    }
}
