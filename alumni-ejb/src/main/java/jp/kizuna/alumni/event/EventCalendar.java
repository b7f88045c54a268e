package jp.kizuna.alumni.event;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.AlumnusProfiles;
import jp.kizuna.alumni.privacy.ErasureRequested;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * Events and RSVPs. Seats are counted under a lock on the event so two alumni answering at the
 * same moment cannot both take the last seat. Whoever holds a seat has the event in their calendar:
 * an invite when the seat is given, an update when the event moves, a cancellation when it is
 * called off or the seat is given back ({@link EventInvites}, after commit).
 */
@Stateless
public class EventCalendar {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AlumnusProfiles profiles;

    @Inject
    private jakarta.enterprise.event.Event<EventInvitesDue> invitesDue;

    @Inject
    private EventInvites invites;

    @RolesAllowed(Roles.HR_ADMIN)
    public AlumniEvent schedule(
            String title, String description, LocalDateTime startsAt, String location, int capacity) {
        return schedule(title, description, null, null, startsAt, location, null, capacity);
    }

    /**
     * An event with its Japanese title and description, optionally English ones ({@code titleEn},
     * {@code descriptionEn}), and optionally an online meeting link registrants get in their invite.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public AlumniEvent schedule(
            String title,
            String description,
            String titleEn,
            String descriptionEn,
            LocalDateTime startsAt,
            String location,
            String onlineUrl,
            int capacity) {
        if (startsAt != null && !startsAt.isAfter(LocalDateTime.now(clock))) {
            throw new BusinessException("event.in-past");
        }
        AlumniEvent event = new AlumniEvent(title, description, startsAt, location, capacity, caller.login());
        event.inEnglish(titleEn, descriptionEn);
        event.meetOnline(onlineUrl);
        em.persist(event);
        return event;
    }

    /** Calls the event off; everyone with a seat gets a cancellation of their calendar entry. */
    @RolesAllowed(Roles.HR_ADMIN)
    public void cancel(long eventId) {
        AlumniEvent event = em.find(AlumniEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new BusinessException("event.unknown", eventId);
        }
        if (event.getStatus() == AlumniEvent.Status.CANCELLED) {
            return;
        }
        event.cancel();
        invitesDue.fire(new EventInvitesDue(eventId, seatHolders(event), EventInvitesDue.Kind.CANCELLED));
    }

    /** Moves the event to another time or place; everyone with a seat gets the update of the same entry. */
    @RolesAllowed(Roles.HR_ADMIN)
    public AlumniEvent move(long eventId, LocalDateTime startsAt, String location) {
        AlumniEvent event = em.find(AlumniEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new BusinessException("event.unknown", eventId);
        }
        return move(event, startsAt, location, event.getOnlineUrl());
    }

    /** Moves the event and sets (or removes, blank) its online link; registrants get the update of the same entry. */
    @RolesAllowed(Roles.HR_ADMIN)
    public AlumniEvent move(long eventId, LocalDateTime startsAt, String location, String onlineUrl) {
        AlumniEvent event = em.find(AlumniEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new BusinessException("event.unknown", eventId);
        }
        return move(event, startsAt, location, onlineUrl);
    }

    private AlumniEvent move(AlumniEvent event, LocalDateTime startsAt, String location, String onlineUrl) {
        long eventId = event.getId();
        event.moveTo(startsAt, location, onlineUrl, LocalDateTime.now(clock));
        invitesDue.fire(new EventInvitesDue(eventId, seatHolders(event), EventInvitesDue.Kind.MOVED));
        return event;
    }

    /** The caller's calendar entry for an event they have a seat at (a cancellation once it is called off). */
    @RolesAllowed(Roles.ALUMNI)
    public String calendarFile(long eventId, java.util.Locale language) {
        AlumnusProfile me = profiles.requireMember();
        AlumniEvent event = event(eventId);
        Rsvp rsvp = rsvpOf(event, me);
        if (rsvp == null || rsvp.getStatus() != RsvpStatus.GOING) {
            throw new BusinessException("event.no-seat");
        }
        return invites.text(
                event,
                me.getPerson(),
                event.getStatus() == AlumniEvent.Status.CANCELLED
                        ? jp.kizuna.alumni.calendar.CalendarInvite.Method.CANCEL
                        : jp.kizuna.alumni.calendar.CalendarInvite.Method.REQUEST,
                language == null ? java.util.Locale.JAPANESE : language);
    }

    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN})
    public List<AlumniEvent> upcoming() {
        return em.createQuery("""
                        select e from AlumniEvent e where e.startsAt > :now
                          and e.status = jp.kizuna.alumni.event.AlumniEvent.Status.SCHEDULED
                        order by e.startsAt""", AlumniEvent.class)
                .setParameter("now", LocalDateTime.now(clock))
                .getResultList();
    }

    /** Seats taken per event, one query for a list screen. */
    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN})
    public Map<Long, Long> seatsTaken() {
        Map<Long, Long> taken = new HashMap<>();
        for (Object[] row : em.createQuery("""
                select r.event.id, count(r) from Rsvp r where r.status = jp.kizuna.alumni.event.RsvpStatus.GOING
                group by r.event.id""", Object[].class).getResultList()) {
            taken.put((Long) row[0], (Long) row[1]);
        }
        return taken;
    }

    /** The caller answers "I'll come": a seat if one is free, otherwise the waiting list. */
    @RolesAllowed(Roles.ALUMNI)
    public Rsvp attend(long eventId) {
        AlumnusProfile me = profiles.requireMember();
        AlumniEvent event = em.find(AlumniEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new BusinessException("event.unknown", eventId);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!event.acceptsAnswers(now)) {
            throw new BusinessException("event.closed", event.getTitle());
        }
        Rsvp rsvp = rsvpOf(event, me);
        if (rsvp != null && rsvp.getStatus() != RsvpStatus.CANCELLED) {
            return rsvp;
        }
        RsvpStatus seat = event.seatFor(going(event));
        if (rsvp == null) {
            rsvp = new Rsvp(event, me, seat, now);
            em.persist(rsvp);
            em.flush();
        } else {
            rsvp.answer(seat, now);
        }
        if (seat == RsvpStatus.GOING) {
            invitesDue.fire(new EventInvitesDue(eventId, List.of(rsvp.getId()), EventInvitesDue.Kind.SEAT));
        }
        return rsvp;
    }

    /** The caller cancels; the first on the waiting list gets the seat. */
    @RolesAllowed(Roles.ALUMNI)
    public void cancelAttendance(long eventId) {
        AlumnusProfile me = profiles.requireMember();
        AlumniEvent event = em.find(AlumniEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new BusinessException("event.unknown", eventId);
        }
        Rsvp rsvp = rsvpOf(event, me);
        if (rsvp == null || rsvp.getStatus() == RsvpStatus.CANCELLED) {
            return;
        }
        boolean freedSeat = rsvp.getStatus() == RsvpStatus.GOING;
        LocalDateTime now = LocalDateTime.now(clock);
        rsvp.answer(RsvpStatus.CANCELLED, now);
        em.flush();
        if (freedSeat) {
            invitesDue.fire(new EventInvitesDue(eventId, List.of(rsvp.getId()), EventInvitesDue.Kind.SEAT_RELEASED));
            em.createQuery("""
                            select r from Rsvp r where r.event = :e and r.status = jp.kizuna.alumni.event.RsvpStatus.WAITLISTED
                            order by r.respondedAt, r.id""", Rsvp.class)
                    .setParameter("e", event)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst()
                    .ifPresent(next -> {
                        next.answer(RsvpStatus.GOING, now);
                        invitesDue.fire(new EventInvitesDue(eventId, List.of(next.getId()), EventInvitesDue.Kind.SEAT));
                    });
        }
    }

    @RolesAllowed(Roles.ALUMNI)
    public Map<Long, RsvpStatus> myAnswers() {
        AlumnusProfile me = profiles.requireMember();
        Map<Long, RsvpStatus> answers = new HashMap<>();
        for (Rsvp rsvp : em.createQuery("select r from Rsvp r where r.alumnus = :me", Rsvp.class)
                .setParameter("me", me)
                .getResultList()) {
            answers.put(rsvp.getEvent().getId(), rsvp.getStatus());
        }
        return answers;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public List<Rsvp> attendees(long eventId) {
        return em.createQuery("""
                        select r from Rsvp r join fetch r.alumnus a join fetch a.person
                        where r.event.id = :id and r.status <> jp.kizuna.alumni.event.RsvpStatus.CANCELLED
                        order by r.status, r.respondedAt""", Rsvp.class).setParameter("id", eventId).getResultList();
    }

    @PermitAll
    public void onErasure(@Observes ErasureRequested erasure) {
        em.createQuery("delete from Rsvp r where r.alumnus in (select p from AlumnusProfile p where p.person.id = :id)")
                .setParameter("id", erasure.employeeId())
                .executeUpdate();
    }

    private List<Long> seatHolders(AlumniEvent event) {
        return em.createQuery(
                        "select r.id from Rsvp r where r.event = :e and r.status = jp.kizuna.alumni.event.RsvpStatus.GOING",
                        Long.class)
                .setParameter("e", event)
                .getResultList();
    }

    private long going(AlumniEvent event) {
        return em.createQuery(
                        "select count(r) from Rsvp r where r.event = :e and r.status = jp.kizuna.alumni.event.RsvpStatus.GOING",
                        Long.class)
                .setParameter("e", event)
                .getSingleResult();
    }

    private Rsvp rsvpOf(AlumniEvent event, AlumnusProfile alumnus) {
        return em.createQuery("select r from Rsvp r where r.event = :e and r.alumnus = :a", Rsvp.class)
                .setParameter("e", event)
                .setParameter("a", alumnus)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private AlumniEvent event(long eventId) {
        AlumniEvent event = em.find(AlumniEvent.class, eventId);
        if (event == null) {
            throw new BusinessException("event.unknown", eventId);
        }
        return event;
    }
}
