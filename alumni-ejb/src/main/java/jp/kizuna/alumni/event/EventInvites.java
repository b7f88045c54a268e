package jp.kizuna.alumni.event;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import jp.kizuna.alumni.calendar.CalendarInvite;
import jp.kizuna.alumni.calendar.ICalendarWriter;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.MailFailure;
import jp.kizuna.alumni.shared.OutgoingMail;

/**
 * Calendar invites of events, one mail per registrant naming only that registrant (the others'
 * addresses are not theirs to see). Every invite of an event has the event's UID; a move or the
 * cancellation raises its SEQUENCE, so calendars update or remove the entry they hold.
 */
@Stateless
@PermitAll
public class EventInvites {

    private static final Logger LOG = Logger.getLogger(EventInvites.class.getName());
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private ICalendarWriter writer;

    @Inject
    private OutgoingMail mail;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventInvitesDue due) {
        if (due.rsvpIds().isEmpty()) {
            return;
        }
        List<Rsvp> answers = em.createQuery(
                        "select r from Rsvp r join fetch r.event join fetch r.alumnus a join fetch a.person"
                                + " where r.id in :ids",
                        Rsvp.class)
                .setParameter("ids", due.rsvpIds())
                .getResultList();
        CalendarInvite.Method method =
                due.kind() == EventInvitesDue.Kind.CANCELLED || due.kind() == EventInvitesDue.Kind.SEAT_RELEASED
                        ? CalendarInvite.Method.CANCEL
                        : CalendarInvite.Method.REQUEST;
        String template = "invite." + due.kind().name().toLowerCase(Locale.ROOT);
        for (Rsvp answer : answers) {
            Employee person = answer.getAlumnus().getPerson();
            if (person.mailAddress() == null) {
                continue;
            }
            Locale locale = person.getPreferredLocale() == null ? Locale.JAPANESE : person.getPreferredLocale();
            AlumniEvent event = answer.getEvent();
            try {
                CalendarInvite invite = invite(event, person, method, locale);
                mail.sendWithInvite(
                        "event",
                        person.mailAddress(),
                        locale,
                        template,
                        writer.write(invite),
                        method.name(),
                        invite.fileName(),
                        person.displayName(locale),
                        event.title(locale),
                        event.getStartsAt().format(MINUTES) + " ("
                                + writer.zone().getId() + ")",
                        event.getLocation(),
                        onlineLine(event, method, locale));
            } catch (MessagingException | RuntimeException failed) {
                LOG.warning("Event " + event.getId() + ": " + template + " to rsvp " + answer.getId() + " not sent"
                        + MailFailure.withoutAddress(failed));
            }
        }
    }

    /** The invite as one registrant's calendar should hold it. */
    public CalendarInvite invite(AlumniEvent event, Employee person, CalendarInvite.Method method, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(
                "jp.kizuna.alumni.event.mail",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        // The link goes in LOCATION as well as URL: many calendar programs show only LOCATION.
        String location =
                event.getOnlineUrl() == null ? event.getLocation() : event.getLocation() + " / " + event.getOnlineUrl();
        return new CalendarInvite(
                        event.calendarUid(),
                        event.getCalendarSequence(),
                        method,
                        event.getStartsAt(),
                        event.getEndsAt(),
                        event.title(locale),
                        event.description(locale),
                        location,
                        new CalendarInvite.Party(texts.getString("invite.organizer"), mail.senderAddress()),
                        List.of(new CalendarInvite.Party(person.displayName(locale), person.mailAddress())))
                .online(event.getOnlineUrl());
    }

    /** The mail's line with the online link ({4}): only for registrants who hold a seat, empty otherwise. */
    private static String onlineLine(AlumniEvent event, CalendarInvite.Method method, Locale locale) {
        if (event.getOnlineUrl() == null || method == CalendarInvite.Method.CANCEL) {
            return "";
        }
        ResourceBundle texts = ResourceBundle.getBundle(
                "jp.kizuna.alumni.event.mail",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return texts.getString("invite.online") + event.getOnlineUrl() + "\n";
    }

    public String text(AlumniEvent event, Employee person, CalendarInvite.Method method, Locale locale) {
        return writer.write(invite(event, person, method, locale));
    }
}
