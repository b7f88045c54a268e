package jp.kizuna.alumni.web.network;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kizuna.alumni.opportunity.Interest;
import jp.kizuna.alumni.opportunity.OpeningMatch;
import jp.kizuna.alumni.opportunity.Opportunity;
import jp.kizuna.alumni.opportunity.OpportunityBoard;
import jp.kizuna.alumni.opportunity.PipelineStage;
import jp.kizuna.alumni.opportunity.RehireDecisions;
import jp.kizuna.alumni.opportunity.RehireEligibility;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.PersonPick;
import jp.kizuna.alumni.web.shared.UserMessages;

/** /network/opportunity?id=: the pipeline of one opening and rehire-eligibility decisions. */
@Named
@ViewScoped
public class PipelineView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OpportunityBoard board;

    @Inject
    private RehireDecisions rehire;

    @Inject
    private UserMessages messages;

    private Long id;
    private Opportunity opportunity;
    private List<Interest> pipeline;
    private List<OpeningMatch.Match> matches;
    private String note;
    private PersonPick eligibilityPerson;
    private String decision = RehireEligibility.Decision.ELIGIBLE.name();
    private String reasons;

    /** f:viewAction after the id parameter is set. */
    public void load() {
        try {
            opportunity = board.opportunity(id);
            pipeline = board.pipeline(id);
            matches = board.matches(id);
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public List<OpeningMatch.Match> getMatches() {
        return matches;
    }

    /** The skills a match names, as one line. */
    public String skillsOf(OpeningMatch.Match match) {
        return String.join(", ", match.reasons().skills());
    }

    public String advance(long interestId, String stage) {
        try {
            board.advance(interestId, PipelineStage.valueOf(stage), note);
            note = null;
            pipeline = board.pipeline(id);
            messages.info("network", "pipeline.moved");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String decide() {
        try {
            rehire.decide(
                    eligibilityPerson == null ? null : eligibilityPerson.employeeNumber(),
                    RehireEligibility.Decision.valueOf(decision),
                    reasons);
            reasons = null;
            messages.info("network", "eligibility.recorded");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String eligibilityOf(Interest interest) {
        return rehire.current(interest.getAlumnus().getPerson())
                .map(e -> e.getDecision().name())
                .orElse(null);
    }

    public List<String> nextStages(Interest interest) {
        return interest.getStage().next().stream().map(Enum::name).toList();
    }

    public RehireEligibility.Decision[] getDecisions() {
        return RehireEligibility.Decision.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public List<Interest> getPipeline() {
        return pipeline;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public PersonPick getEligibilityPerson() {
        return eligibilityPerson;
    }

    public void setEligibilityPerson(PersonPick eligibilityPerson) {
        this.eligibilityPerson = eligibilityPerson;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
