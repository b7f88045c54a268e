package jp.kizuna.alumni.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/** The ambassador programme: HR nominates members who speak for the company, records what they did, retires them. */
@Stateless
public class Ambassadors {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** HR picks the member by person (the picker gives the employee number); only a member can be an ambassador. */
    @RolesAllowed(Roles.HR_ADMIN)
    public Ambassador nominate(String employeeNumber, String reason) {
        AlumnusProfile profile = em.createQuery(
                        "select p from AlumnusProfile p where p.person.employeeNumber = :number", AlumnusProfile.class)
                .setParameter("number", employeeNumber)
                .getResultStream()
                .findFirst()
                .filter(AlumnusProfile::isMember)
                .orElseThrow(() -> new BusinessException("network.ambassador.not-member"));
        return nominate(profile.getId(), reason);
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public Ambassador nominate(long profileId, String reason) {
        AlumnusProfile profile = em.find(AlumnusProfile.class, profileId);
        if (profile == null) {
            throw new BusinessException("network.profile.unknown", profileId);
        }
        String by = caller.login();
        Ambassador ambassador = em.createQuery("select a from Ambassador a where a.profile = :p", Ambassador.class)
                .setParameter("p", profile)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (ambassador == null) {
            ambassador = new Ambassador(profile, reason, LocalDateTime.now(clock), by);
            em.persist(ambassador);
        } else {
            if (!profile.isMember()) {
                throw new BusinessException("network.ambassador.not-member");
            }
            ambassador.renominate(reason, LocalDateTime.now(clock), by);
        }
        audit.record(AuditEntry.Action.UPDATE, "AlumnusProfile", profileId, "nominated as ambassador");
        return ambassador;
    }

    /** The ambassador steps down; the activities stay on record, and a later nomination reactivates them. */
    @RolesAllowed(Roles.HR_ADMIN)
    public void retire(long ambassadorId) {
        Ambassador ambassador = ambassador(ambassadorId);
        ambassador.retire();
        audit.record(
                AuditEntry.Action.UPDATE,
                "AlumnusProfile",
                ambassador.getProfile().getId(),
                "retired as ambassador");
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public AmbassadorActivity recordActivity(
            long ambassadorId, LocalDate occurredOn, AmbassadorActivity.Kind kind, String description) {
        Ambassador ambassador = ambassador(ambassadorId);
        ambassador.requireActive();
        AmbassadorActivity activity = new AmbassadorActivity(ambassador, occurredOn, kind, description, caller.login());
        em.persist(activity);
        return activity;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public List<Ambassador> all() {
        return em.createQuery("""
                select a from Ambassador a join fetch a.profile p join fetch p.person
                order by a.active desc, a.nominatedAt desc""", Ambassador.class).getResultList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public List<AmbassadorActivity> activities(long ambassadorId) {
        return em.createQuery(
                        "select a from AmbassadorActivity a where a.ambassador.id = :id order by a.occurredOn desc",
                        AmbassadorActivity.class)
                .setParameter("id", ambassadorId)
                .getResultList();
    }

    private Ambassador ambassador(long id) {
        Ambassador ambassador = em.find(Ambassador.class, id);
        if (ambassador == null) {
            throw new BusinessException("network.ambassador.unknown", id);
        }
        return ambassador;
    }
}
