package jp.kizuna.alumni.worklist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import jp.kizuna.alumni.identity.SignInRoleChange;
import jp.kizuna.alumni.offboarding.CaseStatus;
import jp.kizuna.alumni.offboarding.ChecklistItem;
import jp.kizuna.alumni.offboarding.ExitInterview;
import jp.kizuna.alumni.offboarding.InterviewKind;
import jp.kizuna.alumni.offboarding.OffboardingCase;
import jp.kizuna.alumni.opportunity.Interest;
import jp.kizuna.alumni.opportunity.PipelineStage;
import jp.kizuna.alumni.shared.Roles;

/** The HR home's inbox: everything waiting for HR, read in one transaction. */
@Stateless
public class HrWorklist {

    /** Per list: the home shows what to do next, the full lists are on each capability's page. */
    static final int SHOWN = 20;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.HR_ADMIN)
    public HrWork waiting() {
        LocalDate today = LocalDate.now(clock);
        return new HrWork(
                em.createQuery("""
                                select c from OffboardingCase c join fetch c.employee e
                                where c.status = :received order by c.lastDay, c.id""", OffboardingCase.class)
                        .setParameter("received", CaseStatus.NOTICE_RECEIVED)
                        .setMaxResults(SHOWN)
                        .getResultList(),
                em.createQuery("""
                                select i from ExitInterview i join fetch i.offboardingCase c join fetch c.employee e
                                where i.held = false and i.kind <> :followUp and i.interviewDate <= :today
                                and c.status in :open order by i.interviewDate, i.id""", ExitInterview.class)
                        .setParameter("followUp", InterviewKind.FOLLOW_UP)
                        .setParameter("today", today)
                        .setParameter("open", CaseStatus.open())
                        .setMaxResults(SHOWN)
                        .getResultList(),
                em.createQuery("""
                                select i from ChecklistItem i join fetch i.offboardingCase c join fetch c.employee e
                                where i.doneAt is null and i.dueDate < :today and c.status in :open
                                order by i.dueDate, i.id""", ChecklistItem.class)
                        .setParameter("today", today)
                        .setParameter("open", CaseStatus.open())
                        .setMaxResults(SHOWN)
                        .getResultList(),
                em.createQuery("""
                                select i from Interest i join fetch i.opportunity o join fetch i.alumnus a
                                join fetch a.person p where i.stage = :interested order by i.expressedAt, i.id""", Interest.class)
                        .setParameter("interested", PipelineStage.INTERESTED)
                        .setMaxResults(SHOWN)
                        .getResultList(),
                em.createQuery("""
                                select r from SignInRoleChange r where r.status = :pending
                                order by r.requestedAt, r.id""", SignInRoleChange.class)
                        .setParameter("pending", SignInRoleChange.Status.PENDING)
                        .setMaxResults(SHOWN)
                        .getResultList());
    }
}
