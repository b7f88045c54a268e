package jp.kizuna.alumni.offboarding;

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
import java.util.ArrayList;
import java.util.List;
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
 * Calendar invites for exit interviews, to the interviewer and the leaver. Interviews are scheduled
 * for a day, so the invite is a day entry (DTSTART;VALUE=DATE) the two fill with a time between
 * themselves; the invite carries no notes and no reasons, only kind and names.
 */
@Stateless
@PermitAll
public class InterviewInvites {

    private static final Logger LOG = Logger.getLogger(InterviewInvites.class.getName());

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private ICalendarWriter writer;

    @Inject
    private OutgoingMail mail;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) InterviewScheduled scheduled) {
        ExitInterview interview = em.find(ExitInterview.class, scheduled.interviewId());
        if (interview == null || interview.getInterviewDate() == null) {
            return;
        }
        Employee leaver = interview.getOffboardingCase().getEmployee();
        Optional<Employee> interviewer = em.createQuery(
                        "select e from Employee e where e.loginName = :l", Employee.class)
                .setParameter("l", interview.getInterviewerLogin())
                .getResultStream()
                .findFirst();
        List<CalendarInvite.Party> attendees = new ArrayList<>();
        String leaverAddress = leaver.mailAddress();
        String interviewerAddress = interviewer.map(Employee::getWorkEmail).orElse(null);
        if (leaverAddress != null) {
            attendees.add(new CalendarInvite.Party(leaver.getFullName(), leaverAddress));
        }
        if (interviewerAddress != null) {
            attendees.add(new CalendarInvite.Party(interview.getInterviewerName(), interviewerAddress));
        }
        send(interview, leaverAddress, locale(leaver), leaver, attendees, interviewerAddress);
        interviewer.ifPresent(
                person -> send(interview, interviewerAddress, locale(person), leaver, attendees, interviewerAddress));
    }

    private void send(
            ExitInterview interview,
            String to,
            Locale locale,
            Employee leaver,
            List<CalendarInvite.Party> attendees,
            String interviewerAddress) {
        if (to == null) {
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(
                "jp.kizuna.alumni.offboarding.mail",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String kind = texts.getString("interview.kind." + interview.getKind());
        try {
            CalendarInvite invite = CalendarInvite.onDay(
                    "interview-" + interview.getId() + "@alumni.kizuna.jp",
                    0,
                    CalendarInvite.Method.REQUEST,
                    interview.getInterviewDate(),
                    java.text.MessageFormat.format(
                            texts.getString("interview.invite.summary"),
                            kind,
                            leaver.displayName(locale),
                            interview.getInterviewerName()),
                    null,
                    new CalendarInvite.Party(
                            interview.getInterviewerName(),
                            interviewerAddress != null ? interviewerAddress : mail.senderAddress()),
                    attendees);
            mail.sendWithInvite(
                    "offboarding",
                    to,
                    locale,
                    "interview.invite",
                    writer.write(invite),
                    invite.method().name(),
                    invite.fileName(),
                    kind,
                    leaver.displayName(locale),
                    interview.getInterviewerName(),
                    interview.getInterviewDate().toString());
        } catch (MessagingException | RuntimeException failed) {
            LOG.warning("Interview " + interview.getId() + ": invite not sent" + MailFailure.withoutAddress(failed));
        }
    }

    private static Locale locale(Employee person) {
        return person.getPreferredLocale() == null ? Locale.JAPANESE : person.getPreferredLocale();
    }
}
