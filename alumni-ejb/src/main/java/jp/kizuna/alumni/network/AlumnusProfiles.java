package jp.kizuna.alumni.network;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.privacy.ConsentLedger;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.privacy.ErasureRequested;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/** The alumnus looking after their own profile, consents and membership. */
@Stateless
public class AlumnusProfiles {

    private static final Logger LOG = Logger.getLogger(AlumnusProfiles.class.getName());

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private ConsentLedger consents;

    @Inject
    private AlumniMail mail;

    /** The caller's profile with its skills loaded, if they have one. */
    @RolesAllowed({Roles.ALUMNI, Roles.EMPLOYEE})
    public Optional<AlumnusProfile> myProfile() {
        Optional<AlumnusProfile> profile = me().flatMap(this::profileOf);
        profile.ifPresent(p -> p.getSkills().size());
        return profile;
    }

    @RolesAllowed(Roles.ALUMNI)
    public AlumnusProfile update(ProfileChange change) {
        AlumnusProfile profile = requireMember();
        profile.describe(change.currentEmployer(), change.currentRole(), change.region(), change.bio(),
                change.departmentsHistory());
        profile.replaceSkills(change.skills());
        profile.openTo(change.openTo());
        profile.showInDirectory(change.showEmployer(), change.showSkills(), change.showRegion(), change.showOpenness(),
                change.showEmail());
        profile.confirmCurrent(LocalDateTime.now(clock));
        audit.record(AuditEntry.Action.UPDATE, "AlumnusProfile", profile.getId(), "profile updated by the alumnus");
        return profile;
    }

    /** "My details are still current" without changing anything. */
    @RolesAllowed(Roles.ALUMNI)
    public void confirmCurrent() {
        AlumnusProfile profile = requireMember();
        profile.confirmCurrent(LocalDateTime.now(clock));
        audit.record(AuditEntry.Action.UPDATE, "AlumnusProfile", profile.getId(), "details confirmed as current");
    }

    @RolesAllowed({Roles.ALUMNI, Roles.EMPLOYEE})
    public Set<ConsentPurpose> myConsents() {
        return me().map(consents::purposesInForce).orElse(Set.of());
    }

    /** Withdrawal takes effect at once: the directory and mailings read consent at query time. */
    @RolesAllowed(Roles.ALUMNI)
    public Set<ConsentPurpose> changeConsents(Set<ConsentPurpose> purposes, Locale language) {
        AlumnusProfile profile = requireMember();
        return consents.decide(profile.getPerson(), purposes, language);
    }

    @RolesAllowed(Roles.ALUMNI)
    public void leaveNetwork() {
        AlumnusProfile profile = requireMember();
        profile.leaveNetwork(LocalDateTime.now(clock));
        consents.withdrawAll(profile.getPerson());
        audit.record(AuditEntry.Action.UPDATE, "AlumnusProfile", profile.getId(), "left the alumni network");
    }

    /** The alumnus asks for their alumni data to be erased. */
    @RolesAllowed(Roles.ALUMNI)
    public void eraseMe() {
        Employee person = me().orElseThrow(() -> new BusinessException("network.membership.not-member", "-"));
        consents.erase(person);
    }

    /** Erases the network's data about the person: profile contents, skills, personal e-mail. */
    @PermitAll
    public void onErasure(@Observes ErasureRequested erasure) {
        Employee person = em.find(Employee.class, erasure.employeeId());
        if (person == null) {
            return;
        }
        profileOf(person).ifPresent(profile -> profile.erase(LocalDateTime.now(clock)));
        person.setPersonalEmail(null);
        em.createQuery("delete from AmbassadorActivity a where a.ambassador in (select b from Ambassador b where b.profile.person = :person)")
                .setParameter("person", person).executeUpdate();
        em.createQuery("delete from Ambassador a where a.profile in (select p from AlumnusProfile p where p.person = :person)")
                .setParameter("person", person).executeUpdate();
    }

    /** Once a day: members whose details are a year old are asked by mail to confirm them. */
    @PermitAll
    @Schedule(hour = "6", minute = "15", persistent = false)
    public void askForConfirmation() {
        LocalDateTime now = LocalDateTime.now(clock);
        int asked = 0;
        for (AlumnusProfile profile : dueForConfirmation(now, 200)) {
            Employee person = profile.getPerson();
            if (person.getPersonalEmail() == null) {
                continue;
            }
            try {
                mail.send(person.getPersonalEmail(), person.getPreferredLocale(), "confirm",
                        person.displayName(person.getPreferredLocale()));
                profile.confirmationRequested(now);
                asked++;
            } catch (MessagingException | RuntimeException failed) {
                LOG.log(Level.WARNING, "Confirmation request to profile " + profile.getId() + " not sent", failed);
            }
        }
        int count = asked;
        LOG.info(() -> count + " alumni asked to confirm their details");
    }

    /**
     * Members with their personal e-mail addresses: HR's business only. The nightly reminder calls
     * it on the bean itself, which the container does not check.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<AlumnusProfile> dueForConfirmation(LocalDateTime now, int max) {
        return em.createQuery("""
                        select p from AlumnusProfile p join fetch p.person
                        where p.status = jp.kizuna.alumni.network.MembershipStatus.ACTIVE
                          and (p.confirmedAt is null or p.confirmedAt < :due)
                          and (p.confirmationRequestedAt is null or p.confirmationRequestedAt < :again)
                        order by p.confirmedAt""", AlumnusProfile.class)
                .setParameter("due", now.minusDays(AlumnusProfile.CONFIRMATION_INTERVAL_DAYS))
                .setParameter("again", now.minusDays(30))
                .setMaxResults(max).getResultList();
    }

    /** The caller as an active member, or a refusal. Used by other capabilities' alumni use cases. */
    @RolesAllowed(Roles.ALUMNI)
    public AlumnusProfile requireMember() {
        return me().flatMap(this::profileOf).filter(AlumnusProfile::isMember)
                .orElseThrow(() -> new BusinessException("network.membership.not-member",
                        session.getCallerPrincipal().getName()));
    }

    private Optional<Employee> me() {
        return em.createQuery("select e from Employee e where e.loginName = :login", Employee.class)
                .setParameter("login", session.getCallerPrincipal().getName()).getResultStream().findFirst();
    }

    private Optional<AlumnusProfile> profileOf(Employee person) {
        return em.createQuery("select p from AlumnusProfile p where p.person = :person", AlumnusProfile.class)
                .setParameter("person", person).getResultStream().findFirst();
    }
}
