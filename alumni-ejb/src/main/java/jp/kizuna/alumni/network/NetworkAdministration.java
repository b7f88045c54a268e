package jp.kizuna.alumni.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.privacy.ConsentLedger;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.privacy.ConsentRecord;
import jp.kizuna.alumni.privacy.PersonalDataProvided;
import jp.kizuna.alumni.privacy.ProvisionRecord;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.MailFailure;
import jp.kizuna.alumni.shared.OutgoingMail;
import jp.kizuna.alumni.shared.Roles;

/** HR running the network: members, pilot networks, news and mailings to segments (ambassadors: {@link Ambassadors}). */
@Stateless
public class NetworkAdministration {

    private static final Logger LOG = Logger.getLogger(NetworkAdministration.class.getName());

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private OutgoingMail mail;

    @Inject
    private ConsentLedger consents;

    @Inject
    private jp.kizuna.alumni.shared.Settings settings;

    @Inject
    private jakarta.enterprise.event.Event<PersonalDataProvided> provided;

    /** Everyone invited or in the network, newest invitation first; {@code status} narrows it. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<AlumnusProfile> members(MembershipStatus status, int first, int max) {
        TypedQuery<AlumnusProfile> query = em.createQuery(
                "select p from AlumnusProfile p join fetch p.person"
                        + (status == null ? "" : " where p.status = :status") + " order by p.invitedAt desc, p.id desc",
                AlumnusProfile.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public AlumnusProfile profile(long profileId) {
        AlumnusProfile profile = em.find(AlumnusProfile.class, profileId);
        if (profile == null) {
            throw new BusinessException("network.profile.unknown", profileId);
        }
        profile.getSkills().size();
        return profile;
    }

    /** HR erases an alumnus's network data on their request (e.g. received by letter); audited as ERASE. */
    @RolesAllowed(Roles.HR_ADMIN)
    public void erase(long profileId) {
        consents.erase(profile(profileId).getPerson());
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<AlumniNetwork> networks() {
        return em.createQuery(
                        "select n from AlumniNetwork n left join fetch n.department order by n.status, n.code",
                        AlumniNetwork.class)
                .getResultList();
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public long memberCount(String networkCode) {
        return em.createQuery(
                        "select count(p) from AlumnusProfile p where p.network.code = :code and p.status = :active",
                        Long.class)
                .setParameter("code", networkCode)
                .setParameter("active", MembershipStatus.ACTIVE)
                .getSingleResult();
    }

    /** A department's own pilot network, run by its admins before it joins the company-wide one. */
    @RolesAllowed(Roles.HR_ADMIN)
    public AlumniNetwork createPilot(String code, String nameJa, String nameEn, String departmentCode) {
        Department department = department(departmentCode);
        if (!em.createQuery("select n.id from AlumniNetwork n where n.code = :code")
                .setParameter("code", code)
                .getResultList()
                .isEmpty()) {
            throw new BusinessException("network.network.duplicate", code);
        }
        AlumniNetwork pilot = new AlumniNetwork(code, nameJa, nameEn, department, LocalDateTime.now(clock));
        em.persist(pilot);
        audit.record(AuditEntry.Action.CREATE, "AlumniNetwork", code, "pilot for " + departmentCode);
        return pilot;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public void addAdmin(String networkCode, String employeeNumber) {
        network(networkCode).addAdmin(employee(employeeNumber));
        audit.record(AuditEntry.Action.UPDATE, "AlumniNetwork", networkCode, "admin " + employeeNumber);
    }

    /** HR, or an admin of that pilot, moves a member into it. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public void addMember(String networkCode, long profileId) {
        AlumniNetwork network = network(networkCode);
        if (!caller.isIn(Roles.HR_ADMIN) && !network.isAdministeredBy(caller.login())) {
            throw new BusinessException("network.network.not-admin", networkCode);
        }
        if (network.getStatus() != AlumniNetwork.Status.ACTIVE) {
            throw new BusinessException("network.merged", networkCode);
        }
        AlumnusProfile profile = em.find(AlumnusProfile.class, profileId);
        if (profile == null || !profile.isMember()) {
            throw new BusinessException("network.profile.unknown", profileId);
        }
        profile.moveTo(network);
    }

    /** The pilot joins the company-wide network: its members move over in one statement. */
    @RolesAllowed(Roles.HR_ADMIN)
    public int merge(String pilotCode) {
        AlumniNetwork pilot = network(pilotCode);
        AlumniNetwork company = companyWide();
        pilot.mergeInto(company, LocalDateTime.now(clock));
        int moved = em.createQuery("update AlumnusProfile p set p.network = :company where p.network = :pilot")
                .setParameter("company", company)
                .setParameter("pilot", pilot)
                .executeUpdate();
        audit.record(
                AuditEntry.Action.UPDATE, "AlumniNetwork", pilotCode, "merged into company network, members " + moved);
        return moved;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public NewsPost publishNews(BilingualText text) {
        NewsPost post = new NewsPost(text, LocalDateTime.now(clock), caller.login());
        em.persist(post);
        return post;
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.ALUMNI})
    public List<NewsPost> latestNews(int max) {
        return em.createQuery("select n from NewsPost n order by n.publishedAt desc, n.id desc", NewsPost.class)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Mails active members whose consent for {@code purpose} is in force right now (optionally one
     * department's). Nobody else: not those who withdrew a minute ago, nor those without consent.
     * Each gets the mail in their own language when HR wrote it in both.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public SegmentMailing mailSegment(ConsentPurpose purpose, String departmentCode, BilingualText text) {
        if (purpose == null || text == null) {
            throw new BusinessException("network.required", "purpose/subject/body");
        }
        Department department = departmentCode == null || departmentCode.isBlank() ? null : department(departmentCode);
        List<Employee> recipients = segment(purpose, department);
        if (recipients.isEmpty()) {
            throw new BusinessException("network.mailing.noRecipients");
        }
        // Sent one by one so one bad address does not stop the others; a mail that fails is counted,
        // never silently dropped: the mailing is recorded only when at least one mail went out.
        int sent = 0;
        List<Employee> delivered = new java.util.ArrayList<>();
        for (Employee person : recipients) {
            try {
                Locale language = person.getPreferredLocale();
                mail.sendText(person.getPersonalEmail(), text.title(language), text.body(language));
                delivered.add(person);
                sent++;
            } catch (MessagingException | RuntimeException failed) {
                LOG.warning("Segment mail to employee " + person.getId() + " not sent"
                        + MailFailure.withoutAddress(failed));
            }
        }
        if (sent == 0) {
            throw new BusinessException("network.mailing.notDelivered", recipients.size());
        }
        String relay = settings.externalMailRelay();
        if (relay != null) {
            // The relay belongs to another company: the addresses (and names in the mails' headers of
            // a relay's logs) leave to it, which APPI asks to record. Recorded for those really sent.
            provided.fire(new PersonalDataProvided(
                    "Mail relay: " + relay,
                    ProvisionRecord.Channel.EXTERNAL_MAIL_RELAY,
                    List.of("personal e-mail", "mail text addressed to the person"),
                    purpose,
                    delivered.stream()
                            .map(person -> {
                                ConsentRecord consent = em.createQuery(
                                                "select c from ConsentRecord c where c.person = :p"
                                                        + " and c.purpose = :purpose and c.withdrawnAt is null",
                                                ConsentRecord.class)
                                        .setParameter("p", person)
                                        .setParameter("purpose", purpose)
                                        .getResultStream()
                                        .findFirst()
                                        .orElse(null);
                                return new PersonalDataProvided.Person(
                                        person.getId(),
                                        person.getEmployeeNumber(),
                                        consent == null ? null : consent.getId(),
                                        consent == null ? null : consent.getGivenAt());
                            })
                            .toList()));
        }
        SegmentMailing mailing = new SegmentMailing(
                purpose, department, text, LocalDateTime.now(clock), caller.login(), sent, recipients.size() - sent);
        em.persist(mailing);
        audit.record(
                AuditEntry.Action.EXPORT,
                "SegmentMailing",
                purpose,
                "mail to " + sent + " alumni (" + (recipients.size() - sent) + " failed): "
                        + text.title(Locale.JAPANESE));
        return mailing;
    }

    /** How many members a mailing for {@code purpose} (and department, if given) would reach now. */
    @RolesAllowed(Roles.HR_ADMIN)
    public int segmentSize(ConsentPurpose purpose, String departmentCode) {
        if (purpose == null) {
            throw new BusinessException("network.required", "purpose");
        }
        Department department = departmentCode == null || departmentCode.isBlank() ? null : department(departmentCode);
        return segment(purpose, department).size();
    }

    /**
     * Sends the mailing to the caller only, in each language it is written in, so HR can read it as
     * members will before sending it to them. Answers the address it went to.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public String mailTestToMe(BilingualText text) {
        if (text == null) {
            throw new BusinessException("network.required", "subject/body");
        }
        String login = caller.login();
        Employee me = em.createQuery("select e from Employee e where e.loginName = :login", Employee.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("network.mailing.noOwnAddress"));
        String address = me.getWorkEmail() != null ? me.getWorkEmail() : me.getPersonalEmail();
        if (address == null) {
            throw new BusinessException("network.mailing.noOwnAddress");
        }
        try {
            for (Locale language :
                    text.inBothLanguages() ? List.of(Locale.JAPANESE, Locale.ENGLISH) : List.of(Locale.JAPANESE)) {
                mail.sendText(address, "[TEST] " + text.title(language), text.body(language));
            }
        } catch (MessagingException | RuntimeException failed) {
            LOG.warning("Test mailing to employee " + me.getId() + " not sent" + MailFailure.withoutAddress(failed));
            throw new BusinessException("network.mailing.testFailed", address);
        }
        return address;
    }

    /** Who a mailing for {@code purpose} would reach now. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<Employee> segment(ConsentPurpose purpose, Department department) {
        TypedQuery<Employee> query = em.createQuery(
                        """
                        select e from AlumnusProfile p join p.person e
                        where p.status = jp.kizuna.alumni.network.MembershipStatus.ACTIVE
                          and e.personalEmail is not null
                          and exists (select c.id from ConsentRecord c where c.person = e and c.purpose = :purpose
                                      and c.withdrawnAt is null)""" + (department == null ? "" : " and p.department = :department") + " order by e.id",
                        Employee.class)
                .setParameter("purpose", purpose);
        if (department != null) {
            query.setParameter("department", department);
        }
        return query.getResultList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public List<SegmentMailing> mailings(int max) {
        return em.createQuery("select m from SegmentMailing m order by m.sentAt desc", SegmentMailing.class)
                .setMaxResults(max)
                .getResultList();
    }

    private AlumniNetwork companyWide() {
        return AlumniNetwork.companyWide(em);
    }

    private AlumniNetwork network(String code) {
        return em.createQuery("select n from AlumniNetwork n where n.code = :code", AlumniNetwork.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("network.network.unknown", code));
    }

    private Department department(String code) {
        return em.createQuery("select d from Department d where d.code = :code", Department.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("network.department.unknown", code));
    }

    private Employee employee(String number) {
        return em.createQuery("select e from Employee e where e.employeeNumber = :n", Employee.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("network.employee.unknown", number));
    }
}
