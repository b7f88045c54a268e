package jp.kizuna.alumni.home;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kizuna.alumni.event.AlumniEvent;
import jp.kizuna.alumni.event.EventCalendar;
import jp.kizuna.alumni.event.RsvpStatus;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.AlumnusProfiles;
import jp.kizuna.alumni.network.NewsPost;
import jp.kizuna.alumni.network.Outreach;
import jp.kizuna.alumni.opportunity.OpportunityBoard;
import jp.kizuna.alumni.shared.PersonName;
import jp.kizuna.alumni.shared.Roles;
import jp.kizuna.alumni.space.SpaceSummary;
import jp.kizuna.alumni.space.Spaces;

/**
 * The alumnus's portal home as one read model, built in one transaction: each part comes from the
 * capability that owns it and its rules (the opening scores from {@code OpeningMatch}, the event link
 * only for a seat, the directory's consent for colleagues).
 */
@Stateless
public class PortalHome {

    /** How far back "new" reaches for colleagues who joined and for active spaces. */
    public static final int RECENT_DAYS = 90;

    static final int MAX_NEWS = 5;
    static final int MAX_EVENTS = 5;
    static final int MAX_OPENINGS = 5;
    static final int MAX_COLLEAGUES = 10;
    static final int MAX_SPACES = 3;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AlumnusProfiles profiles;

    @Inject
    private Outreach outreach;

    @Inject
    private EventCalendar calendar;

    @Inject
    private OpportunityBoard board;

    @Inject
    private Spaces spaces;

    /** The signed-in member's home in {@code language}; refused for someone who is not a member in force. */
    @RolesAllowed(Roles.ALUMNI)
    public HomeFeed feed(Locale language) {
        Locale reader = language == null ? Locale.JAPANESE : language;
        AlumnusProfile me = profiles.requireMember();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime since = now.minusDays(RECENT_DAYS);

        List<HomeFeed.News> news = new ArrayList<>();
        for (NewsPost post : outreach.latestNews(MAX_NEWS)) {
            news.add(new HomeFeed.News(post.getId(), post.title(reader), post.body(reader), post.getPublishedAt()));
        }

        Map<Long, RsvpStatus> answers = calendar.myAnswers();
        List<HomeFeed.Event> events = new ArrayList<>();
        for (AlumniEvent event : calendar.upcoming()) {
            if (events.size() == MAX_EVENTS) {
                break;
            }
            RsvpStatus answer = answers.get(event.getId());
            events.add(new HomeFeed.Event(
                    event.getId(),
                    event.title(reader),
                    event.description(reader),
                    event.getStartsAt(),
                    event.getLocation(),
                    answer == null ? null : answer.name(),
                    answer == RsvpStatus.GOING ? event.getOnlineUrl() : null));
        }

        List<HomeFeed.Colleague> colleagues = new ArrayList<>();
        if (me.getDepartment() != null) {
            // Listed as the directory lists: an active member whose DIRECTORY consent is in force now.
            for (AlumnusProfile p : em.createQuery("""
                            select p from AlumnusProfile p join fetch p.person left join fetch p.department
                            where p.status = jp.kizuna.alumni.network.MembershipStatus.ACTIVE
                              and p.department = :department and p <> :me and p.joinedAt >= :since
                              and exists (select c from ConsentRecord c where c.person = p.person
                                          and c.purpose = jp.kizuna.alumni.privacy.ConsentPurpose.DIRECTORY
                                          and c.withdrawnAt is null)
                            order by p.joinedAt desc, p.id desc""", AlumnusProfile.class)
                    .setParameter("department", me.getDepartment())
                    .setParameter("me", me)
                    .setParameter("since", since)
                    .setMaxResults(MAX_COLLEAGUES)
                    .getResultList()) {
                colleagues.add(new HomeFeed.Colleague(
                        p.getId(),
                        new PersonName(
                                p.getPerson().getFamilyName(),
                                p.getPerson().getGivenName(),
                                p.getPerson().getFamilyNameKana(),
                                p.getPerson().getGivenNameKana()),
                        p.getDepartment().name(reader),
                        p.getJoinedAt().toLocalDate(),
                        p.isShowEmployer() ? p.getCurrentEmployer() : null));
            }
        }

        List<HomeFeed.ActiveSpace> active = spaces.spaces().stream()
                .filter(s -> s.lastActivity() != null && s.lastActivity().isAfter(since))
                .sorted(Comparator.comparing(SpaceSummary::lastActivity).reversed())
                .limit(MAX_SPACES)
                .map(s -> new HomeFeed.ActiveSpace(s.id(), s.name(reader), s.threads(), s.lastActivity()))
                .toList();

        List<jp.kizuna.alumni.opportunity.MatchedOpening> openings = board.matchingMe(reader);
        return new HomeFeed(
                news, events, openings.subList(0, Math.min(MAX_OPENINGS, openings.size())), colleagues, active);
    }
}
