package jp.kizuna.alumni.consultation;

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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import jp.kizuna.alumni.calendar.CalendarInvite;
import jp.kizuna.alumni.calendar.ICalendarWriter;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.MailFailure;
import jp.kizuna.alumni.shared.OutgoingMail;

/**
 * Tells the people concerned after a consultation change committed: the alumnus when slots are
 * offered, both sides with a calendar invite when a time is agreed, both with a CANCEL when an
 * agreed meeting is called off, the host when the alumnus asks for another time. A mail that fails
 * is logged and does not undo the change: the portal and HR's pipeline show the state, and the
 * invite can be downloaded there.
 */
@Stateless
@PermitAll
public class ConsultationMailer {

    private static final Logger LOG = Logger.getLogger(ConsultationMailer.class.getName());
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private OutgoingMail mail;

    @Inject
    private ConsultationInvites invites;

    @Inject
    private ICalendarWriter calendar;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConsultationChanged change) {
        Consultation consultation = em.find(Consultation.class, change.consultationId());
        if (consultation == null) {
            return;
        }
        Employee alumnus = consultation.getAlumnus().getPerson();
        Optional<Employee> host = invites.host(consultation);
        switch (change.change()) {
            case SLOTS_OFFERED -> notify(alumnus.mailAddress(), locale(alumnus), "offered", consultation, alumnus);
            case SCHEDULED -> {
                invite(alumnus.mailAddress(), locale(alumnus), "scheduled", consultation, alumnus);
                host.ifPresent(h -> invite(h.getWorkEmail(), locale(h), "scheduled.host", consultation, alumnus));
            }
            case CANCELLED -> {
                if (consultation.isInviteSent()) {
                    invite(alumnus.mailAddress(), locale(alumnus), "cancelled", consultation, alumnus);
                    host.ifPresent(h -> invite(h.getWorkEmail(), locale(h), "cancelled", consultation, alumnus));
                } else {
                    notify(alumnus.mailAddress(), locale(alumnus), "cancelled", consultation, alumnus);
                }
            }
            case RESCHEDULE_ASKED ->
                host.ifPresent(h -> notify(h.getWorkEmail(), locale(h), "reschedule", consultation, alumnus));
            case REQUESTED -> {
                // HR finds new requests in its pipeline; there is no shared HR mailbox to write to.
            }
        }
    }

    private void notify(String to, Locale locale, String template, Consultation consultation, Employee alumnus) {
        if (to == null) {
            return;
        }
        try {
            mail.send("consultation", to, locale, template, arguments(consultation, alumnus, locale));
        } catch (MessagingException | RuntimeException failed) {
            LOG.warning("Consultation " + consultation.getId() + ": " + template + " mail not sent"
                    + MailFailure.withoutAddress(failed));
        }
    }

    private void invite(String to, Locale locale, String template, Consultation consultation, Employee alumnus) {
        if (to == null) {
            return;
        }
        try {
            CalendarInvite invite = invites.invite(consultation, locale);
            mail.sendWithInvite(
                    "consultation",
                    to,
                    locale,
                    template,
                    calendar.write(invite),
                    invite.method().name(),
                    invite.fileName(),
                    arguments(consultation, alumnus, locale));
        } catch (MessagingException | RuntimeException failed) {
            LOG.warning("Consultation " + consultation.getId() + ": " + template + " invite not sent"
                    + MailFailure.withoutAddress(failed));
        }
    }

    /** {0} alumnus, {1} topic, {2} agreed time with zone, {3} place, {4} note of the change, {5} number of slots. */
    private Object[] arguments(Consultation consultation, Employee alumnus, Locale locale) {
        ResourceBundle texts = ConsultationInvites.texts(locale);
        ZoneId zone = calendar.zone();
        String time = consultation.getStartsAt() == null
                ? "-"
                : consultation.getStartsAt().format(MINUTES) + "–"
                        + consultation.getEndsAt().toLocalTime() + " (" + zone.getId() + ")";
        return new Object[] {
            alumnus.displayName(locale),
            texts.getString("topic." + consultation.getTopic()),
            time,
            consultation.getPlace() == null ? "-" : consultation.getPlace(),
            consultation.getCloseNote() == null ? "-" : consultation.getCloseNote(),
            String.valueOf(consultation.getSlots().size())
        };
    }

    private static Locale locale(Employee person) {
        return person.getPreferredLocale() == null ? Locale.JAPANESE : person.getPreferredLocale();
    }
}
