package jp.kizuna.alumni.consultation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import jp.kizuna.alumni.calendar.CalendarInvite;
import jp.kizuna.alumni.calendar.ICalendarWriter;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.OutgoingMail;

/** A consultation as a calendar invite: HR's host organises, the alumnus and the host attend. */
@Dependent
public class ConsultationInvites {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private ICalendarWriter writer;

    @Inject
    private OutgoingMail mail;

    public CalendarInvite invite(Consultation consultation, Locale locale) {
        ResourceBundle texts = texts(locale);
        Employee alumnus = consultation.getAlumnus().getPerson();
        Optional<Employee> host = host(consultation);
        String hostAddress = host.map(Employee::getWorkEmail).orElse(null);
        CalendarInvite.Party organizer = new CalendarInvite.Party(
                host.map(h -> h.displayName(locale)).orElse(texts.getString("invite.organizer")),
                hostAddress != null ? hostAddress : mail.senderAddress());
        List<CalendarInvite.Party> attendees = new ArrayList<>();
        if (alumnus.mailAddress() != null) {
            attendees.add(new CalendarInvite.Party(alumnus.displayName(locale), alumnus.mailAddress()));
        }
        if (hostAddress != null) {
            attendees.add(new CalendarInvite.Party(organizer.name(), hostAddress));
        }
        String topic = texts.getString("topic." + consultation.getTopic());
        String with = consultation.isWithHr()
                ? texts.getString("with.hr")
                : consultation.getDepartment().name(locale);
        boolean cancelled = consultation.getStatus() == Consultation.Status.CANCELLED;
        return new CalendarInvite(
                consultation.getCalendarUid(),
                consultation.getCalendarSequence(),
                cancelled ? CalendarInvite.Method.CANCEL : CalendarInvite.Method.REQUEST,
                consultation.getStartsAt(),
                consultation.getEndsAt(),
                format(texts.getString("invite.summary"), locale, topic, alumnus.displayName(locale), with),
                format(
                        texts.getString("invite.description"),
                        locale,
                        topic,
                        with,
                        consultation.getRequestNote() == null ? "-" : consultation.getRequestNote()),
                consultation.getPlace(),
                organizer,
                attendees);
    }

    public String text(Consultation consultation, Locale locale) {
        return writer.write(invite(consultation, locale));
    }

    Optional<Employee> host(Consultation consultation) {
        if (consultation.getHostLogin() == null) {
            return Optional.empty();
        }
        return em.createQuery("select e from Employee e where e.loginName = :l", Employee.class)
                .setParameter("l", consultation.getHostLogin())
                .getResultStream()
                .findFirst();
    }

    static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(
                "jp.kizuna.alumni.consultation.mail",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String format(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
