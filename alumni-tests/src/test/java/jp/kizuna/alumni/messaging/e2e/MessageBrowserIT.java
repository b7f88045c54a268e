package jp.kizuna.alumni.messaging.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.Locale;
import jp.kizuna.alumni.consultation.EngageTestData;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ReceivedMail;
import jp.kizuna.alumni.it.TestMailbox;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.NetworkTestData;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A message thread through the real screens and the real Keycloak login: alumni.yamada writes to HR
 * on the portal, hr.admin finds it unread in the inbox, takes it and answers; the real SMTP server
 * in the test server receives the notification with the answer and the link to the thread; the
 * member reads the answer on the portal and the unread count goes back to zero. A test-only
 * application on the same database prepares the people and reads the mailbox.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MessageBrowserIT {

    static final String ANSWER = "ご連絡ありがとうございます。来週お電話します。";

    /** Set by the setup in the server's JVM, read there again by the mail check. */
    private static TestMailbox mailbox;

    private static String memberMail;

    @Deployment(name = "app", testable = false, order = 1)
    static EnterpriseArchive application() {
        return Deployments.fullApplication();
    }

    @Deployment(name = "setup", order = 2)
    static EnterpriseArchive setup() {
        EnterpriseArchive ear = TestMailbox.addedTo(Deployments.setupApplicationWith(
                "alumni-message-setup", MessageBrowserIT.class, NetworkTestData.class, EngageTestData.class));
        ear.getAsType(WebArchive.class, "alumni-test.war").addClass(ReceivedMail.class);
        return ear;
    }

    @Inject
    NetworkTestData network;

    @Inject
    EngageTestData data;

    @Test
    @Order(1)
    @OperateOnDeployment("setup")
    void anAlumnusAndHrExist() {
        AlumnusProfile yamada =
                network.member("alumni.yamada", "E2E-MSG", EnumSet.of(ConsentPurpose.NEWS_EVENTS), null, "山田", "太郎");
        memberMail = yamada.getPerson().getPersonalEmail();
        data.hrHost("hr-msg-" + yamada.getId() + "@example.co.jp", Locale.JAPANESE);
        mailbox = new TestMailbox();
    }

    @Test
    @Order(2)
    @RunAsClient
    @OperateOnDeployment("app")
    void theAlumnusWritesAndHrTakesAndAnswersTheThread() {
        MessageBrowserSteps.alumnusWritesToHr();
        MessageBrowserSteps.hrTakesAndAnswers(ANSWER);
    }

    @Test
    @Order(3)
    @OperateOnDeployment("setup")
    void theMembersMailboxHoldsTheAnswerAndTheLinkToTheThread() throws Exception {
        try {
            MimeMessage mail = ReceivedMail.awaitTo(mailbox, memberMail, 1).get(0);
            String text = ReceivedMail.textOf(mail);
            assertTrue(mail.getSubject().contains("人事部"), mail.getSubject());
            assertTrue(text.contains(ANSWER), text);
            assertTrue(text.contains("/link/portal/messages.xhtml/thread/"), text);
            assertFalse(text.contains("@"), "no address of anyone in the text: " + text);
        } finally {
            mailbox.close();
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    @OperateOnDeployment("app")
    void theAlumnusReadsTheAnswerAndNothingIsUnreadAnyMore() {
        MessageBrowserSteps.alumnusReads(ANSWER);
    }
}
