package jp.kizuna.alumni.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.network.AlumniNetwork;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.AlumnusProfiles;
import jp.kizuna.alumni.network.MembershipStatus;
import jp.kizuna.alumni.privacy.ErasureRequested;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * The use cases of messages: a member starts a thread with HR, with their department network's
 * administrators or with another member who accepts member messages, replies, reads, sets their
 * choices and blocks; staff (HR, and the administrators of a pilot network for its threads) read
 * their inbox, reply, assign and close. HR does not see threads between members. Every change locks
 * the thread, so two replies at the same moment are ordered; mails go out after commit
 * ({@link MessageMailer}).
 */
@Stateless
public class Messages {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AlumnusProfiles profiles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<MessagePosted> posted;

    /** The caller writes to HR, or to the administrators of the department network they belong to. */
    @RolesAllowed(Roles.ALUMNI)
    public MessageThread startWithStaff(boolean withDepartmentNetwork, String subject, String body) {
        AlumnusProfile me = profiles.requireMember();
        AlumniNetwork network = null;
        if (withDepartmentNetwork) {
            network = me.getNetwork();
            if (network == null
                    || network.isCompanyWide()
                    || network.getStatus() != AlumniNetwork.Status.ACTIVE
                    || network.getAdmins().isEmpty()) {
                throw new BusinessException("messaging.network.none");
            }
        }
        MessageThread thread = MessageThread.withStaff(me, network, subject, now());
        return first(thread, MessageThread.Side.MEMBER, me, body);
    }

    /** The caller writes to another member; both must accept member messages and neither may have blocked the other. */
    @RolesAllowed(Roles.ALUMNI)
    public MessageThread startWithMember(long profileId, String subject, String body) {
        AlumnusProfile me = profiles.requireMember();
        AlumnusProfile other = em.find(AlumnusProfile.class, profileId);
        if (other == null || other.getStatus() != MembershipStatus.ACTIVE) {
            throw new BusinessException("messaging.member.unreachable");
        }
        requireMembersMayTalk(me, other);
        MessageThread thread = MessageThread.betweenMembers(me, other, subject, now());
        return first(thread, MessageThread.Side.MEMBER, me, body);
    }

    private MessageThread first(MessageThread thread, MessageThread.Side side, AlumnusProfile me, String body) {
        ThreadMessage message = thread.post(side, caller(), me.getPerson().displayName(Locale.JAPANESE), body, now());
        em.persist(thread);
        em.flush();
        audit.record(
                AuditEntry.Action.CREATE,
                "MessageThread",
                thread.getId(),
                thread.isBetweenMembers()
                        ? "message thread between members started"
                        : "message thread with "
                                + (thread.isWithHr()
                                        ? "HR"
                                        : "network " + thread.getNetwork().getCode()) + " started");
        posted.fire(new MessagePosted(thread.getId(), message.getId()));
        return thread;
    }

    /** The caller's threads as a member, latest activity first, with their unread counts. */
    @RolesAllowed(Roles.ALUMNI)
    public List<InboxEntry> myThreads() {
        AlumnusProfile me = profiles.requireMember();
        return em
                .createQuery(
                        "select distinct t from MessageThread t left join fetch t.messages"
                                + " where t.member = :me or t.counterpart = :me",
                        MessageThread.class)
                .setParameter("me", me)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(MessageThread::getLastMessageAt).reversed())
                .map(t -> entry(t, memberSide(t, me)))
                .toList();
    }

    /** Messages the caller has not read in all their threads as a member. */
    @RolesAllowed(Roles.ALUMNI)
    public long myUnreadCount() {
        return myThreads().stream().mapToLong(InboxEntry::unread).sum();
    }

    /**
     * Staff's inbox: every thread with HR and with the networks the caller administers (HR
     * administrators see all threads with staff), oldest unanswered first among the open ones.
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<InboxEntry> inbox(boolean includeClosed) {
        List<MessageThread> threads = em.createQuery(
                        "select distinct t from MessageThread t left join fetch t.messages"
                                + " join fetch t.member m join fetch m.person left join fetch t.network"
                                + " where t.counterpart is null"
                                + (includeClosed
                                        ? ""
                                        : " and t.status = jp.kizuna.alumni.messaging.MessageThread.Status.OPEN"),
                        MessageThread.class)
                .getResultList();
        return threads.stream()
                .filter(this::staffMayRead)
                .sorted(Comparator.comparing((MessageThread t) -> t.getStatus() == MessageThread.Status.CLOSED)
                        .thenComparing(MessageThread::getLastMessageAt, Comparator.reverseOrder()))
                .map(t -> entry(t, MessageThread.Side.STAFF))
                .toList();
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public long staffUnreadCount() {
        return inbox(false).stream().mapToLong(InboxEntry::unread).sum();
    }

    /** One thread with all its messages, as the caller's side; from now on they count as read. */
    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN, Roles.MANAGER})
    public InboxEntry open(long threadId) {
        MessageThread thread = locked(threadId);
        MessageThread.Side side = sideOf(thread);
        thread.read(side, now());
        thread.getMessages().size();
        return new InboxEntry(thread, side, 0);
    }

    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN, Roles.MANAGER})
    public ThreadMessage reply(long threadId, String body) {
        MessageThread thread = locked(threadId);
        MessageThread.Side side = sideOf(thread);
        String name;
        if (side == MessageThread.Side.STAFF) {
            name = staffName(caller());
        } else {
            AlumnusProfile me = thread.isBetweenMembers() ? profiles.requireMember() : thread.getMember();
            if (thread.isBetweenMembers()) {
                requireMembersMayTalk(me, thread.otherMember(side));
            }
            name = me.getPerson().displayName(Locale.JAPANESE);
        }
        ThreadMessage message = thread.post(side, caller(), name, body, now());
        em.flush();
        audit.record(AuditEntry.Action.UPDATE, "MessageThread", threadId, "message written by " + side);
        posted.fire(new MessagePosted(threadId, message.getId()));
        return message;
    }

    /** Staff gives the thread to someone (their sign-in name), or to themselves when {@code login} is blank. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public MessageThread assign(long threadId, String login) {
        MessageThread thread = locked(threadId);
        requireStaff(thread);
        String assignee = login == null || login.isBlank() ? caller() : login.strip();
        Employee person =
                employee(assignee).orElseThrow(() -> new BusinessException("messaging.assignee.unknown", assignee));
        thread.assignTo(assignee, person.displayName(Locale.JAPANESE));
        audit.record(AuditEntry.Action.UPDATE, "MessageThread", threadId, "assigned to " + assignee);
        return thread;
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public MessageThread close(long threadId) {
        MessageThread thread = locked(threadId);
        requireStaff(thread);
        thread.close(caller(), now());
        audit.record(AuditEntry.Action.UPDATE, "MessageThread", threadId, "thread closed");
        return thread;
    }

    /** The caller's choices (the defaults until they change them). */
    @RolesAllowed(Roles.ALUMNI)
    public MessagingPreference myPreference() {
        AlumnusProfile me = profiles.requireMember();
        return preferenceOf(me).orElseGet(() -> new MessagingPreference(me));
    }

    @RolesAllowed(Roles.ALUMNI)
    public MessagingPreference choose(boolean acceptFromMembers, boolean textInMail) {
        AlumnusProfile me = profiles.requireMember();
        MessagingPreference preference = preferenceOf(me).orElseGet(() -> {
            MessagingPreference created = new MessagingPreference(me);
            em.persist(created);
            return created;
        });
        preference.choose(acceptFromMembers, textInMail);
        audit.record(
                AuditEntry.Action.UPDATE,
                "AlumnusProfile",
                me.getId(),
                "message choices: from members " + acceptFromMembers + ", text in mail " + textInMail);
        return preference;
    }

    /** Members the caller may write to: active, accepting member messages, and no block either way. */
    @RolesAllowed(Roles.ALUMNI)
    public List<AlumnusProfile> reachableMembers() {
        AlumnusProfile me = profiles.requireMember();
        if (!accepts(me)) {
            return List.of();
        }
        return em.createQuery(
                        "select p from MessagingPreference mp join mp.member p join fetch p.person"
                                + " where mp.acceptMemberMessages = true and p <> :me"
                                + " and p.status = jp.kizuna.alumni.network.MembershipStatus.ACTIVE"
                                + " and not exists (select b from MemberBlock b where (b.blocker = :me and b.blocked = p)"
                                + " or (b.blocker = p and b.blocked = :me))"
                                + " order by p.person.familyName, p.person.givenName",
                        AlumnusProfile.class)
                .setParameter("me", me)
                .getResultList();
    }

    /** The caller no longer wants messages from this member: neither can write to the other until unblocked. */
    @RolesAllowed(Roles.ALUMNI)
    public void block(long profileId) {
        AlumnusProfile me = profiles.requireMember();
        AlumnusProfile other = em.find(AlumnusProfile.class, profileId);
        if (other == null || other.equals(me)) {
            throw new BusinessException("messaging.member.unreachable");
        }
        if (findBlock(me, other).isEmpty()) {
            em.persist(new MemberBlock(me, other, now()));
            audit.record(AuditEntry.Action.UPDATE, "AlumnusProfile", me.getId(), "blocked member " + other.getId());
        }
    }

    @RolesAllowed(Roles.ALUMNI)
    public void unblock(long profileId) {
        AlumnusProfile me = profiles.requireMember();
        AlumnusProfile other = em.find(AlumnusProfile.class, profileId);
        if (other != null) {
            findBlock(me, other).ifPresent(block -> {
                em.remove(block);
                audit.record(
                        AuditEntry.Action.UPDATE, "AlumnusProfile", me.getId(), "unblocked member " + other.getId());
            });
        }
    }

    /** The members the caller blocked. */
    @RolesAllowed(Roles.ALUMNI)
    public List<AlumnusProfile> blocked() {
        AlumnusProfile me = profiles.requireMember();
        return em.createQuery("select b.blocked from MemberBlock b where b.blocker = :me", AlumnusProfile.class)
                .setParameter("me", me)
                .getResultList();
    }

    /**
     * Messages are the member's personal data: their threads go with them, those with staff and
     * those with other members alike (a conversation with an erased person cannot be kept without
     * them), as do their choices and blocks in either direction.
     */
    @PermitAll
    public void onErasure(@Observes ErasureRequested erasure) {
        List<Long> profileIds = em.createQuery("select p.id from AlumnusProfile p where p.person.id = :id", Long.class)
                .setParameter("id", erasure.employeeId())
                .getResultList();
        if (profileIds.isEmpty()) {
            return;
        }
        List<Long> threads = em.createQuery(
                        "select t.id from MessageThread t where t.member.id in :p or t.counterpart.id in :p",
                        Long.class)
                .setParameter("p", profileIds)
                .getResultList();
        if (!threads.isEmpty()) {
            em.createQuery("delete from ThreadMessage m where m.thread.id in :t")
                    .setParameter("t", threads)
                    .executeUpdate();
            em.createQuery("delete from MessageThread t where t.id in :t")
                    .setParameter("t", threads)
                    .executeUpdate();
        }
        em.createQuery("delete from MessagingPreference mp where mp.member.id in :p")
                .setParameter("p", profileIds)
                .executeUpdate();
        em.createQuery("delete from MemberBlock b where b.blocker.id in :p or b.blocked.id in :p")
                .setParameter("p", profileIds)
                .executeUpdate();
    }

    private void requireMembersMayTalk(AlumnusProfile me, AlumnusProfile other) {
        if (!accepts(me)) {
            throw new BusinessException("messaging.member.not-opted-in");
        }
        if (other == null || other.getStatus() != MembershipStatus.ACTIVE || !accepts(other)) {
            throw new BusinessException("messaging.member.unreachable");
        }
        if (findBlock(me, other).isPresent() || findBlock(other, me).isPresent()) {
            // The same answer whoever blocked whom: a member is not told that someone blocked them.
            throw new BusinessException("messaging.member.unreachable");
        }
    }

    private boolean accepts(AlumnusProfile member) {
        return preferenceOf(member)
                .map(MessagingPreference::isAcceptMemberMessages)
                .orElse(false);
    }

    private Optional<MessagingPreference> preferenceOf(AlumnusProfile member) {
        return em.createQuery("select mp from MessagingPreference mp where mp.member = :m", MessagingPreference.class)
                .setParameter("m", member)
                .getResultStream()
                .findFirst();
    }

    private Optional<MemberBlock> findBlock(AlumnusProfile blocker, AlumnusProfile blocked) {
        return em.createQuery("select b from MemberBlock b where b.blocker = :a and b.blocked = :b", MemberBlock.class)
                .setParameter("a", blocker)
                .setParameter("b", blocked)
                .getResultStream()
                .findFirst();
    }

    private InboxEntry entry(MessageThread thread, MessageThread.Side side) {
        return new InboxEntry(thread, side, thread.unreadFor(side));
    }

    private static MessageThread.Side memberSide(MessageThread thread, AlumnusProfile me) {
        return me.equals(thread.getMember()) ? MessageThread.Side.MEMBER : MessageThread.Side.COUNTERPART;
    }

    /** The caller's side of the thread; anyone else is told the thread does not exist. */
    private MessageThread.Side sideOf(MessageThread thread) {
        String login = caller();
        if (login.equals(thread.getMember().getPerson().getLoginName()) && caller.isIn(Roles.ALUMNI)) {
            return MessageThread.Side.MEMBER;
        }
        if (thread.isBetweenMembers()
                && login.equals(thread.getCounterpart().getPerson().getLoginName())
                && caller.isIn(Roles.ALUMNI)) {
            return MessageThread.Side.COUNTERPART;
        }
        requireStaff(thread);
        return MessageThread.Side.STAFF;
    }

    private void requireStaff(MessageThread thread) {
        if (!staffMayRead(thread)) {
            throw new BusinessException("messaging.thread.unknown", thread.getId());
        }
    }

    /** HR reads every thread with staff; a network's administrators read that network's threads; nobody staff reads member threads. */
    private boolean staffMayRead(MessageThread thread) {
        if (thread.isBetweenMembers()) {
            return false;
        }
        if (caller.isIn(Roles.HR_ADMIN)) {
            return true;
        }
        return caller.isIn(Roles.MANAGER)
                && thread.getNetwork() != null
                && thread.getNetwork().isAdministeredBy(caller());
    }

    private MessageThread locked(long id) {
        MessageThread thread = em.find(MessageThread.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (thread == null) {
            throw new BusinessException("messaging.thread.unknown", id);
        }
        return thread;
    }

    private String staffName(String login) {
        return employee(login).map(e -> e.displayName(Locale.JAPANESE)).orElse(login);
    }

    private Optional<Employee> employee(String login) {
        return em.createQuery("select e from Employee e where e.loginName = :l", Employee.class)
                .setParameter("l", login)
                .getResultStream()
                .findFirst();
    }

    private String caller() {
        return caller.login();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
