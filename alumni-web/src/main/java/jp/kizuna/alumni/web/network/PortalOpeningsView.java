package jp.kizuna.alumni.web.network;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.opportunity.Interest;
import jp.kizuna.alumni.opportunity.Opportunity;
import jp.kizuna.alumni.opportunity.OpportunityBoard;
import jp.kizuna.alumni.opportunity.Referral;
import jp.kizuna.alumni.opportunity.Referrals;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * The openings section of /portal/index ({@link PortalView}): open openings with the member's interest in
 * each, and the people they referred. Read when the section is first shown (members only).
 */
@Named
@ViewScoped
public class PortalOpeningsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OpportunityBoard board;

    @Inject
    private Referrals referrals;

    @Inject
    private UserMessages messages;

    private List<Opportunity> opportunities;
    private Map<Long, Interest> interests;
    private List<Referral> myReferrals;

    private Long referralOpportunity;
    private String candidateName;
    private String candidateEmail;
    private String referralNote;

    @PostConstruct
    void load() {
        opportunities = board.open();
        interests = board.myInterests();
        myReferrals = referrals.mine();
    }

    public String interested(long opportunityId) {
        try {
            board.expressInterest(opportunityId);
            interests = board.myInterests();
            messages.info("network", "opportunity.interest.recorded");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String refer() {
        try {
            referrals.refer(referralOpportunity, candidateName, candidateEmail, referralNote);
            myReferrals = referrals.mine();
            candidateName = candidateEmail = referralNote = null;
            referralOpportunity = null;
            messages.info("network", "referral.sent");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String withdraw(long opportunityId) {
        Interest interest = interests == null ? null : interests.get(opportunityId);
        if (interest == null) {
            return null;
        }
        try {
            board.withdrawInterest(interest.getId());
            interests = board.myInterests();
            messages.info("network", "opportunity.interest.withdrawn");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    /** Whether the member may still take their interest in this opening back. */
    public boolean canWithdraw(long opportunityId) {
        Interest interest = interests == null ? null : interests.get(opportunityId);
        return interest != null && !interest.getStage().isFinal();
    }

    public String stageOf(long opportunityId) {
        Interest interest = interests == null ? null : interests.get(opportunityId);
        return interest == null ? null : interest.getStage().name();
    }

    public List<Opportunity> getOpportunities() {
        return opportunities;
    }

    public List<Referral> getMyReferrals() {
        return myReferrals;
    }

    public Long getReferralOpportunity() {
        return referralOpportunity;
    }

    public void setReferralOpportunity(Long referralOpportunity) {
        this.referralOpportunity = referralOpportunity;
    }

    public String getCandidateName() {
        return candidateName;
    }

    public void setCandidateName(String candidateName) {
        this.candidateName = candidateName;
    }

    public String getCandidateEmail() {
        return candidateEmail;
    }

    public void setCandidateEmail(String candidateEmail) {
        this.candidateEmail = candidateEmail;
    }

    public String getReferralNote() {
        return referralNote;
    }

    public void setReferralNote(String referralNote) {
        this.referralNote = referralNote;
    }
}
