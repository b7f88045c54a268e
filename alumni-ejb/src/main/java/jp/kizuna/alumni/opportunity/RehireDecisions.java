package jp.kizuna.alumni.opportunity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.EmploymentStatus;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/** HR decides whether a former employee may be rehired, with reasons, linked to their exit. */
@Stateless
public class RehireDecisions {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /**
     * Records a decision for a person who has left or is leaving. The exit case comes from the
     * invitation the resignation created, when there was one.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public RehireEligibility decide(String employeeNumber, RehireEligibility.Decision decision, String reasons) {
        Employee person = em.createQuery("select e from Employee e where e.employeeNumber = :n", Employee.class)
                .setParameter("n", employeeNumber)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("opportunity.employee.unknown", employeeNumber));
        if (person.getStatus() == EmploymentStatus.ACTIVE) {
            throw new BusinessException("opportunity.eligibility.still-employed", employeeNumber);
        }
        List<Long> exitCases = em.createQuery(
                        "select p.exitCaseId from AlumnusProfile p where p.person = :e", Long.class)
                .setParameter("e", person)
                .getResultList();
        Long exitCase = exitCases.isEmpty() ? null : exitCases.get(0);
        RehireEligibility eligibility =
                new RehireEligibility(person, exitCase, decision, reasons, LocalDateTime.now(clock), caller.login());
        em.persist(eligibility);
        audit.record(
                AuditEntry.Action.CREATE,
                "RehireEligibility",
                person.getId(),
                decision + (exitCase == null ? "" : " exit case " + exitCase));
        return eligibility;
    }

    /** The decision in force: the latest. */
    @PermitAll
    public Optional<RehireEligibility> current(Employee person) {
        return em.createQuery("""
                        select r from RehireEligibility r where r.person = :e order by r.decidedAt desc, r.id desc""", RehireEligibility.class)
                .setParameter("e", person)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public List<RehireEligibility> history(long profileId) {
        AlumnusProfile profile = em.find(AlumnusProfile.class, profileId);
        if (profile == null) {
            return List.of();
        }
        return em.createQuery(
                        "select r from RehireEligibility r where r.person = :e order by r.decidedAt desc, r.id desc",
                        RehireEligibility.class)
                .setParameter("e", profile.getPerson())
                .getResultList();
    }
}
