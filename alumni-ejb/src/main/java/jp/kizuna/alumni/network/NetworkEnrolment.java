package jp.kizuna.alumni.network;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.EmployeeLeft;
import jp.kizuna.alumni.identity.EmploymentStatus;
import jp.kizuna.alumni.identity.ResignationRecorded;
import jp.kizuna.alumni.identity.SignInRoleChange;
import jp.kizuna.alumni.identity.SignInRoles;
import jp.kizuna.alumni.privacy.ConsentLedger;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.LocalizedText;
import jp.kizuna.alumni.shared.MailFailure;
import jp.kizuna.alumni.shared.OutgoingMail;
import jp.kizuna.alumni.shared.Roles;

/**
 * Joining the network: the invitation when a resignation is recorded, the leaver's answer with
 * consent per purpose and a personal e-mail, and membership once the last day has passed.
 */
@Stateless
public class NetworkEnrolment {

    private static final Logger LOG = Logger.getLogger(NetworkEnrolment.class.getName());
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

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
    private OutgoingMail mail;

    @Inject
    private NetworkEnrolment self;

    @Inject
    private SignInRoles signInRoles;

    /** The offboarding case opened: the leaver gets an invitation. Server-internal event, any caller. */
    @PermitAll
    public void onResignation(@Observes ResignationRecorded resignation) {
        Employee person = em.find(Employee.class, resignation.employeeId());
        if (person == null) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<AlumnusProfile> existing = profileOf(person);
        if (existing.isPresent()) {
            existing.get().reinvite(resignation.caseId(), resignation.lastDay(), now);
        } else {
            em.persist(new AlumnusProfile(person, resignation.caseId(), resignation.lastDay(), now));
        }
    }

    /** After the case has committed, mail the invitation; a failed mail leaves it unsent for HR to resend. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void mailInvitationAfterCommit(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) ResignationRecorded resignation) {
        try {
            self.mailInvitation(resignation.employeeId());
        } catch (RuntimeException failed) {
            LOG.warning("Invitation for employee " + resignation.employeeId() + " not sent"
                    + MailFailure.withoutAddress(failed));
        }
    }

    /** The last day passed: a leaver who accepted becomes an alumnus (the same record, now LEFT). */
    @PermitAll
    public void onDeparture(@Observes EmployeeLeft departure) {
        Employee person = em.find(Employee.class, departure.employeeId());
        if (person == null || person.getStatus() != EmploymentStatus.LEFT) {
            return;
        }
        profileOf(person)
                .filter(profile -> profile.getStatus() == MembershipStatus.ACCEPTED)
                .ifPresent(profile -> {
                    profile.moveTo(companyNetwork(profile));
                    profile.activate(departure.lastDay(), LocalDate.now(clock), LocalDateTime.now(clock));
                    audit.record(
                            AuditEntry.Action.UPDATE, "AlumnusProfile", profile.getId(), "joined the alumni network");
                    grantPortalAccess(person);
                });
    }

    /**
     * Sends (or resends) the invitation mail in the leaver's language to their personal or work
     * address. Open to any caller because it runs after offboarding's commit under whoever opened
     * the case; it can only ever write to the invitee's own address.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean mailInvitation(long employeeId) {
        Employee person = em.find(Employee.class, employeeId);
        AlumnusProfile profile = person == null ? null : profileOf(person).orElse(null);
        if (profile == null || profile.getStatus() != MembershipStatus.INVITED) {
            return false;
        }
        String address = person.mailAddress();
        if (address == null) {
            return false;
        }
        Locale locale = person.getPreferredLocale();
        try {
            mail.send(
                    "network",
                    address,
                    locale,
                    "invitation",
                    person.displayName(locale),
                    longDate(profile.getLastDay(), locale));
        } catch (MessagingException failed) {
            throw new BusinessException("network.mail.failed", address);
        }
        profile.invitationSent(LocalDateTime.now(clock));
        return true;
    }

    /** HR invites someone by hand, e.g. a person who left before the network existed. */
    @RolesAllowed(Roles.HR_ADMIN)
    public AlumnusProfile invite(String employeeNumber) {
        Employee person = em.createQuery("select e from Employee e where e.employeeNumber = :n", Employee.class)
                .setParameter("n", employeeNumber)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("network.employee.unknown", employeeNumber));
        if (person.getStatus() == EmploymentStatus.ACTIVE) {
            throw new BusinessException("network.invitation.still-employed", employeeNumber);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        AlumnusProfile profile = profileOf(person).orElse(null);
        if (profile == null) {
            profile = new AlumnusProfile(person, null, person.getLeavingDate(), now);
            em.persist(profile);
        } else {
            profile.reinvite(null, null, now);
        }
        em.flush();
        return profile;
    }

    /** The signed-in leaver's invitation, if they have one. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.ALUMNI})
    public Optional<AlumnusProfile> myInvitation() {
        return caller.employee().flatMap(this::profileOf);
    }

    /**
     * The leaver answers yes: consents per purpose (recorded with the text version and time) and
     * the personal e-mail the network will write to after the work address is closed.
     */
    @RolesAllowed({Roles.EMPLOYEE, Roles.ALUMNI})
    public AlumnusProfile accept(String personalEmail, Set<ConsentPurpose> purposes, Locale language) {
        Employee person = caller.employee().orElseThrow(() -> new BusinessException("network.invitation.none"));
        AlumnusProfile profile = profileOf(person).orElseThrow(() -> new BusinessException("network.invitation.none"));
        if (personalEmail == null || !EMAIL.matcher(personalEmail.strip()).matches()) {
            throw new BusinessException("network.email.invalid", personalEmail == null ? "" : personalEmail);
        }
        String email = personalEmail.strip();
        if (!email.equals(person.getPersonalEmail())) {
            person.setPersonalEmail(email);
            audit.record(
                    AuditEntry.Action.UPDATE, "Employee", person.getId(), "personal e-mail for the alumni network");
        }
        person.setPreferredLocale(language);
        profile.moveTo(companyNetwork(profile));
        profile.accept(LocalDate.now(clock), LocalDateTime.now(clock));
        consents.decide(person, purposes, language);
        audit.record(AuditEntry.Action.UPDATE, "AlumnusProfile", profile.getId(), "invitation accepted " + purposes);
        if (profile.isMember()) {
            // Someone who had already left (invited by HR later) is a member from this moment.
            grantPortalAccess(person);
        }
        return profile;
    }

    @RolesAllowed({Roles.EMPLOYEE, Roles.ALUMNI})
    public void decline() {
        Employee person = caller.employee().orElseThrow(() -> new BusinessException("network.invitation.none"));
        AlumnusProfile profile = profileOf(person).orElseThrow(() -> new BusinessException("network.invitation.none"));
        profile.decline(LocalDateTime.now(clock));
        consents.withdrawAll(person);
        audit.record(AuditEntry.Action.UPDATE, "AlumnusProfile", profile.getId(), "invitation declined");
    }

    private void grantPortalAccess(Employee person) {
        if (person.getLoginName() != null) {
            signInRoles.request(person, Roles.ALUMNI, SignInRoleChange.Kind.GRANT);
        }
    }

    static String longDate(LocalDate day, Locale locale) {
        if (day == null) {
            return "-";
        }
        return day.format(
                DateTimeFormatter.ofPattern(LocalizedText.japanese(locale) ? "yyyy年M月d日" : "MMMM d, yyyy", locale));
    }

    private AlumniNetwork companyNetwork(AlumnusProfile profile) {
        if (profile.getNetwork() != null && profile.getNetwork().getStatus() == AlumniNetwork.Status.ACTIVE) {
            return profile.getNetwork();
        }
        return AlumniNetwork.companyWide(em);
    }

    Optional<AlumnusProfile> profileOf(Employee person) {
        return em.createQuery("select p from AlumnusProfile p where p.person = :person", AlumnusProfile.class)
                .setParameter("person", person)
                .getResultStream()
                .findFirst();
    }
}
