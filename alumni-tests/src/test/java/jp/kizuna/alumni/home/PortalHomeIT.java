package jp.kizuna.alumni.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.kizuna.alumni.event.AlumniEvent;
import jp.kizuna.alumni.event.EventCalendar;
import jp.kizuna.alumni.it.AsAlumnus;
import jp.kizuna.alumni.it.AsOtherAlumnus;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.BilingualText;
import jp.kizuna.alumni.network.NetworkTestData;
import jp.kizuna.alumni.network.Openness;
import jp.kizuna.alumni.network.Outreach;
import jp.kizuna.alumni.network.ProfileChange;
import jp.kizuna.alumni.opportunity.MatchedOpening;
import jp.kizuna.alumni.opportunity.Opportunity;
import jp.kizuna.alumni.opportunity.OpportunityBoard;
import jp.kizuna.alumni.opportunity.OpportunityKind;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The portal home as two members of the same former department see it, in the real application on
 * the real database: openings that fit them (and not those that do not, or are closed), events in
 * their language with the online link only for a seat, news in their language, and colleagues who
 * joined — never one without DIRECTORY consent, one who joined long ago, one from another
 * department, or themselves; an employer only where its owner shows it.
 */
class PortalHomeIT extends ServiceTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(PortalHomeIT.class, NetworkTestData.class, AsOtherAlumnus.class);
    }

    @EJB
    AsAlumnus yamada;

    @EJB
    AsOtherAlumnus smith;

    @Inject
    NetworkTestData data;

    @Inject
    PortalHome home;

    @Inject
    OpportunityBoard board;

    @Inject
    EventCalendar calendar;

    @Inject
    Outreach outreach;

    private static ProfileChange profile(
            String employer, List<String> skills, EnumSet<Openness> openTo, boolean showEmployer) {
        return new ProfileChange(
                employer, "課長", "東京", null, null, skills, openTo, showEmployer, true, true, true, false);
    }

    @Test
    void eachMemberSeesWhatIsNewForThemAndNothingTheyMustNot() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String department = "FEED-" + key;
        String other = "FEEDX-" + key;
        // A skill nobody else in the database has, so only this test's openings can name it.
        String skill = "feed" + key.toLowerCase(Locale.ROOT); // skills are kept in lower case

        // alumni.yamada: not listed in the directory (no DIRECTORY consent), not open to side jobs.
        AlumnusProfile me = data.member(
                "alumni.yamada",
                department,
                EnumSet.of(ConsentPurpose.NEWS_EVENTS),
                profile("山田商事", List.of(skill), EnumSet.noneOf(Openness.class), true),
                "山田",
                "太郎");
        // alumni.smith: listed, employer shown.
        AlumnusProfile smithProfile = data.member(
                "alumni.smith",
                department,
                EnumSet.of(ConsentPurpose.DIRECTORY, ConsentPurpose.NEWS_EVENTS),
                profile("Smith Trading", List.of("English"), EnumSet.of(Openness.SIDE_JOB), true),
                "Smith",
                "John");
        // Listed, employer hidden.
        AlumnusProfile quiet = data.member(
                null,
                department,
                EnumSet.of(ConsentPurpose.DIRECTORY),
                profile("非公開株式会社", List.of(), EnumSet.noneOf(Openness.class), false),
                "静香",
                "花子");
        // Joined, but did not agree to the directory.
        AlumnusProfile unlisted = data.member(
                null,
                department,
                EnumSet.of(ConsentPurpose.NEWS_EVENTS),
                profile("見えない商事", List.of(), EnumSet.noneOf(Openness.class), true),
                "隠田",
                "次郎");
        // Listed, but joined long before "recently".
        AlumnusProfile longAgo = data.member(
                null,
                department,
                EnumSet.of(ConsentPurpose.DIRECTORY),
                profile("古参商事", List.of(), EnumSet.noneOf(Openness.class), true),
                "古田",
                "三郎");
        data.sql(
                "update alumnus_profile set joined_at = ? where id = ?",
                LocalDateTime.now().minusDays(PortalHome.RECENT_DAYS + 30),
                longAgo.getId());
        // Listed and recent, but from another department.
        AlumnusProfile elsewhere = data.member(
                null,
                other,
                EnumSet.of(ConsentPurpose.DIRECTORY),
                profile("他部署商事", List.of(), EnumSet.noneOf(Openness.class), true),
                "他田",
                "四郎");

        Opportunity fits = hrAdmin.call(() -> board.post(
                OpportunityKind.REHIRE,
                "Feed " + key + " リーダー",
                skill + " の経験を活かせるチームリーダー",
                department,
                "東京本社",
                LocalDate.now().plusMonths(1)));
        Opportunity sideJob = hrAdmin.call(
                () -> board.post(OpportunityKind.SIDE_JOB, "Feed " + key + " 副業", "週一日の相談役", null, "リモート", null));
        Opportunity closed = hrAdmin.call(() -> board.post(
                OpportunityKind.REHIRE, "Feed " + key + " 締切済み", skill + " を使う募集（締切済み）", department, "大阪", null));
        hrAdmin.run(() -> board.close(closed.getId()));

        // In the company's zone (the server's clock), soon, so it is among the first upcoming events.
        LocalDateTime startsAt = LocalDateTime.now(java.time.ZoneId.of("Asia/Tokyo"))
                .plusMinutes(30)
                .truncatedTo(ChronoUnit.MINUTES);
        String link = "https://meet.example.com/feed-" + key.toLowerCase(Locale.ROOT);
        AlumniEvent event = hrAdmin.call(() -> calendar.schedule(
                "交流会 " + key, "元同僚の集まり", "Reunion " + key, "Former colleagues meet", startsAt, "本社 10F", link, 30));
        hrAdmin.call(() ->
                outreach.publishNews(new BilingualText("お知らせ " + key, "本文 " + key, "News " + key, "Body " + key)));
        yamada.call(() -> calendar.attend(event.getId()));

        HomeFeed mine = yamada.call(() -> home.feed(Locale.JAPANESE));

        List<Long> openings =
                mine.openings().stream().map(MatchedOpening::opportunityId).toList();
        assertTrue(openings.contains(fits.getId()), "the opening naming her skill: " + mine.openings());
        assertFalse(openings.contains(sideJob.getId()), "a side job she is not open to and that names nothing of hers");
        assertFalse(openings.contains(closed.getId()), "a closed opening");
        MatchedOpening match = mine.openings().stream()
                .filter(o -> o.opportunityId() == fits.getId())
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(skill), match.reasons().skills());
        assertTrue(match.reasons().formerDepartment());
        assertEquals(skill, match.skillsNamed());

        HomeFeed.Event seen = mine.events().stream()
                .filter(e -> e.id() == event.getId())
                .findFirst()
                .orElseThrow();
        assertEquals("交流会 " + key, seen.title());
        assertEquals("GOING", seen.answer());
        assertEquals(link, seen.onlineUrl(), "a member with a seat gets the link");
        assertEquals("お知らせ " + key, mine.news().get(0).title());

        List<String> colleagues = mine.colleagues().stream()
                .map(c -> c.name().display(Locale.JAPANESE))
                .toList();
        assertTrue(
                mine.colleagues().stream().anyMatch(c -> c.profileId() == smithProfile.getId()),
                "smith joined and is listed: " + colleagues);
        assertEquals(
                "Smith Trading",
                mine.colleagues().stream()
                        .filter(c -> c.profileId() == smithProfile.getId())
                        .findFirst()
                        .orElseThrow()
                        .employer(),
                "an employer its owner shows");
        assertTrue(colleagues.contains("静香 花子"), colleagues.toString());
        assertFalse(colleagues.contains("隠田 次郎"), "no DIRECTORY consent");
        assertFalse(colleagues.contains("古田 三郎"), "joined long ago");
        assertFalse(colleagues.contains("他田 四郎"), "another department");
        assertFalse(colleagues.contains("山田 太郎"), "not herself");
        HomeFeed.Colleague hidden = mine.colleagues().stream()
                .filter(c -> c.profileId() == quiet.getId())
                .findFirst()
                .orElseThrow();
        assertNull(hidden.employer(), "an employer its owner does not show");
        assertEquals("部署" + department, hidden.department());
        assertFalse(mine.colleagues().stream()
                .anyMatch(c -> c.profileId() == unlisted.getId() || c.profileId() == elsewhere.getId()));

        // alumni.smith reads in English, has no seat, and does not see yamada, who is not listed.
        HomeFeed theirs = smith.call(() -> home.feed(Locale.ENGLISH));
        HomeFeed.Event english = theirs.events().stream()
                .filter(e -> e.id() == event.getId())
                .findFirst()
                .orElseThrow();
        assertEquals("Reunion " + key, english.title());
        assertEquals("Former colleagues meet", english.description());
        assertNull(english.answer());
        assertNull(english.onlineUrl(), "no seat, no link");
        assertEquals("News " + key, theirs.news().get(0).title());
        assertFalse(theirs.colleagues().stream().anyMatch(c -> c.profileId() == me.getId()), "yamada is not listed");
        assertTrue(theirs.colleagues().stream().anyMatch(c -> c.profileId() == quiet.getId()));
        // The side job names nothing of smith's but smith is open to side jobs: it fits, for that reason.
        MatchedOpening forSmith = theirs.openings().stream()
                .filter(o -> o.opportunityId() == sideJob.getId())
                .findFirst()
                .orElse(null);
        if (forSmith != null) { // only five openings are shown; others in the database may rank as high
            assertTrue(forSmith.reasons().openToKind());
        }
        assertFalse(
                theirs.openings().stream().anyMatch(o -> o.opportunityId() == fits.getId()),
                "a rehire naming none of smith's skills, smith not open to rehire");

        // Withdrawing DIRECTORY consent takes smith out of yamada's feed at once.
        data.withdrawConsentsIn(department, ConsentPurpose.DIRECTORY);
        HomeFeed after = yamada.call(() -> home.feed(Locale.JAPANESE));
        assertTrue(after.colleagues().isEmpty(), after.colleagues().toString());

        assertNotNull(mine.spaces());
        assertThrows(EJBAccessException.class, () -> employee.call(() -> home.feed(Locale.JAPANESE)));
    }
}
