package jp.kizuna.alumni.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Locale;
import jp.kizuna.alumni.consultation.EngageTestData;
import jp.kizuna.alumni.it.AsAlumnus;
import jp.kizuna.alumni.it.AsHrAdmin;
import jp.kizuna.alumni.it.AsManager;
import jp.kizuna.alumni.it.AsOtherAlumnus;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ReceivedMail;
import jp.kizuna.alumni.it.TestMailbox;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.AlumnusProfiles;
import jp.kizuna.alumni.network.NetworkTestData;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.subjectaccess.PersonalDataReport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Messages as members, HR and a department network's administrator use them, with the notification
 * mails the real SMTP server receives: unread counts on both sides, assignment and closing, the
 * member's choice to keep message text out of mails, member-to-member messages only when both opted
 * in and never past a block, HR blind to member threads, subject access, erasure and retention.
 */
@ExtendWith(ArquillianExtension.class)
class MessagesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = TestMailbox.addedTo(
                Deployments.applicationWith(MessagesIT.class, NetworkTestData.class, EngageTestData.class));
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
    EngageTestData data;

    @Inject
    Messages messages;

    @Inject
    MessageRetention retention;

    @Inject
    AlumnusProfiles profiles;

    @Inject
    PersonalDataReport report;

    private AlumnusProfile member(String login, String family, String given) {
        return network.member(login, "MSG-DEV", EnumSet.of(ConsentPurpose.NEWS_EVENTS), null, family, given);
    }

    private static InboxEntry entry(java.util.List<InboxEntry> entries, long threadId) {
        return entries.stream()
                .filter(e -> e.thread().getId() == threadId)
                .findFirst()
                .orElse(null);
    }

    @Test
    void aThreadWithHrIsAssignedAnsweredWithAMailClosedAndOpenedAgainByTheMember() throws Exception {
        AlumnusProfile member = member("alumni.yamada", "山田", "太郎");
        String memberMail = member.getPerson().getPersonalEmail();
        String hrMail = "hr-msg-" + member.getId() + "@example.co.jp";
        data.hrHost(hrMail, Locale.JAPANESE);
        try (TestMailbox mailbox = new TestMailbox()) {
            MessageThread thread = yamada.call(() -> messages.startWithStaff(false, "復職について", "来春の復職は可能でしょうか。"));
            long id = thread.getId();
            InboxEntry inHrInbox = entry(hr.call(() -> messages.inbox(false)), id);
            assertEquals(1, inHrInbox.unread(), "HR has one unread message");
            assertNull(inHrInbox.thread().getAssigneeLogin());

            hr.run(() -> messages.assign(id, null));
            assertEquals("hr.admin", data.thread(id).getAssigneeLogin());
            InboxEntry opened = hr.call(() -> messages.open(id));
            assertEquals(MessageThread.Side.STAFF, opened.side());
            assertEquals(0, entry(hr.call(() -> messages.inbox(false)), id).unread(), "read once opened");

            hr.run(() -> messages.reply(id, "はい、ぜひ一度お話ししましょう。"));
            MimeMessage withText = ReceivedMail.awaitTo(mailbox, memberMail, 1).get(0);
            assertTrue(ReceivedMail.textOf(withText).contains("はい、ぜひ一度お話ししましょう。"), ReceivedMail.textOf(withText));
            assertTrue(ReceivedMail.textOf(withText).contains("/link/portal/messages.xhtml/thread/" + id));
            assertEquals(1, yamada.call(() -> messages.myUnreadCount()));
            yamada.run(() -> messages.open(id));
            assertEquals(0, yamada.call(() -> messages.myUnreadCount()));

            // The member keeps message text out of mails from now on.
            yamada.run(() -> messages.choose(false, false));
            hr.run(() -> messages.reply(id, "候補日は来週火曜です。"));
            MimeMessage withoutText =
                    ReceivedMail.awaitTo(mailbox, memberMail, 2).get(1);
            assertFalse(ReceivedMail.textOf(withoutText).contains("候補日"), ReceivedMail.textOf(withoutText));
            assertFalse(withoutText.getSubject().contains("復職"), "not even the subject: " + withoutText.getSubject());

            // The member answers: the assignee is told, with a link only.
            yamada.run(() -> messages.reply(id, "火曜で大丈夫です。"));
            MimeMessage toHr = ReceivedMail.awaitTo(mailbox, hrMail, 1).get(0);
            assertFalse(ReceivedMail.textOf(toHr).contains("火曜"), ReceivedMail.textOf(toHr));
            assertTrue(ReceivedMail.textOf(toHr).contains("/link/inbox/messages.xhtml/thread/" + id));

            hr.run(() -> messages.close(id));
            assertNull(entry(hr.call(() -> messages.inbox(false)), id), "closed threads leave the open inbox");
            assertEquals(
                    "messaging.thread.closed",
                    assertThrows(BusinessException.class, () -> hr.run(() -> messages.reply(id, "追伸")))
                            .getKey());
            yamada.run(() -> messages.reply(id, "もう一点質問があります。"));
            assertEquals(
                    MessageThread.Status.OPEN, data.thread(id).getStatus(), "the member's new message opens it again");
            assertEquals(5, data.thread(id).getMessages().size());
        }
    }

    @Test
    void aDepartmentNetworksAdministratorAnswersItsThreadsAndSeesNoOthers() throws Exception {
        AlumnusProfile member = member("alumni.yamada", "山田", "花子");
        String adminMail = "admin-" + member.getId() + "@example.co.jp";
        data.pilotWith(member.getId(), "manager.sato", adminMail);
        try (TestMailbox mailbox = new TestMailbox()) {
            long toNetwork = yamada.call(() -> messages.startWithStaff(true, "部署の同窓会", "次回の集まりはいつですか。"))
                    .getId();
            long toHr = yamada.call(() -> messages.startWithStaff(false, "人事への質問", "源泉徴収票の再発行について"))
                    .getId();
            MimeMessage told = ReceivedMail.awaitTo(mailbox, adminMail, 1).get(0);
            assertTrue(ReceivedMail.textOf(told).contains("/link/inbox/messages.xhtml/thread/" + toNetwork));
            java.util.List<InboxEntry> satoSees = sato.call(() -> messages.inbox(false));
            assertEquals(1, entry(satoSees, toNetwork).unread());
            assertNull(entry(satoSees, toHr), "a network's administrator does not see threads with HR");
            assertEquals(
                    "messaging.thread.unknown",
                    assertThrows(BusinessException.class, () -> sato.run(() -> messages.open(toHr)))
                            .getKey());
            sato.run(() -> messages.reply(toNetwork, "来月を予定しています。"));
            assertEquals(1, yamada.call(() -> messages.myUnreadCount()));
            assertTrue(
                    entry(hr.call(() -> messages.inbox(false)), toNetwork) != null,
                    "HR sees the network's threads too");
        }
    }

    @Test
    void membersWriteToEachOtherOnlyWhenBothOptedInAndNeverPastABlock() throws Exception {
        AlumnusProfile a = member("alumni.yamada", "山田", "一郎");
        AlumnusProfile b = member("alumni.smith", "Smith", "Anna");
        assertEquals(
                "messaging.member.not-opted-in",
                assertThrows(
                                BusinessException.class,
                                () -> yamada.run(() -> messages.startWithMember(b.getId(), "こんにちは", "お久しぶりです")))
                        .getKey());
        yamada.run(() -> messages.choose(true, true));
        assertEquals(
                "messaging.member.unreachable",
                assertThrows(
                                BusinessException.class,
                                () -> yamada.run(() -> messages.startWithMember(b.getId(), "こんにちは", "お久しぶりです")))
                        .getKey(),
                "the other member has not opted in");
        assertFalse(yamada.call(() -> messages.reachableMembers()).contains(b));
        smith.run(() -> messages.choose(true, true));
        assertTrue(yamada.call(() -> messages.reachableMembers()).contains(b));
        try (TestMailbox mailbox = new TestMailbox()) {
            long id = yamada.call(() -> messages.startWithMember(b.getId(), "こんにちは", "お久しぶりです"))
                    .getId();
            MimeMessage told = ReceivedMail.awaitTo(mailbox, b.getPerson().getPersonalEmail(), 1)
                    .get(0);
            assertTrue(ReceivedMail.textOf(told).contains("お久しぶりです"));
            assertEquals(1, smith.call(() -> messages.myUnreadCount()));
            smith.run(() -> messages.reply(id, "Nice to hear from you"));
            assertNull(entry(hr.call(() -> messages.inbox(true)), id), "HR does not read members' conversations");
            assertEquals(
                    "messaging.thread.unknown",
                    assertThrows(BusinessException.class, () -> hr.run(() -> messages.open(id)))
                            .getKey());

            smith.run(() -> messages.block(a.getId()));
            BusinessException blocked =
                    assertThrows(BusinessException.class, () -> yamada.run(() -> messages.reply(id, "また会いましょう")));
            assertEquals("messaging.member.unreachable", blocked.getKey());
            assertTrue(blocked.getMessage(Locale.JAPANESE).contains("送れません"));
            assertEquals(
                    "messaging.member.unreachable",
                    assertThrows(BusinessException.class, () -> smith.run(() -> messages.reply(id, "one more")))
                            .getKey(),
                    "a block stops both directions");
            assertFalse(yamada.call(() -> messages.reachableMembers()).contains(b));
            smith.run(() -> messages.unblock(a.getId()));
            yamada.run(() -> messages.reply(id, "また会いましょう"));
        }
    }

    @Test
    void subjectAccessShowsTheMessagesErasureRemovesThemAndRetentionSweepsOldThreads() throws Exception {
        AlumnusProfile member = member("alumni.yamada", "山田", "次郎");
        long id = yamada.call(() -> messages.startWithStaff(false, "住所変更", "引っ越しました。"))
                .getId();
        hr.run(() -> messages.reply(id, "承知しました。"));
        JsonObject copy = yamada.call(() -> report.mine());
        JsonArray threads = copy.getJsonArray("messages");
        assertEquals(1, threads.size());
        assertEquals("住所変更", threads.getJsonObject(0).getString("subject"));
        assertEquals("HR", threads.getJsonObject(0).getString("with"));
        assertEquals(2, threads.getJsonObject(0).getJsonArray("messages").size());
        assertEquals(
                "引っ越しました。",
                threads.getJsonObject(0)
                        .getJsonArray("messages")
                        .getJsonObject(0)
                        .getString("text"));

        yamada.run(() -> profiles.eraseMe());
        assertNull(data.thread(id), "erased with the member");
        assertEquals(0, data.count("select count(m) from ThreadMessage m where m.thread.id = :p", id));

        AlumnusProfile other = member("alumni.yamada", "山田", "三郎");
        long old = yamada.call(() -> messages.startWithStaff(false, "古い相談", "以前の件です。"))
                .getId();
        long recent = yamada.call(() -> messages.startWithStaff(false, "新しい相談", "最近の件です。"))
                .getId();
        data.lastMessageAt(old, LocalDateTime.now().minusMonths(25));
        MessageRetention.Sweep sweep = hr.call(() -> retention.sweep());
        assertTrue(sweep.threads() >= 1);
        assertNull(data.thread(old), "no message for longer than 24 months: erased");
        assertTrue(data.thread(recent) != null, "a recent thread stays");
        assertEquals(0, hr.call(() -> retention.sweep()).threads(), "a second sweep finds nothing left");
        assertTrue(other.getId() > 0);
    }
}
