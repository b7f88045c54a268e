package jp.kizuna.alumni.network;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.SignInRoleChange;
import jp.kizuna.alumni.identity.SignInRoles;
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

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private ConsentLedger consents;

    @Inject
    private SignInRoles signInRoles;

    /** The caller's profile with its skills loaded, if they have one. */
    @RolesAllowed({Roles.ALUMNI, Roles.EMPLOYEE})
    public Optional<AlumnusProfile> myProfile() {
        Optional<AlumnusProfile> profile = caller.employee().flatMap(this::profileOf);
        profile.ifPresent(p -> p.getSkills().size());
        return profile;
    }

    @RolesAllowed(Roles.ALUMNI)
    public AlumnusProfile update(ProfileChange change) {
        AlumnusProfile profile = requireMember();
        profile.describe(
                change.currentEmployer(),
                change.currentRole(),
                change.region(),
                change.bio(),
                change.departmentsHistory());
        profile.replaceSkills(change.skills());
        profile.openTo(change.openTo());
        profile.showInDirectory(
                change.showEmployer(),
                change.showSkills(),
                change.showRegion(),
                change.showOpenness(),
                change.showEmail());
        profile.confirmCurrent(LocalDateTime.now(clock));
        audit.record(AuditEntry.Action.UPDATE, "AlumnusProfile", profile.getId(), "profile updated by the alumnus");
        return profile;
    }

    /** "Open to returning from" a month (null: not said), shown to HR and used to match openings. */
    @RolesAllowed(Roles.ALUMNI)
    public AlumnusProfile openToReturningFrom(YearMonth month) {
        AlumnusProfile profile = requireMember();
        profile.openToReturningFrom(month);
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
        return caller.employee().map(consents::purposesInForce).orElse(Set.of());
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
        revokePortalAccess(profile.getPerson());
    }

    /** The alumnus asks for their alumni data to be erased. */
    @RolesAllowed(Roles.ALUMNI)
    public void eraseMe() {
        Employee person =
                caller.employee().orElseThrow(() -> new BusinessException("network.membership.not-member", "-"));
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
        revokePortalAccess(person);
        person.setPersonalEmail(null);
        em.createQuery(
                        "delete from AmbassadorActivity a where a.ambassador in (select b from Ambassador b where b.profile.person = :person)")
                .setParameter("person", person)
                .executeUpdate();
        em.createQuery(
                        "delete from Ambassador a where a.profile in (select p from AlumnusProfile p where p.person = :person)")
                .setParameter("person", person)
                .executeUpdate();
    }

    /** The caller as an active member, or a refusal. Used by other capabilities' alumni use cases. */
    @RolesAllowed(Roles.ALUMNI)
    public AlumnusProfile requireMember() {
        return caller.employee()
                .flatMap(this::profileOf)
                .filter(AlumnusProfile::isMember)
                .orElseThrow(() -> new BusinessException("network.membership.not-member", caller.login()));
    }

    private void revokePortalAccess(Employee person) {
        if (person.getLoginName() != null) {
            signInRoles.request(person, Roles.ALUMNI, SignInRoleChange.Kind.REVOKE);
        }
    }

    private Optional<AlumnusProfile> profileOf(Employee person) {
        return em.createQuery("select p from AlumnusProfile p where p.person = :person", AlumnusProfile.class)
                .setParameter("person", person)
                .getResultStream()
                .findFirst();
    }
}
