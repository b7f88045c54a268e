package jp.kizuna.alumni.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.consultation.EngageTestData;
import jp.kizuna.alumni.it.AsAlumnus;
import jp.kizuna.alumni.it.AsHrAdmin;
import jp.kizuna.alumni.it.AsManager;
import jp.kizuna.alumni.it.AsOtherAlumnus;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ReceivedMail;
import jp.kizuna.alumni.it.TestMailbox;
import jp.kizuna.alumni.network.AlumniNetwork;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.AlumnusProfiles;
import jp.kizuna.alumni.network.NetworkTestData;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.subjectaccess.PersonalDataReport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Spaces as members, HR and a department network's administrator use them: who reads which space,
 * posts kept exactly as written (emoji, characters outside the BMP, line breaks, the longest allowed
 * text) with a typed refusal beyond the limit, reports, hiding and bans by the right moderators with
 * audit entries, the digest mail the real SMTP server receives, subject access, erasure and retention.
 */
@ExtendWith(ArquillianExtension.class)
class SpacesIT {

    /** Emoji, a character outside the BMP (𠮷), a combining sequence, leading spaces and line breaks. */
    static final String ODD_BODY = "  久しぶりに集まりませんか？🍻🎉\n𠮷野家で 👨‍👩‍👧 も歓迎です。\n\n  (予定は未定)";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = TestMailbox.addedTo(Deployments.applicationWith(
                SpacesIT.class, NetworkTestData.class, EngageTestData.class, SpaceTestData.class));
        ear.getAsType(WebArchive.class, "alumni-test.war")
                .addClass(ReceivedMail.class)
                .addClass(AsOtherAlumnus.class);
        return ear;
    }

    @EJB
    AsHrAdmin hr;

    @EJB
    AsAlumnus yamada;

    @EJB
    AsOtherAlumnus smith;

    @EJB
    AsManager sato;

    @Inject
    NetworkTestData network;

    @Inject
    EngageTestData engage;

    @Inject
    SpaceTestData data;

    @Inject
    Spaces spaces;

    @Inject
    SpaceDigests digests;

    @Inject
    SpaceRetention retention;

    @Inject
    AlumnusProfiles profiles;

    @Inject
    PersonalDataReport report;

    private AlumnusProfile member(String login, String family, String given) {
        return network.member(login, "SPC-DEV", EnumSet.of(ConsentPurpose.NEWS_EVENTS), null, family, given);
    }

    private static SpaceSummary space(List<SpaceSummary> list, String networkCode) {
        return list.stream()
                .filter(s -> s.kind() == Space.Kind.NETWORK && s.networkCode().equals(networkCode))
                .findFirst()
                .orElse(null);
    }

    private static SpaceView.Thread thread(SpaceView view, long firstPostId) {
        return view.threads().stream()
                .filter(t -> t.first().id() == firstPostId)
                .findFirst()
                .orElseThrow();
    }

    private static String key(Executable call) {
        return assertThrows(BusinessException.class, call).getKey();
    }

    @Test
    void membersReadTheirNetworksSpacesOnlyAndPostsStayExactlyAsWritten() throws Exception {
        data.companyNetwork();
        AlumnusProfile a = member("alumni.yamada", "山田", "一郎");
        AlumnusProfile b = member("alumni.smith", "Smith", "Anna");
        AlumniNetwork pilot = engage.pilotWith(a.getId(), "manager.sato", "sato-" + a.getId() + "@example.co.jp");

        List<SpaceSummary> yamadaSees = yamada.call(() -> spaces.spaces());
        SpaceSummary company = space(yamadaSees, AlumniNetwork.COMPANY_WIDE);
        SpaceSummary pilotSpace = space(yamadaSees, pilot.getCode());
        assertNotNull(company, "a member reads the company-wide space");
        assertNotNull(pilotSpace, "and the space of their department network");
        assertEquals("Test department network", pilotSpace.name(Locale.ENGLISH));
        List<SpaceSummary> smithSees = smith.call(() -> spaces.spaces());
        assertNotNull(space(smithSees, AlumniNetwork.COMPANY_WIDE));
        assertNull(space(smithSees, pilot.getCode()), "another department's network space is not listed");
        assertEquals("space.space.unknown", key(() -> smith.run(() -> spaces.open(pilotSpace.id()))));
        assertEquals("space.space.unknown", key(() -> smith.run(() -> spaces.post(pilotSpace.id(), "こんにちは"))));
        List<SpaceSummary> satoSees = sato.call(() -> spaces.spaces());
        assertNotNull(space(satoSees, pilot.getCode()), "the pilot's administrator reads its space");
        assertNull(space(satoSees, AlumniNetwork.COMPANY_WIDE), "but not the company-wide one");

        PostView first = yamada.call(() -> spaces.post(company.id(), ODD_BODY));
        PostView answer = hr.call(() -> spaces.reply(first.id(), "ぜひ！場所は本社でも👍"));
        SpaceView seen = smith.call(() -> spaces.open(company.id()));
        SpaceView.Thread t = thread(seen, first.id());
        assertEquals(ODD_BODY, t.first().body(), "not a character changed, leading spaces included");
        assertEquals("山田 一郎", t.first().authorName());
        assertFalse(t.first().staff());
        assertEquals(1, t.replies().size());
        assertEquals("ぜひ！場所は本社でも👍", t.replies().get(0).body());
        assertTrue(t.replies().get(0).staff(), "HR's reply shows as staff");
        assertEquals(answer.id(), t.replies().get(0).id());
        smith.run(() -> spaces.reply(first.id(), "I'm in! 🙌"));
        assertEquals(
                2,
                thread(yamada.call(() -> spaces.open(company.id())), first.id())
                        .replies()
                        .size());

        // The longest post: 4000 characters as people count them, each one an emoji (8000 UTF-16 units).
        String longest = "😀".repeat(SpacePost.MAX_BODY);
        PostView kept = yamada.call(() -> spaces.post(company.id(), longest));
        assertEquals(longest, data.post(kept.id()).getBody());
        BusinessException tooLong = assertThrows(
                BusinessException.class, () -> yamada.run(() -> spaces.post(company.id(), longest + "😀")));
        assertEquals("space.body.too-long", tooLong.getKey());
        assertTrue(
                tooLong.getMessage(Locale.JAPANESE).contains("4,000")
                        && tooLong.getMessage(Locale.JAPANESE).contains("4,001"),
                tooLong.getMessage(Locale.JAPANESE));
        assertTrue(tooLong.getMessage(Locale.ENGLISH).contains("up to 4,000"), tooLong.getMessage(Locale.ENGLISH));
        assertEquals("space.body.required", key(() -> yamada.run(() -> spaces.post(company.id(), " \n\t "))));

        // A topic space HR opens in the pilot: only the pilot's members read it, named in their language.
        SpaceSummary topic = hr.call(() -> spaces.openTopic(pilot.getCode(), "転職相談", "Career talk"));
        assertTrue(yamada.call(() -> spaces.spaces()).stream().anyMatch(s -> s.id() == topic.id()));
        assertFalse(smith.call(() -> spaces.spaces()).stream().anyMatch(s -> s.id() == topic.id()));
        assertEquals("space.name.required", key(() -> hr.run(() -> spaces.openTopic(null, " ", ""))));
        assertEquals("space.space.unknown", key(() -> yamada.run(() -> spaces.open(Long.MAX_VALUE))));
    }

    @Test
    void membersReportAndTheNetworksModeratorsHideAndBanWithAuditEntries() throws Exception {
        data.companyNetwork();
        AlumnusProfile a = member("alumni.yamada", "山田", "二郎");
        AlumnusProfile b = member("alumni.smith", "Smith", "Ben");
        long company = space(hr.call(() -> spaces.spaces()), AlumniNetwork.COMPANY_WIDE)
                .id();
        PostView rude = smith.call(() -> spaces.post(company, "買ってください！ http://spam.example 💰"));

        assertEquals("space.report.own-post", key(() -> smith.run(() -> spaces.report(rude.id(), "間違い"))));
        assertEquals("space.reason.required", key(() -> yamada.run(() -> spaces.report(rude.id(), "  "))));
        yamada.run(() -> spaces.report(rude.id(), "宣伝です"));
        assertEquals("space.report.already", key(() -> yamada.run(() -> spaces.report(rude.id(), "宣伝です"))));
        ReportedPost reported = hr.call(() -> spaces.openReports()).stream()
                .filter(r -> r.post().id() == rude.id())
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("宣伝です"), reported.reasons());

        // A department network's administrator does not moderate the company-wide space.
        engage.pilotWith(a.getId(), "manager.sato", "sato-m-" + a.getId() + "@example.co.jp");
        assertTrue(sato.call(() -> spaces.openReports()).stream()
                .noneMatch(r -> r.post().id() == rude.id()));
        assertEquals("space.post.unknown", key(() -> sato.run(() -> spaces.hide(rude.id(), "宣伝"))));

        assertEquals("space.reason.required", key(() -> hr.run(() -> spaces.hide(rude.id(), ""))));
        hr.run(() -> spaces.hide(rude.id(), "宣伝のため"));
        PostView asMemberSees =
                thread(yamada.call(() -> spaces.open(company)), rude.id()).first();
        assertTrue(asMemberSees.hidden());
        assertNull(asMemberSees.body(), "members no longer see the text");
        assertNull(asMemberSees.hiddenReason());
        PostView asModeratorSees =
                thread(hr.call(() -> spaces.open(company)), rude.id()).first();
        assertEquals("買ってください！ http://spam.example 💰", asModeratorSees.body());
        assertEquals("宣伝のため", asModeratorSees.hiddenReason());
        assertTrue(
                hr.call(() -> spaces.openReports()).stream()
                        .noneMatch(r -> r.post().id() == rude.id()),
                "hiding settles the reports");
        assertEquals("space.post.closed", key(() -> yamada.run(() -> spaces.reply(rude.id(), "返信"))));
        assertTrue(network.audit("SpacePost", rude.id()).stream()
                .anyMatch(e -> e.getAction() == AuditEntry.Action.UPDATE
                        && e.getDetail().contains("宣伝のため")
                        && "hr.admin".equals(e.getActor())));

        hr.run(() -> spaces.ban(company, b.getId(), "繰り返しの宣伝"));
        BusinessException banned =
                assertThrows(BusinessException.class, () -> smith.run(() -> spaces.post(company, "また来ました")));
        assertEquals("space.member.banned", banned.getKey());
        assertTrue(banned.getMessage(Locale.JAPANESE).contains("停止"), banned.getMessage(Locale.JAPANESE));
        assertTrue(smith.call(() -> spaces.open(company)).banned(), "a banned member still reads the space");
        assertEquals(
                1,
                hr.call(() -> spaces.bans(company)).stream()
                        .filter(x -> x.getMember().equals(b))
                        .count());
        hr.run(() -> spaces.lift(company, b.getId()));
        smith.run(() -> spaces.post(company, "ルールを守ります。"));
        List<AuditEntry> spaceAudit = network.audit("Space", company);
        assertTrue(spaceAudit.stream().anyMatch(e -> e.getDetail().contains("banned: 繰り返しの宣伝")));
        assertTrue(spaceAudit.stream().anyMatch(e -> e.getDetail().contains("lifted")));

        // The pilot's administrator moderates the pilot's space.
        long pilot = sato.call(() -> spaces.spaces()).stream()
                .filter(s -> s.kind() == Space.Kind.NETWORK)
                .findFirst()
                .orElseThrow()
                .id();
        PostView inPilot = yamada.call(() -> spaces.post(pilot, "部署の皆さん、お元気ですか"));
        sato.run(() -> spaces.hide(inPilot.id(), "個人情報を含むため"));
        assertTrue(thread(yamada.call(() -> spaces.open(pilot)), inPilot.id())
                .first()
                .hidden());
    }

    @Test
    void aMemberWhoAskedForADailyDigestGetsWhatOthersWroteInTheirSpaces() throws Exception {
        data.companyNetwork();
        AlumnusProfile a = member("alumni.yamada", "山田", "三郎");
        member("alumni.smith", "Smith", "Cara");
        long company = space(yamada.call(() -> spaces.spaces()), AlumniNetwork.COMPANY_WIDE)
                .id();
        assertEquals(DigestChoice.Frequency.NONE, yamada.call(() -> spaces.myDigest()));
        yamada.run(() -> spaces.chooseDigest(DigestChoice.Frequency.DAILY));
        assertEquals(DigestChoice.Frequency.DAILY, yamada.call(() -> spaces.myDigest()));
        data.lastDigestAt(a.getId(), LocalDateTime.now().minusDays(1).minusMinutes(5));

        smith.run(() -> spaces.post(company, ODD_BODY));
        String longText = "長".repeat(SpaceDigests.EXCERPT) + "ここは切れる";
        smith.run(() -> spaces.post(company, longText));
        hr.run(() -> spaces.post(company, "人事部より: 来月の交流会のお知らせです。"));
        // Marked with the member's id: earlier runs on the same database wrote the same words.
        String own = "自分の投稿はダイジェストに入らない " + a.getId();
        String hiddenText = "非表示になる投稿 " + a.getId();
        yamada.run(() -> spaces.post(company, own));
        PostView hidden = smith.call(() -> spaces.post(company, hiddenText));
        hr.run(() -> spaces.hide(hidden.id(), "テスト"));

        try (TestMailbox mailbox = new TestMailbox()) {
            SpaceDigests.Run run = hr.call(() -> digests.sendDue());
            assertTrue(run.mailed() >= 1, "mailed " + run);
            MimeMessage digest = ReceivedMail.awaitTo(mailbox, a.getPerson().getPersonalEmail(), 1)
                    .get(0);
            // SMTP carries line ends as CRLF; the words in between are what matters.
            String text = ReceivedMail.textOf(digest).replace("\r\n", "\n");
            assertTrue(digest.getSubject().contains("コミュニティ"), digest.getSubject());
            assertTrue(text.contains(ODD_BODY), text);
            assertTrue(text.contains("人事部より: 来月の交流会のお知らせです。"), text);
            assertTrue(text.contains("長".repeat(SpaceDigests.EXCERPT) + "…"), "a long post is cut visibly");
            assertFalse(text.contains("ここは切れる"));
            assertFalse(text.contains(own), "not the member's own posts");
            assertFalse(text.contains(hiddenText), "not hidden posts");
            assertTrue(text.contains("/link/portal/spaces.xhtml/space/" + company), text);
        }
        LocalDateTime sent = data.lastDigestOf(a.getId());
        assertTrue(sent.isAfter(LocalDateTime.now().minusMinutes(5)), "the digest is recorded as sent: " + sent);
        hr.call(() -> digests.sendDue());
        assertEquals(sent, data.lastDigestOf(a.getId()), "not due again the same day");
    }

    @Test
    void subjectAccessShowsTheMembersPostsErasureTakesTheirWordsAndRetentionSweepsOldThreads() throws Exception {
        data.companyNetwork();
        AlumnusProfile a = member("alumni.yamada", "山田", "四郎");
        member("alumni.smith", "Smith", "Dan");
        long company = space(yamada.call(() -> spaces.spaces()), AlumniNetwork.COMPANY_WIDE)
                .id();
        PostView first = yamada.call(() -> spaces.post(company, ODD_BODY));
        smith.run(() -> spaces.reply(first.id(), "Count me in"));
        yamada.run(() -> spaces.reply(first.id(), "ありがとう🙏"));
        PostView hiddenOne = yamada.call(() -> spaces.post(company, "消される投稿"));
        hr.run(() -> spaces.hide(hiddenOne.id(), "不適切な表現"));

        JsonObject copy = yamada.call(() -> report.mine());
        JsonArray posts = copy.getJsonArray("spacePosts");
        assertEquals(3, posts.size(), posts.toString());
        assertEquals(ODD_BODY, posts.getJsonObject(0).getString("text"));
        assertEquals("thread", posts.getJsonObject(0).getString("kind"));
        assertEquals("reply", posts.getJsonObject(1).getString("kind"));
        assertEquals("不適切な表現", posts.getJsonObject(2).getString("hiddenByModerator"));
        assertFalse(posts.toString().contains("Count me in"), "other members' words are theirs");

        yamada.run(() -> profiles.eraseMe());
        SpacePost erased = data.post(first.id());
        assertNotNull(erased.getErasedAt());
        assertNull(erased.getBody());
        assertNull(erased.getAuthorName());
        assertEquals(0, data.count("select count(p) from SpacePost p where p.author.id = :p", a.getId()));
        SpaceView.Thread stays = thread(smith.call(() -> spaces.open(company)), first.id());
        assertTrue(stays.first().erased());
        assertEquals(2, stays.replies().size(), "the replies of others keep their thread");
        assertEquals("Count me in", stays.replies().get(0).body());
        assertTrue(stays.replies().get(1).erased());

        PostView old = smith.call(() -> spaces.post(company, "古いスレッド"));
        smith.run(() -> spaces.reply(old.id(), "古い返信"));
        PostView recent = smith.call(() -> spaces.post(company, "新しいスレッド"));
        data.lastActivityAt(old.id(), LocalDateTime.now().minusMonths(25));
        SpaceRetention.Sweep sweep = hr.call(() -> retention.sweep());
        assertTrue(sweep.threads() >= 1);
        assertNull(data.post(old.id()), "no post for longer than 24 months: erased");
        assertEquals(0, data.count("select count(p) from SpacePost p where p.parent.id = :p", old.id()));
        assertNotNull(data.post(recent.id()), "a recent thread stays");
    }
}
