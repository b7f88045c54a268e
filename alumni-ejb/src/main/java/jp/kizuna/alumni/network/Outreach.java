package jp.kizuna.alumni.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
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
import jp.kizuna.alumni.shared.Settings;

/**
 * HR speaking to the network: news on the portal, and mails to the members who consented to a purpose
 * (optionally one department's), tried on HR's own address first.
 */
@Stateless
public class Outreach {

    private static final Logger LOG = Logger.getLogger(Outreach.class.getName());

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
    private Settings settings;

    @Inject
    private Event<PersonalDataProvided> provided;

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
        List<Employee> delivered = new ArrayList<>();
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
        Employee me = caller.employee().orElseThrow(() -> new BusinessException("network.mailing.noOwnAddress"));
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

    private Department department(String code) {
        return em.createQuery("select d from Department d where d.code = :code", Department.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("network.department.unknown", code));
    }
}
