package jp.kizuna.alumni.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * Consent given, withdrawn and looked up, per person and purpose. Callers pass the person they
 * already resolved and checked (the leaver themself, the alumnus themself); the network services
 * decide who may act for whom.
 */
@Stateless
public class ConsentLedger {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<ErasureRequested> erasure;

    /**
     * Makes the consents in force exactly {@code purposes}: new purposes get a record with the
     * current text version, purposes left out are withdrawn, unchanged ones keep their record.
     */
    @RolesAllowed({Roles.EMPLOYEE, Roles.ALUMNI})
    public Set<ConsentPurpose> decide(Employee person, Set<ConsentPurpose> purposes, Locale language) {
        LocalDateTime now = LocalDateTime.now(clock);
        Set<ConsentPurpose> wanted =
                purposes.isEmpty() ? EnumSet.noneOf(ConsentPurpose.class) : EnumSet.copyOf(purposes);
        for (ConsentRecord record : inForce(person)) {
            if (!wanted.remove(record.getPurpose())) {
                record.withdraw(now);
                audit.record(
                        AuditEntry.Action.CONSENT_WITHDRAWN,
                        "Employee",
                        person.getId(),
                        record.getPurpose().name());
            }
        }
        for (ConsentPurpose purpose : wanted) {
            em.persist(new ConsentRecord(
                    person, purpose, ConsentPurpose.CURRENT_TEXT_VERSION, language.getLanguage(), now, caller.login()));
            audit.record(
                    AuditEntry.Action.CONSENT_GIVEN,
                    "Employee",
                    person.getId(),
                    purpose.name() + " v" + ConsentPurpose.CURRENT_TEXT_VERSION + " " + language.getLanguage());
        }
        em.flush();
        return purposesInForce(person);
    }

    /** Withdraws every consent in force; used when someone leaves the network. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.ALUMNI, Roles.HR_ADMIN})
    public void withdrawAll(Employee person) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (ConsentRecord record : inForce(person)) {
            record.withdraw(now);
            audit.record(
                    AuditEntry.Action.CONSENT_WITHDRAWN,
                    "Employee",
                    person.getId(),
                    record.getPurpose().name());
        }
    }

    @PermitAll
    public boolean allows(Employee person, ConsentPurpose purpose) {
        return !em.createQuery("""
                        select c.id from ConsentRecord c
                        where c.person = :person and c.purpose = :purpose and c.withdrawnAt is null""", Long.class)
                .setParameter("person", person)
                .setParameter("purpose", purpose)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @PermitAll
    public Set<ConsentPurpose> purposesInForce(Employee person) {
        Set<ConsentPurpose> purposes = EnumSet.noneOf(ConsentPurpose.class);
        inForce(person).forEach(record -> purposes.add(record.getPurpose()));
        return purposes;
    }

    /** The whole history, newest first: what the person agreed to, in which wording, and when. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.ALUMNI, Roles.EMPLOYEE})
    public List<ConsentRecord> history(Employee person) {
        requireSelfOrHr(person);
        return em.createQuery(
                        "select c from ConsentRecord c where c.person = :person order by c.givenAt desc, c.id desc",
                        ConsentRecord.class)
                .setParameter("person", person)
                .getResultList();
    }

    /**
     * Deletes or anonymises this person's alumni data everywhere (each capability observes
     * {@link ErasureRequested}) and withdraws their consents. The consent history itself stays:
     * it is the proof that processing was lawful, and holds no data beyond the purpose and dates.
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.ALUMNI})
    public void erase(Employee person) {
        requireSelfOrHr(person);
        withdrawAll(person);
        erasure.fire(new ErasureRequested(person.getId()));
        audit.record(AuditEntry.Action.ERASE, "Employee", person.getId(), "alumni personal data erased");
    }

    private void requireSelfOrHr(Employee person) {
        if (!caller.isIn(Roles.HR_ADMIN) && !caller.login().equals(person.getLoginName())) {
            throw new BusinessException("privacy.not-yours");
        }
    }

    private List<ConsentRecord> inForce(Employee person) {
        return em.createQuery(
                        "select c from ConsentRecord c where c.person = :person and c.withdrawnAt is null",
                        ConsentRecord.class)
                .setParameter("person", person)
                .getResultList();
    }
}
