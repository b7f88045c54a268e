package jp.kizuna.alumni.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.shared.BusinessException;
import org.junit.jupiter.api.Test;

class InterestTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 1, 9, 0);
    private final Employee person = new Employee("E9100", "鈴木", "一郎");
    private final AlumnusProfile alumnus = new AlumnusProfile(person, 5L, LocalDate.of(2025, 3, 31), NOW);

    private Interest interestIn(OpportunityKind kind) {
        Opportunity opportunity =
                new Opportunity(kind, "Backend engineer", "Java", null, "Tokyo", null, NOW, "hr.admin");
        return new Interest(opportunity, alumnus, NOW);
    }

    @Test
    void followsThePipelineInOrder() {
        Interest interest = interestIn(OpportunityKind.SIDE_JOB);
        assertThrows(BusinessException.class, () -> interest.moveTo(PipelineStage.OFFER, null, null, NOW));
        interest.moveTo(PipelineStage.TALKING, "first call", null, NOW);
        interest.moveTo(PipelineStage.OFFER, null, null, NOW);
        interest.moveTo(PipelineStage.HIRED, null, null, NOW);
        assertEquals(PipelineStage.HIRED, interest.getStage());
        assertEquals("first call", interest.getNote());
        assertThrows(BusinessException.class, () -> interest.moveTo(PipelineStage.DECLINED, null, null, NOW));
    }

    @Test
    void aRehireOfferNeedsAPositiveEligibilityDecision() {
        Interest interest = interestIn(OpportunityKind.REHIRE);
        interest.moveTo(PipelineStage.TALKING, null, null, NOW);
        assertThrows(BusinessException.class, () -> interest.moveTo(PipelineStage.OFFER, null, null, NOW));
        RehireEligibility no =
                new RehireEligibility(person, 5L, RehireEligibility.Decision.NOT_ELIGIBLE, "conduct", NOW, "hr");
        BusinessException refused =
                assertThrows(BusinessException.class, () -> interest.moveTo(PipelineStage.OFFER, null, no, NOW));
        assertEquals("opportunity.offer.not-eligible", refused.getKey());
        RehireEligibility yes =
                new RehireEligibility(person, 5L, RehireEligibility.Decision.CONDITIONAL, "role fit", NOW, "hr");
        interest.moveTo(PipelineStage.OFFER, null, yes, NOW);
        assertEquals(PipelineStage.OFFER, interest.getStage());
    }

    @Test
    void eligibilityNeedsReasonsAndOpeningsCloseOnTheirDate() {
        assertThrows(
                BusinessException.class,
                () -> new RehireEligibility(person, null, RehireEligibility.Decision.ELIGIBLE, " ", NOW, "hr"));
        Opportunity opportunity = new Opportunity(
                OpportunityKind.COLLABORATION, "PoC", "AI", null, null, LocalDate.of(2026, 5, 31), NOW, "hr");
        assertEquals(true, opportunity.isOpenOn(LocalDate.of(2026, 5, 31)));
        assertEquals(false, opportunity.isOpenOn(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void referralsValidateTheCandidateAndMoveForward() {
        assertThrows(BusinessException.class, () -> new Referral(alumnus, null, "A", "not-an-email", null, NOW));
        Referral referral = new Referral(alumnus, null, "佐々木 次郎", "jiro@example.org", null, NOW);
        assertThrows(BusinessException.class, () -> referral.moveTo(Referral.Status.HIRED, NOW));
        referral.moveTo(Referral.Status.SCREENING, NOW);
        assertEquals(Referral.Status.SCREENING, referral.getStatus());
    }
}
