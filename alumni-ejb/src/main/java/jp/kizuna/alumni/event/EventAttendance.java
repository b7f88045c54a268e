package jp.kizuna.alumni.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * Attendance at events: HR's check-in list on the day (everyone with a seat, and how many events
 * each attended before, so regulars can be greeted as such), checking in and taking it back, and
 * the repeat visitors across all events.
 */
@Stateless
public class EventAttendance {

    /** One line of the check-in list. */
    public record CheckInLine(Rsvp rsvp, long attendedBefore) implements Serializable {}

    /** A member who came to at least {@link #REPEAT} events. */
    public record RepeatVisitor(AlumnusProfile member, long attended, LocalDateTime lastCheckIn)
            implements Serializable {}

    /** Attended events from which a member counts as a repeat visitor. */
    public static final int REPEAT = 2;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** Everyone with a seat at the event, by name, with the events each attended before it. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<CheckInLine> checkInList(long eventId) {
        AlumniEvent event = em.find(AlumniEvent.class, eventId);
        if (event == null) {
            throw new BusinessException("event.unknown", eventId);
        }
        List<Rsvp> seats =
                em.createQuery("""
                        select r from Rsvp r join fetch r.alumnus a join fetch a.person p
                        where r.event = :e and r.status = jp.kizuna.alumni.event.RsvpStatus.GOING
                        order by p.familyNameKana, p.givenNameKana, p.familyName, r.id""", Rsvp.class).setParameter("e", event).getResultList();
        Map<Long, Long> before = new HashMap<>();
        if (!seats.isEmpty()) {
            for (Object[] row : em.createQuery("""
                            select r.alumnus.id, count(r) from Rsvp r
                            where r.alumnus in :members and r.checkedInAt is not null and r.event <> :e
                            group by r.alumnus.id""", Object[].class)
                    .setParameter(
                            "members", seats.stream().map(Rsvp::getAlumnus).toList())
                    .setParameter("e", event)
                    .getResultList()) {
                before.put((Long) row[0], (Long) row[1]);
            }
        }
        return seats.stream()
                .map(r -> new CheckInLine(r, before.getOrDefault(r.getAlumnus().getId(), 0L)))
                .toList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public Rsvp checkIn(long rsvpId) {
        Rsvp rsvp = locked(rsvpId);
        rsvp.checkIn(caller.login(), LocalDateTime.now(clock));
        audit.record(
                AuditEntry.Action.UPDATE,
                "Rsvp",
                rsvpId,
                "checked in at event " + rsvp.getEvent().getId());
        return rsvp;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public Rsvp undoCheckIn(long rsvpId) {
        Rsvp rsvp = locked(rsvpId);
        rsvp.undoCheckIn(LocalDateTime.now(clock));
        audit.record(AuditEntry.Action.UPDATE, "Rsvp", rsvpId, "check-in taken back");
        return rsvp;
    }

    /** Members who attended at least {@link #REPEAT} events, most events first. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<RepeatVisitor> repeatVisitors() {
        List<Object[]> rows = em.createQuery("""
                        select r.alumnus.id, count(r), max(r.checkedInAt) from Rsvp r
                        where r.checkedInAt is not null group by r.alumnus.id having count(r) >= :repeat
                        order by count(r) desc, max(r.checkedInAt) desc""", Object[].class)
                .setParameter("repeat", (long) REPEAT)
                .setMaxResults(500)
                .getResultList();
        return rows.stream()
                .map(row -> {
                    AlumnusProfile member = em.find(AlumnusProfile.class, row[0]);
                    member.getPerson().getFamilyName();
                    return new RepeatVisitor(member, (Long) row[1], (LocalDateTime) row[2]);
                })
                .toList();
    }

    private Rsvp locked(long rsvpId) {
        Rsvp rsvp = em.find(Rsvp.class, rsvpId, LockModeType.PESSIMISTIC_WRITE);
        if (rsvp == null) {
            throw new BusinessException("event.check-in.unknown", rsvpId);
        }
        return rsvp;
    }
}
