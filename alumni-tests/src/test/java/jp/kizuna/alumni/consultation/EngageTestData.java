package jp.kizuna.alumni.consultation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.messaging.MessageThread;
import jp.kizuna.alumni.network.AlumniNetwork;
import jp.kizuna.alumni.network.AlumnusProfile;

/** People and records the consultation and message tests need beyond the network's test data; one transaction a call. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EngageTestData {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    /** The HR demo user as a person with a work address, so invites reach the host too. */
    public Employee hrHost(String workEmail, Locale language) {
        em.createQuery("update Employee e set e.loginName = null where e.loginName = 'hr.admin'")
                .executeUpdate();
        Employee host = new Employee("H" + UUID.randomUUID().toString().substring(0, 8), "人事", "花子");
        host.setLoginName("hr.admin");
        host.setWorkEmail(workEmail);
        host.setPreferredLocale(language);
        em.persist(host);
        return host;
    }

    /** A consultation of another member, made past the service (which only lets members ask for themselves). */
    public Consultation consultationOf(long profileId) {
        Consultation consultation = new Consultation(
                em.find(AlumnusProfile.class, profileId),
                ConsultationTopic.OTHER,
                null,
                "someone else's request",
                LocalDateTime.now());
        em.persist(consultation);
        return consultation;
    }

    public Consultation consultation(long id) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation != null) {
            consultation.getSlots().size();
        }
        return consultation;
    }

    /** A department pilot network administered by {@code adminLogin} (with that work address), with the member in it. */
    public AlumniNetwork pilotWith(long profileId, String adminLogin, String adminMail) {
        em.createQuery("update Employee e set e.loginName = null where e.loginName = :l")
                .setParameter("l", adminLogin)
                .executeUpdate();
        Employee admin = new Employee("A" + UUID.randomUUID().toString().substring(0, 8), "管理", "次郎");
        admin.setLoginName(adminLogin);
        admin.setWorkEmail(adminMail);
        em.persist(admin);
        AlumnusProfile member = em.find(AlumnusProfile.class, profileId);
        AlumniNetwork pilot = new AlumniNetwork(
                "P" + UUID.randomUUID().toString().substring(0, 8),
                "テスト部署ネットワーク",
                "Test department network",
                member.getDepartment(),
                LocalDateTime.now());
        pilot.addAdmin(admin);
        em.persist(pilot);
        member.moveTo(pilot);
        return pilot;
    }

    public MessageThread thread(long id) {
        MessageThread thread = em.find(MessageThread.class, id);
        if (thread != null) {
            thread.getMessages().size();
        }
        return thread;
    }

    /** Makes a thread look as if nobody wrote in it since {@code when}. */
    public void lastMessageAt(long threadId, LocalDateTime when) {
        em.createQuery("update MessageThread t set t.lastMessageAt = :w where t.id = :id")
                .setParameter("w", when)
                .setParameter("id", threadId)
                .executeUpdate();
    }

    /** An event held {@code daysAgo} days ago that the member attended (checked in). */
    public void attendedPastEvent(long profileId, int daysAgo) {
        LocalDateTime held = LocalDateTime.now().minusDays(daysAgo).withHour(19).withMinute(0);
        jp.kizuna.alumni.event.AlumniEvent event =
                new jp.kizuna.alumni.event.AlumniEvent("過去の交流会", null, held, "本社", 50, "hr.admin");
        em.persist(event);
        jp.kizuna.alumni.event.Rsvp rsvp = new jp.kizuna.alumni.event.Rsvp(
                event,
                em.find(AlumnusProfile.class, profileId),
                jp.kizuna.alumni.event.RsvpStatus.GOING,
                held.minusDays(7));
        em.persist(rsvp);
        em.flush();
        em.createNativeQuery("update event_rsvp set checked_in_at = ?1, checked_in_by = 'hr.admin' where id = ?2")
                .setParameter(1, held.plusMinutes(5))
                .setParameter(2, rsvp.getId())
                .executeUpdate();
    }

    public long count(String jpql, Object parameter) {
        return em.createQuery(jpql, Long.class).setParameter("p", parameter).getSingleResult();
    }
}
