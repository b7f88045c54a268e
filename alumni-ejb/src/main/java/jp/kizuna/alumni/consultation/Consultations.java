package jp.kizuna.alumni.consultation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.AlumnusProfiles;
import jp.kizuna.alumni.privacy.ErasureRequested;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * The use cases of casual consultations, for the alumnus (request, pick, another time, cancel) and
 * for HR (pipeline, offer slots, held, cancel, a person's history). Each change locks the
 * consultation so an alumnus picking a slot and HR moving the meeting at the same moment are
 * decided one after the other; mails and invites go out after commit ({@link ConsultationMailer}).
 */
@Stateless
public class Consultations {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AlumnusProfiles profiles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<ConsultationChanged> changed;

    @Inject
    private ConsultationInvites invites;

    /** The caller asks for a conversation with HR, or with their former department when {@code withFormerDepartment}. */
    @RolesAllowed(Roles.ALUMNI)
    public Consultation request(ConsultationTopic topic, boolean withFormerDepartment, String note) {
        AlumnusProfile me = profiles.requireMember();
        if (withFormerDepartment && me.getDepartment() == null) {
            throw new BusinessException("consultation.department.unknown");
        }
        long open = em.createQuery(
                        "select count(c) from Consultation c where c.alumnus = :me and c.status in (" + OPEN + ")",
                        Long.class)
                .setParameter("me", me)
                .getSingleResult();
        if (open >= MAX_OPEN_PER_MEMBER) {
            throw new BusinessException("consultation.too-many-open", MAX_OPEN_PER_MEMBER);
        }
        Consultation consultation = new Consultation(
                me, topic, withFormerDepartment ? me.getDepartment() : null, note, LocalDateTime.now(clock));
        em.persist(consultation);
        em.flush();
        audit.record(
                AuditEntry.Action.CREATE,
                "Consultation",
                consultation.getId(),
                "casual consultation requested: " + topic);
        changed.fire(new ConsultationChanged(consultation.getId(), ConsultationChanged.Change.REQUESTED));
        return consultation;
    }

    /** The states of {@link Consultation.Status#isOpen()} as JPQL literals. */
    private static final String OPEN = "jp.kizuna.alumni.consultation.Consultation.Status.REQUESTED,"
            + " jp.kizuna.alumni.consultation.Consultation.Status.SLOTS_OFFERED,"
            + " jp.kizuna.alumni.consultation.Consultation.Status.SCHEDULED";

    /** Open requests a member may have at once: enough for real needs, few enough to keep HR's pipeline honest. */
    public static final int MAX_OPEN_PER_MEMBER = 3;

    /** The caller's consultations, newest first, with their offered slots. */
    @RolesAllowed(Roles.ALUMNI)
    public List<Consultation> mine() {
        AlumnusProfile me = profiles.requireMember();
        return withSlots(em.createQuery(
                        "select c from Consultation c left join fetch c.department"
                                + " where c.alumnus = :me order by c.requestedAt desc, c.id desc",
                        Consultation.class)
                .setParameter("me", me)
                .getResultList());
    }

    @RolesAllowed(Roles.ALUMNI)
    public Consultation pick(long consultationId, long slotId) {
        Consultation consultation = locked(consultationId);
        requireMine(consultation);
        consultation.pick(slotId, LocalDateTime.now(clock));
        audit.record(AuditEntry.Action.UPDATE, "Consultation", consultationId, "slot picked");
        changed.fire(new ConsultationChanged(consultationId, ConsultationChanged.Change.SCHEDULED));
        return consultation;
    }

    /** The agreed (or offered) time does not suit: back to HR for new slots. Either side may ask. */
    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN})
    public Consultation askForAnotherTime(long consultationId, String note) {
        Consultation consultation = locked(consultationId);
        requireMineOrHr(consultation);
        consultation.askForAnotherTime(note, caller(), LocalDateTime.now(clock));
        audit.record(AuditEntry.Action.UPDATE, "Consultation", consultationId, "another time asked for");
        changed.fire(new ConsultationChanged(consultationId, ConsultationChanged.Change.RESCHEDULE_ASKED));
        return consultation;
    }

    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN})
    public Consultation cancel(long consultationId, String note) {
        Consultation consultation = locked(consultationId);
        requireMineOrHr(consultation);
        consultation.cancel(note, caller(), LocalDateTime.now(clock));
        audit.record(AuditEntry.Action.UPDATE, "Consultation", consultationId, "consultation cancelled");
        changed.fire(new ConsultationChanged(consultationId, ConsultationChanged.Change.CANCELLED));
        return consultation;
    }

    /** The .ics of the agreed meeting (or of its cancellation), for the alumnus or HR to download. */
    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN})
    public String calendarFile(long consultationId, Locale language) {
        Consultation consultation = find(consultationId);
        requireMineOrHr(consultation);
        if (!consultation.isInviteSent()) {
            throw new BusinessException("consultation.no-meeting");
        }
        return invites.text(consultation, language == null ? Locale.JAPANESE : language);
    }

    /** HR's pipeline: every open consultation (oldest request first), or also the closed ones. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<Consultation> pipeline(boolean includeClosed) {
        return withSlots(em.createQuery(
                        "select c from Consultation c join fetch c.alumnus a join fetch a.person"
                                + " left join fetch c.department"
                                + (includeClosed ? "" : " where c.status in (" + OPEN + ")")
                                + " order by c.requestedAt, c.id",
                        Consultation.class)
                .getResultList());
    }

    /** One person's consultations for their record in HR's member view. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<Consultation> historyOf(long employeeId) {
        return withSlots(em.createQuery(
                        "select c from Consultation c left join fetch c.department"
                                + " where c.alumnus.person.id = :id order by c.requestedAt desc, c.id desc",
                        Consultation.class)
                .setParameter("id", employeeId)
                .getResultList());
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public Consultation offer(long consultationId, List<SlotOffer> slots, String place) {
        Consultation consultation = locked(consultationId);
        String host = caller();
        String hostName =
                employee(host).map(e -> e.displayName(Locale.JAPANESE)).orElse(host);
        consultation.offer(slots, place, host, hostName, LocalDateTime.now(clock));
        audit.record(AuditEntry.Action.UPDATE, "Consultation", consultationId, slots.size() + " slot(s) offered");
        changed.fire(new ConsultationChanged(consultationId, ConsultationChanged.Change.SLOTS_OFFERED));
        return consultation;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public Consultation recordHeld(long consultationId, String note) {
        Consultation consultation = locked(consultationId);
        consultation.held(note, caller(), LocalDateTime.now(clock));
        audit.record(AuditEntry.Action.UPDATE, "Consultation", consultationId, "consultation held");
        return consultation;
    }

    /** Consultations are the member's personal data: they go with the member. */
    @PermitAll
    public void onErasure(@Observes ErasureRequested erasure) {
        List<Long> ids = em.createQuery("select c.id from Consultation c where c.alumnus.person.id = :id", Long.class)
                .setParameter("id", erasure.employeeId())
                .getResultList();
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("delete from ConsultationSlot s where s.consultation.id in :ids")
                .setParameter("ids", ids)
                .executeUpdate();
        em.createQuery("delete from Consultation c where c.id in :ids")
                .setParameter("ids", ids)
                .executeUpdate();
    }

    private static List<Consultation> withSlots(List<Consultation> consultations) {
        consultations.forEach(c -> c.getSlots().size());
        return consultations;
    }

    private Consultation find(long id) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null) {
            throw new BusinessException("consultation.unknown", id);
        }
        return consultation;
    }

    private Consultation locked(long id) {
        Consultation consultation = em.find(Consultation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (consultation == null) {
            throw new BusinessException("consultation.unknown", id);
        }
        return consultation;
    }

    private void requireMine(Consultation consultation) {
        if (!caller().equals(consultation.getAlumnus().getPerson().getLoginName())) {
            // The same answer as for an unknown id: another member's requests are not even confirmed to exist.
            throw new BusinessException("consultation.unknown", consultation.getId());
        }
    }

    private void requireMineOrHr(Consultation consultation) {
        if (!caller.isIn(Roles.HR_ADMIN)) {
            requireMine(consultation);
        }
    }

    private String caller() {
        return caller.login();
    }

    private Optional<Employee> employee(String login) {
        return em.createQuery("select e from Employee e where e.loginName = :l", Employee.class)
                .setParameter("l", login)
                .getResultStream()
                .findFirst();
    }
}
