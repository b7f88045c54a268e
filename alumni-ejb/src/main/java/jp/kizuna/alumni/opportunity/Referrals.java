package jp.kizuna.alumni.opportunity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.AlumnusProfiles;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/** Alumni refer candidates; each referral stays attributed to its alumnus while HR moves it on. */
@Stateless
public class Referrals {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private AlumnusProfiles profiles;

    @RolesAllowed(Roles.ALUMNI)
    public Referral refer(Long opportunityId, String candidateName, String candidateEmail, String note) {
        AlumnusProfile me = profiles.requireMember();
        Opportunity opportunity = opportunityId == null ? null : em.find(Opportunity.class, opportunityId);
        if (opportunityId != null && opportunity == null) {
            throw new BusinessException("opportunity.unknown", opportunityId);
        }
        Referral referral =
                new Referral(me, opportunity, candidateName, candidateEmail, note, LocalDateTime.now(clock));
        em.persist(referral);
        audit.record(AuditEntry.Action.CREATE, "Referral", me.getId(), "candidate referred");
        return referral;
    }

    @RolesAllowed(Roles.ALUMNI)
    public List<Referral> mine() {
        AlumnusProfile me = profiles.requireMember();
        return em.createQuery(
                        "select r from Referral r left join fetch r.opportunity where r.referrer = :me"
                                + " order by r.submittedAt desc",
                        Referral.class)
                .setParameter("me", me)
                .getResultList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public List<Referral> all() {
        return em.createQuery("""
                select r from Referral r left join fetch r.opportunity left join fetch r.referrer ref
                left join fetch ref.person order by r.submittedAt desc""", Referral.class).getResultList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public Referral move(long referralId, Referral.Status status) {
        Referral referral = em.find(Referral.class, referralId);
        if (referral == null) {
            throw new BusinessException("opportunity.referral.unknown", referralId);
        }
        referral.moveTo(status, LocalDateTime.now(clock));
        return referral;
    }
}
