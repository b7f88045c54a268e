package jp.kizuna.alumni.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.MailFailure;
import jp.kizuna.alumni.shared.OutgoingMail;
import jp.kizuna.alumni.shared.Roles;

/**
 * Keeps the directory current: members whose details are a year old are asked by mail to confirm
 * them, at most once a month until they do.
 */
@Stateless
public class ProfileConfirmations {

    private static final Logger LOG = Logger.getLogger(ProfileConfirmations.class.getName());
    private static final int BATCH = 200;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OutgoingMail mail;

    /** Sends the reminders that are due; returns how many were sent. */
    @RolesAllowed(Roles.HR_ADMIN)
    public int askForConfirmation() {
        LocalDateTime now = LocalDateTime.now(clock);
        int asked = 0;
        for (AlumnusProfile profile : dueForConfirmation(now)) {
            Employee person = profile.getPerson();
            if (person.getPersonalEmail() == null) {
                continue;
            }
            try {
                mail.send(
                        "network",
                        person.getPersonalEmail(),
                        person.getPreferredLocale(),
                        "confirm",
                        person.displayName(person.getPreferredLocale()));
                profile.confirmationRequested(now);
                asked++;
            } catch (MessagingException | RuntimeException failed) {
                LOG.warning("Confirmation request to profile " + profile.getId() + " not sent"
                        + MailFailure.withoutAddress(failed));
            }
        }
        int count = asked;
        LOG.info(() -> count + " alumni asked to confirm their details");
        return asked;
    }

    private List<AlumnusProfile> dueForConfirmation(LocalDateTime now) {
        return em.createQuery("""
                        select p from AlumnusProfile p join fetch p.person
                        where p.status = jp.kizuna.alumni.network.MembershipStatus.ACTIVE
                          and (p.confirmedAt is null or p.confirmedAt < :due)
                          and (p.confirmationRequestedAt is null or p.confirmationRequestedAt < :again)
                        order by p.confirmedAt""", AlumnusProfile.class)
                .setParameter("due", now.minusDays(AlumnusProfile.CONFIRMATION_INTERVAL_DAYS))
                .setParameter("again", now.minusDays(30))
                .setMaxResults(BATCH)
                .getResultList();
    }
}
