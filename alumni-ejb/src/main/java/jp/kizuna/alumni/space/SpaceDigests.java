package jp.kizuna.alumni.space;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.MailFailure;
import jp.kizuna.alumni.shared.MailLinks;
import jp.kizuna.alumni.shared.OutgoingMail;
import jp.kizuna.alumni.shared.Roles;
import jp.kizuna.alumni.shared.Settings;

/**
 * Mails each member who asked for a digest, when their period is up, what others wrote in the spaces
 * they read since their last digest: hidden and erased posts left out, and nothing at all when there
 * was nothing new (the period still counts as covered). Each post's text is in the mail up to
 * {@link #EXCERPT} characters, marked with "…" when cut, with the link to the space for the rest.
 * A mail that fails is logged without the address and the member gets those posts in the next digest.
 * Two nodes running the same firing (the timer store prevents it) would still mail once: each member's
 * digest locks their choice row and checks it is still due.
 */
@Stateless
public class SpaceDigests {

    private static final Logger LOG = Logger.getLogger(SpaceDigests.class.getName());

    /** Characters of a post's text a digest carries (code points, so emoji are never cut in half). */
    static final int EXCERPT = 500;

    /** What one run did. */
    public record Run(int due, int mailed) {}

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OutgoingMail mail;

    @Inject
    private Settings settings;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    /**
     * Sends every digest that is due. Each member's digest is its own transaction
     * ({@link #sendOne}): one member's trouble does not undo the others' "sent", and no transaction
     * stays open for the whole run.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Run sendDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> due = em
                .createQuery(
                        "select d from DigestChoice d"
                                + " where d.frequency <> jp.kizuna.alumni.space.DigestChoice.Frequency.NONE",
                        DigestChoice.class)
                .getResultList()
                .stream()
                .filter(d -> d.due(now))
                .map(DigestChoice::getId)
                .toList();
        SpaceDigests self = context.getBusinessObject(SpaceDigests.class);
        int mailed = 0;
        for (long id : due) {
            if (self.sendOne(id, now)) {
                mailed++;
            }
        }
        self.record(now, due.size(), mailed);
        return new Run(due.size(), mailed);
    }

    /** One member's digest, if still due: whether a mail went out. */
    @RolesAllowed(Roles.HR_ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendOne(long choiceId, LocalDateTime now) {
        DigestChoice choice = em.find(DigestChoice.class, choiceId, LockModeType.PESSIMISTIC_WRITE);
        if (choice == null || !choice.due(now) || !choice.getMember().isMember()) {
            return false;
        }
        AlumnusProfile member = choice.getMember();
        LocalDateTime since = choice.getLastSentAt() == null
                ? now.minusDays(choice.getFrequency().days())
                : choice.getLastSentAt();
        List<SpacePost> posts = em
                .createQuery(
                        "select p from SpacePost p join fetch p.space s join fetch s.network"
                                + " where p.postedAt > :since and p.postedAt <= :now and p.hiddenAt is null and p.erasedAt is null"
                                + " and (p.author is null or p.author <> :me) order by s.id, p.postedAt, p.id",
                        SpacePost.class)
                .setParameter("since", since)
                .setParameter("now", now)
                .setParameter("me", member)
                .getResultList()
                .stream()
                .filter(p -> Spaces.readsAsMember(p.getSpace().getNetwork(), member))
                .toList();
        if (posts.isEmpty()) {
            choice.sent(now);
            return false;
        }
        boolean mailed = send(member, choice.getFrequency(), posts);
        if (mailed) {
            choice.sent(now);
        }
        return mailed;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(LocalDateTime now, int due, int mailed) {
        audit.record(
                AuditEntry.Action.UPDATE,
                "Space",
                "digest-" + now.toLocalDate(),
                "space digests: " + due + " due, " + mailed + " mailed");
    }

    private boolean send(AlumnusProfile member, DigestChoice.Frequency frequency, List<SpacePost> posts) {
        Employee person = member.getPerson();
        String to = person.mailAddress();
        if (to == null) {
            return false;
        }
        Locale locale = person.getPreferredLocale() == null ? Locale.JAPANESE : person.getPreferredLocale();
        StringBuilder text = new StringBuilder();
        Space current = null;
        for (SpacePost post : posts) {
            if (!post.getSpace().equals(current)) {
                current = post.getSpace();
                text.append("\n■ ")
                        .append(current.name(locale))
                        .append('\n')
                        .append(MailLinks.to(settings.publicUrl(), "/portal/spaces.xhtml", "space", current.getId()))
                        .append('\n');
            }
            text.append("\n")
                    .append(post.getAuthorName())
                    .append(" (")
                    .append(post.getPostedAt().toLocalDate())
                    .append(")\n")
                    .append(excerpt(post.getBody()))
                    .append('\n');
        }
        try {
            mail.send(
                    "space",
                    to,
                    locale,
                    "digest." + frequency.name().toLowerCase(Locale.ROOT),
                    posts.size(),
                    text.toString(),
                    settings.publicUrl() + "/portal/spaces.xhtml");
            return true;
        } catch (MessagingException | RuntimeException failed) {
            LOG.warning("Space digest for member " + member.getId() + " not sent" + MailFailure.withoutAddress(failed));
            return false;
        }
    }

    static String excerpt(String body) {
        if (body.codePointCount(0, body.length()) <= EXCERPT) {
            return body;
        }
        return body.substring(0, body.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
