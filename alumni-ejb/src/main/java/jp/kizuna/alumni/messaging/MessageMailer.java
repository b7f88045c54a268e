package jp.kizuna.alumni.messaging;

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
import java.util.logging.Logger;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.shared.MailFailure;
import jp.kizuna.alumni.shared.MailLinks;
import jp.kizuna.alumni.shared.OutgoingMail;
import jp.kizuna.alumni.shared.Settings;

/**
 * Tells the other side of a thread that a message arrived, after it committed. A member gets the
 * text in the mail unless they chose not to (then only that there is a message, and where to read
 * it); staff always get the link only, so members' words do not spread through company mailboxes.
 * Staff mail goes to the thread's assignee, or to a department network's administrators; HR has no
 * shared mailbox, so an unassigned thread with HR waits in the inbox with its unread count. A mail
 * that fails is logged without the address and does not undo the message.
 */
@Stateless
@PermitAll
public class MessageMailer {

    private static final Logger LOG = Logger.getLogger(MessageMailer.class.getName());

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private OutgoingMail mail;

    @Inject
    private Settings settings;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted posted) {
        ThreadMessage message = em.find(ThreadMessage.class, posted.messageId());
        if (message == null) {
            return;
        }
        MessageThread thread = message.getThread();
        switch (message.getSide()) {
            case STAFF -> toMember(thread.getMember(), message, staffSender(thread));
            case MEMBER -> {
                if (thread.isBetweenMembers()) {
                    toMember(thread.getCounterpart(), message, message.getAuthorName());
                } else {
                    toStaff(thread, message);
                }
            }
            case COUNTERPART -> toMember(thread.getMember(), message, message.getAuthorName());
        }
    }

    private void toMember(AlumnusProfile recipient, ThreadMessage message, String sender) {
        Employee person = recipient.getPerson();
        String to = person.mailAddress();
        if (to == null) {
            return;
        }
        boolean withText = em.createQuery(
                        "select mp.textInMail from MessagingPreference mp where mp.member = :m", Boolean.class)
                .setParameter("m", recipient)
                .getResultStream()
                .findFirst()
                .orElse(true);
        Locale locale = locale(person);
        String link = MailLinks.to(
                settings.publicUrl(),
                "/portal/messages.xhtml",
                "thread",
                message.getThread().getId());
        send(
                to,
                locale,
                withText ? "member.with-text" : "member.without-text",
                message,
                sender,
                message.getThread().getSubject(),
                message.getBody(),
                link);
    }

    private void toStaff(MessageThread thread, ThreadMessage message) {
        List<String> addresses = new ArrayList<>();
        if (thread.getAssigneeLogin() != null) {
            em.createQuery("select e.workEmail from Employee e where e.loginName = :l", String.class)
                    .setParameter("l", thread.getAssigneeLogin())
                    .getResultStream()
                    .findFirst()
                    .ifPresent(addresses::add);
        } else if (thread.getNetwork() != null) {
            thread.getNetwork().getAdmins().forEach(admin -> addresses.add(admin.getWorkEmail()));
        }
        String link = MailLinks.to(settings.publicUrl(), "/inbox/messages.xhtml", "thread", thread.getId());
        for (String to : addresses) {
            if (to != null) {
                send(to, Locale.JAPANESE, "staff", message, message.getAuthorName(), null, null, link);
            }
        }
    }

    private String staffSender(MessageThread thread) {
        return thread.getNetwork() == null ? null : thread.getNetwork().getNameJa();
    }

    /** {0} sender (null: HR), {1} thread subject, {2} text, {3} where to read it. */
    private void send(
            String to,
            Locale locale,
            String template,
            ThreadMessage message,
            String sender,
            String subject,
            String text,
            String link) {
        try {
            String from = sender != null
                    ? sender
                    : java.util.ResourceBundle.getBundle(
                                    "jp.kizuna.alumni.messaging.mail",
                                    locale,
                                    java.util.ResourceBundle.Control.getNoFallbackControl(
                                            java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
                            .getString("sender.hr");
            mail.send("messaging", to, locale, template, from, subject, text, link);
        } catch (MessagingException | RuntimeException failed) {
            LOG.warning("Message " + message.getId() + " of thread "
                    + message.getThread().getId() + ": " + template + " mail not sent"
                    + MailFailure.withoutAddress(failed));
        }
    }

    private static Locale locale(Employee person) {
        return person.getPreferredLocale() == null ? Locale.JAPANESE : person.getPreferredLocale();
    }
}
