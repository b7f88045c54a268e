package jp.kizuna.alumni.space;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.network.AlumniNetwork;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.privacy.ErasureRequested;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * The use cases of spaces. Who reads a space: HR administrators every space; a network's
 * administrators (managers) the spaces of the networks they administer; an alumnus who joined the
 * network the company-wide spaces and the spaces of their own department pilot network. Whoever
 * reads a space may post and reply in it, unless a moderator banned them there. Moderators are HR
 * administrators and the network's administrators. A space that does not exist yet for a network
 * is opened the first time someone lists spaces (the network row is locked, so two first visits make
 * one space). A space the reader may not read answers as unknown, so its existence does not leak.
 */
@Stateless
public class Spaces {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** The spaces the caller may read: network spaces first (company-wide, then pilots), then topics by name. */
    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN, Roles.MANAGER})
    public List<SpaceSummary> spaces() {
        Optional<AlumnusProfile> me = memberProfile();
        List<AlumniNetwork> networks = em
                .createQuery(
                        "select n from AlumniNetwork n"
                                + " where n.status = jp.kizuna.alumni.network.AlumniNetwork.Status.ACTIVE order by n.code",
                        AlumniNetwork.class)
                .getResultList()
                .stream()
                .filter(n -> mayRead(n, me))
                .toList();
        networks.forEach(this::networkSpace);
        if (networks.isEmpty()) {
            return List.of();
        }
        List<Space> spaces = em.createQuery(
                        "select s from Space s join fetch s.network where s.network.id in :n", Space.class)
                .setParameter("n", networks.stream().map(AlumniNetwork::getId).toList())
                .getResultList();
        Map<Long, Object[]> activity = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "select p.space.id, count(p), max(p.lastActivityAt) from SpacePost p"
                                + " where p.parent is null and p.space.id in :s group by p.space.id",
                        Object[].class)
                .setParameter("s", spaces.stream().map(Space::getId).toList())
                .getResultList()) {
            activity.put((Long) row[0], row);
        }
        return spaces.stream()
                .map(s -> {
                    Object[] row = activity.get(s.getId());
                    return SpaceSummary.of(
                            s, row == null ? 0 : (Long) row[1], row == null ? null : (LocalDateTime) row[2]);
                })
                .sorted(Comparator.comparing((SpaceSummary s) -> s.kind() != Space.Kind.NETWORK)
                        .thenComparing(s -> !s.companyWide())
                        .thenComparing(s -> s.name(Locale.JAPANESE)))
                .toList();
    }

    /** HR opens a topic space inside a network ({@code networkCode} blank: the company-wide network). */
    @RolesAllowed(Roles.HR_ADMIN)
    public SpaceSummary openTopic(String networkCode, String nameJa, String nameEn) {
        String code = networkCode == null || networkCode.isBlank() ? AlumniNetwork.COMPANY_WIDE : networkCode.strip();
        AlumniNetwork network = em.createQuery("select n from AlumniNetwork n where n.code = :c", AlumniNetwork.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst()
                .filter(n -> n.getStatus() == AlumniNetwork.Status.ACTIVE)
                .orElseThrow(() -> new BusinessException("space.network.unknown", code));
        Space space = Space.topic(network, nameJa, nameEn, login(), now());
        em.persist(space);
        em.flush();
        audit.record(AuditEntry.Action.CREATE, "Space", space.getId(), "topic space opened in network " + code);
        return SpaceSummary.of(space, 0, null);
    }

    /** One space with its threads as the caller may see them. */
    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN, Roles.MANAGER})
    public SpaceView open(long spaceId) {
        Optional<AlumnusProfile> me = memberProfile();
        Space space = readable(spaceId, me);
        boolean moderator = mayModerate(space.getNetwork());
        Long myId = me.map(AlumnusProfile::getId).orElse(null);
        List<SpacePost> posts = em.createQuery(
                        "select p from SpacePost p left join fetch p.author"
                                + " where p.space = :s order by p.postedAt, p.id",
                        SpacePost.class)
                .setParameter("s", space)
                .getResultList();
        Map<Long, List<PostView>> replies = new LinkedHashMap<>();
        List<SpacePost> firsts = new ArrayList<>();
        for (SpacePost post : posts) {
            if (post.isReply()) {
                replies.computeIfAbsent(post.getParent().getId(), k -> new ArrayList<>())
                        .add(PostView.of(post, moderator, myId));
            } else {
                firsts.add(post);
            }
        }
        List<SpaceView.Thread> threads = firsts.stream()
                .sorted(Comparator.comparing(SpacePost::getLastActivityAt)
                        .reversed()
                        .thenComparing(SpacePost::getId))
                .map(p -> new SpaceView.Thread(
                        PostView.of(p, moderator, myId), List.copyOf(replies.getOrDefault(p.getId(), List.of()))))
                .toList();
        boolean banned = me.isPresent() && findBan(space, me.get()).isPresent();
        return new SpaceView(
                SpaceSummary.of(
                        space,
                        threads.size(),
                        firsts.stream()
                                .map(SpacePost::getLastActivityAt)
                                .max(Comparator.naturalOrder())
                                .orElse(null)),
                moderator,
                banned,
                threads);
    }

    /** Starts a thread. */
    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN, Roles.MANAGER})
    public PostView post(long spaceId, String body) {
        Optional<AlumnusProfile> me = memberProfile();
        Space space = readable(spaceId, me);
        return write(space, null, me, body);
    }

    /** Answers a thread (a reply to a reply answers the same thread). */
    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN, Roles.MANAGER})
    public PostView reply(long postId, String body) {
        Optional<AlumnusProfile> me = memberProfile();
        SpacePost post = locked(postId);
        readable(post.getSpace().getId(), me);
        SpacePost first = post.isReply() ? post.getParent() : post;
        if (first.isHidden() || first.isErased()) {
            throw new BusinessException("space.post.closed");
        }
        PostView reply = write(first.getSpace(), first, me, body);
        first.repliedAt(now());
        return reply;
    }

    private PostView write(Space space, SpacePost parent, Optional<AlumnusProfile> me, String body) {
        SpacePost post;
        if (me.isPresent()) {
            if (findBan(space, me.get()).isPresent()) {
                throw new BusinessException("space.member.banned");
            }
            post = new SpacePost(
                    space, parent, me.get(), login(), me.get().getPerson().displayName(Locale.JAPANESE), body, now());
        } else {
            post = new SpacePost(space, parent, null, login(), staffName(), body, now());
        }
        em.persist(post);
        em.flush();
        audit.record(
                AuditEntry.Action.CREATE,
                "SpacePost",
                post.getId(),
                (parent == null ? "thread started" : "reply to post " + parent.getId()) + " in space " + space.getId());
        return PostView.of(
                post,
                mayModerate(space.getNetwork()),
                me.map(AlumnusProfile::getId).orElse(null));
    }

    /** A member tells the moderators about a post; one report per member and post. */
    @RolesAllowed(Roles.ALUMNI)
    public void report(long postId, String reason) {
        AlumnusProfile me = memberProfile().orElseThrow(() -> new BusinessException("space.space.unknown", postId));
        SpacePost post = locked(postId);
        readable(post.getSpace().getId(), Optional.of(me));
        if (me.equals(post.getAuthor())) {
            throw new BusinessException("space.report.own-post");
        }
        boolean already = !em.createQuery(
                        "select r.id from SpaceReport r where r.post = :p and r.reporter = :me", Long.class)
                .setParameter("p", post)
                .setParameter("me", me)
                .getResultList()
                .isEmpty();
        if (already) {
            throw new BusinessException("space.report.already");
        }
        SpaceReport report = new SpaceReport(post, me, reason, now());
        em.persist(report);
        em.flush();
        audit.record(AuditEntry.Action.CREATE, "SpacePost", postId, "reported by member " + me.getId());
    }

    /** The posts members reported that are not settled, in the spaces the caller moderates, oldest report first. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<ReportedPost> openReports() {
        List<SpaceReport> reports = em.createQuery(
                        "select r from SpaceReport r join fetch r.post p join fetch p.space s"
                                + " join fetch s.network where r.settledAt is null order by r.reportedAt, r.id",
                        SpaceReport.class)
                .getResultList();
        Map<SpacePost, List<SpaceReport>> byPost = new LinkedHashMap<>();
        for (SpaceReport report : reports) {
            if (mayModerate(report.getPost().getSpace().getNetwork())) {
                byPost.computeIfAbsent(report.getPost(), k -> new ArrayList<>()).add(report);
            }
        }
        return byPost.entrySet().stream()
                .map(e -> new ReportedPost(
                        SpaceSummary.of(e.getKey().getSpace(), 0, null),
                        PostView.of(e.getKey(), true, null),
                        e.getValue().stream().map(SpaceReport::getReason).toList(),
                        e.getValue().get(0).getReportedAt()))
                .toList();
    }

    /** A moderator hides a post with a reason; the reports about it are settled. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public void hide(long postId, String reason) {
        SpacePost post = moderated(postId);
        post.hide(login(), reason, now());
        settleReports(post);
        audit.record(AuditEntry.Action.UPDATE, "SpacePost", postId, "hidden by moderator: " + post.getHiddenReason());
    }

    /** A moderator lets a reported post stand: its reports are settled. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public void keep(long postId) {
        SpacePost post = moderated(postId);
        int settled = settleReports(post);
        audit.record(
                AuditEntry.Action.UPDATE, "SpacePost", postId, "kept by moderator, " + settled + " reports settled");
    }

    /** A moderator stops a member from posting in a space (they still read it). */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public void ban(long spaceId, long profileId, String reason) {
        Space space = moderatedSpace(spaceId);
        AlumnusProfile member = em.find(AlumnusProfile.class, profileId);
        if (member == null) {
            throw new BusinessException("space.member.unknown", profileId);
        }
        if (findBan(space, member).isPresent()) {
            throw new BusinessException("space.member.already-banned");
        }
        em.persist(new SpaceBan(space, member, reason, login(), now()));
        audit.record(AuditEntry.Action.UPDATE, "Space", spaceId, "member " + profileId + " banned: " + reason.strip());
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public void lift(long spaceId, long profileId) {
        Space space = moderatedSpace(spaceId);
        AlumnusProfile member = em.find(AlumnusProfile.class, profileId);
        Optional<SpaceBan> ban = member == null ? Optional.empty() : findBan(space, member);
        ban.ifPresent(b -> {
            em.remove(b);
            audit.record(AuditEntry.Action.UPDATE, "Space", spaceId, "ban of member " + profileId + " lifted");
        });
    }

    /** The members banned from a space, for its moderators: name, reason, when and by whom. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<SpaceBan> bans(long spaceId) {
        Space space = moderatedSpace(spaceId);
        return em.createQuery(
                        "select b from SpaceBan b join fetch b.member m join fetch m.person where b.space = :s"
                                + " order by b.bannedAt",
                        SpaceBan.class)
                .setParameter("s", space)
                .getResultList();
    }

    /** The caller's digest choice (none until they ask for one). */
    @RolesAllowed(Roles.ALUMNI)
    public DigestChoice.Frequency myDigest() {
        AlumnusProfile me = requireMember();
        return digestChoice(me).map(DigestChoice::getFrequency).orElse(DigestChoice.Frequency.NONE);
    }

    @RolesAllowed(Roles.ALUMNI)
    public void chooseDigest(DigestChoice.Frequency frequency) {
        AlumnusProfile me = requireMember();
        DigestChoice choice = digestChoice(me).orElseGet(() -> {
            DigestChoice created = new DigestChoice(me);
            em.persist(created);
            return created;
        });
        DigestChoice.Frequency chosen = frequency == null ? DigestChoice.Frequency.NONE : frequency;
        choice.choose(chosen, now());
        audit.record(AuditEntry.Action.UPDATE, "AlumnusProfile", me.getId(), "space digest: " + chosen);
    }

    /**
     * Posts are the member's personal data: their words and name leave every post they wrote (the
     * post stays as a marker, so other people's replies keep their thread), and their reports, bans
     * and digest choice go.
     */
    @PermitAll
    public void onErasure(@Observes ErasureRequested erasure) {
        List<Long> profileIds = em.createQuery("select p.id from AlumnusProfile p where p.person.id = :id", Long.class)
                .setParameter("id", erasure.employeeId())
                .getResultList();
        if (profileIds.isEmpty()) {
            return;
        }
        LocalDateTime now = now();
        em.createQuery("select p from SpacePost p where p.author.id in :a", SpacePost.class)
                .setParameter("a", profileIds)
                .getResultList()
                .forEach(post -> post.erase(now));
        em.createQuery("delete from SpaceReport r where r.reporter.id in :a")
                .setParameter("a", profileIds)
                .executeUpdate();
        em.createQuery("delete from SpaceBan b where b.member.id in :a")
                .setParameter("a", profileIds)
                .executeUpdate();
        em.createQuery("delete from DigestChoice d where d.member.id in :a")
                .setParameter("a", profileIds)
                .executeUpdate();
        em.flush();
    }

    /** Whether the caller reads the spaces of {@code network} ({@code me}: the caller's membership, if an alumnus). */
    boolean mayRead(AlumniNetwork network, Optional<AlumnusProfile> me) {
        if (caller.isIn(Roles.HR_ADMIN) || caller.isIn(Roles.MANAGER) && network.isAdministeredBy(login())) {
            return true;
        }
        return me.filter(AlumnusProfile::isMember)
                .map(p -> readsAsMember(network, p))
                .orElse(false);
    }

    /** A member reads the company-wide network's spaces and those of the pilot network they belong to. */
    static boolean readsAsMember(AlumniNetwork network, AlumnusProfile member) {
        return member.isMember() && (network.isCompanyWide() || network.equals(member.getNetwork()));
    }

    private boolean mayModerate(AlumniNetwork network) {
        return caller.isIn(Roles.HR_ADMIN) || caller.isIn(Roles.MANAGER) && network.isAdministeredBy(login());
    }

    private Space readable(long spaceId, Optional<AlumnusProfile> me) {
        Space space = em.find(Space.class, spaceId);
        if (space == null
                || space.getNetwork().getStatus() != AlumniNetwork.Status.ACTIVE
                || !mayRead(space.getNetwork(), me)) {
            throw new BusinessException("space.space.unknown", spaceId);
        }
        return space;
    }

    private Space moderatedSpace(long spaceId) {
        Space space = em.find(Space.class, spaceId);
        if (space == null || !mayModerate(space.getNetwork())) {
            throw new BusinessException("space.space.unknown", spaceId);
        }
        return space;
    }

    private SpacePost moderated(long postId) {
        SpacePost post = locked(postId);
        if (!mayModerate(post.getSpace().getNetwork())) {
            throw new BusinessException("space.post.unknown", postId);
        }
        return post;
    }

    private int settleReports(SpacePost post) {
        List<SpaceReport> open = em.createQuery(
                        "select r from SpaceReport r where r.post = :p and r.settledAt is null", SpaceReport.class)
                .setParameter("p", post)
                .getResultList();
        open.forEach(r -> r.settle(login(), now()));
        return open.size();
    }

    private void networkSpace(AlumniNetwork network) {
        if (findNetworkSpace(network).isEmpty()) {
            em.lock(network, LockModeType.PESSIMISTIC_WRITE);
            if (findNetworkSpace(network).isEmpty()) {
                em.persist(Space.ofNetwork(network, now()));
                em.flush();
            }
        }
    }

    private Optional<Space> findNetworkSpace(AlumniNetwork network) {
        return em.createQuery(
                        "select s from Space s where s.network = :n and s.kind = jp.kizuna.alumni.space.Space.Kind.NETWORK",
                        Space.class)
                .setParameter("n", network)
                .getResultStream()
                .findFirst();
    }

    private Optional<SpaceBan> findBan(Space space, AlumnusProfile member) {
        return em.createQuery("select b from SpaceBan b where b.space = :s and b.member = :m", SpaceBan.class)
                .setParameter("s", space)
                .setParameter("m", member)
                .getResultStream()
                .findFirst();
    }

    private Optional<DigestChoice> digestChoice(AlumnusProfile member) {
        return em.createQuery("select d from DigestChoice d where d.member = :m", DigestChoice.class)
                .setParameter("m", member)
                .getResultStream()
                .findFirst();
    }

    private SpacePost locked(long postId) {
        SpacePost post = em.find(SpacePost.class, postId, LockModeType.PESSIMISTIC_WRITE);
        if (post == null) {
            throw new BusinessException("space.post.unknown", postId);
        }
        return post;
    }

    /** The caller's alumni profile when they are an alumnus (staff post as staff even if they have one). */
    private Optional<AlumnusProfile> memberProfile() {
        if (!caller.isIn(Roles.ALUMNI) || caller.isIn(Roles.HR_ADMIN) || caller.isIn(Roles.MANAGER)) {
            return Optional.empty();
        }
        return caller.employee()
                .flatMap(person -> em.createQuery(
                                "select p from AlumnusProfile p where p.person = :e", AlumnusProfile.class)
                        .setParameter("e", person)
                        .getResultStream()
                        .findFirst());
    }

    private AlumnusProfile requireMember() {
        return memberProfile()
                .filter(AlumnusProfile::isMember)
                .orElseThrow(() -> new BusinessException("network.membership.not-member", login()));
    }

    private String staffName() {
        return caller.employee().map(e -> e.displayName(Locale.JAPANESE)).orElse(login());
    }

    private String login() {
        return caller.login();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
