package jp.kizuna.alumni.consultation.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Locale;
import jp.kizuna.alumni.consultation.EngageTestData;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ReceivedMail;
import jp.kizuna.alumni.it.TestMailbox;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.NetworkTestData;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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
 * A casual consultation through the real screens and the real Keycloak login: alumni.yamada asks
 * for a conversation on the portal, hr.admin offers a time in the pipeline, the alumnus picks it,
 * both see it agreed, and both mailboxes (the real SMTP server in the test server) hold the
 * calendar invite for that moment. A test-only application on the same database prepares the
 * people and reads the mailboxes.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationBrowserIT {

    static final String PLACE = "本社 12F 面談室 / Teams";

    /** Three days ahead at 10:00 in the company's zone; both JVMs compute the same value within a run. */
    static java.time.LocalDateTime slotStart() {
        ZoneId company = ZoneId.of(System.getenv().getOrDefault("ALUMNI_TIME_ZONE", "Asia/Tokyo"));
        return java.time.LocalDateTime.now(company)
                .truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                .plusDays(3)
                .withHour(10);
    }

    /** Set by the setup in the server's JVM, read there again by the mail check. */
    private static TestMailbox mailbox;

    private static String memberMail;
    private static String hostMail;

    @Deployment(name = "app", testable = false, order = 1)
    static EnterpriseArchive application() {
        return Deployments.fullApplication();
    }

    @Deployment(name = "setup", order = 2)
    static EnterpriseArchive setup() {
        EnterpriseArchive ear = TestMailbox.addedTo(Deployments.setupApplicationWith(
                "alumni-consultation-setup", ConsultationBrowserIT.class, NetworkTestData.class, EngageTestData.class));
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
    void anAlumnusAndAnHrHostExist() {
        AlumnusProfile yamada =
                network.member("alumni.yamada", "E2E-CONS", EnumSet.of(ConsentPurpose.REHIRE_OFFERS), null, "山田", "太郎");
        memberMail = yamada.getPerson().getPersonalEmail();
        hostMail = "hr-host-" + yamada.getId() + "@example.co.jp";
        data.hrHost(hostMail, Locale.JAPANESE);
        mailbox = new TestMailbox();
    }

    @Test
    @Order(2)
    @RunAsClient
    @OperateOnDeployment("app")
    void theAlumnusAsksHrOffersTheAlumnusPicksAndBothSeeIt() {
        ConsultationBrowserSteps.alumnusAsks();
        ConsultationBrowserSteps.hrOffersATime();
        ConsultationBrowserSteps.alumnusPicksTheTime();
        ConsultationBrowserSteps.hrSeesItAgreed();
    }

    @Test
    @Order(3)
    @OperateOnDeployment("setup")
    void bothMailboxesHoldTheInviteForThatMoment() throws Exception {
        try {
            ZoneId company = ZoneId.of(System.getenv().getOrDefault("ALUMNI_TIME_ZONE", "Asia/Tokyo"));
            for (String address : new String[] {memberMail, hostMail}) {
                MimeMessage mail = ReceivedMail.awaitTo(
                                mailbox, address, 1, m -> ReceivedMail.calendarOrNull(m) != null)
                        .get(0);
                assertTrue(mail.getSubject().contains("カジュアル面談"), mail.getSubject());
                Calendar invite = ReceivedMail.calendarOf(mail);
                assertEquals(
                        "REQUEST",
                        invite.getProperty(Property.METHOD).orElseThrow().getValue());
                VEvent meeting = (VEvent) invite.getComponent("VEVENT").orElseThrow();
                ZonedDateTime start =
                        ((ZonedDateTime) meeting.getDateTimeStart().getDate()).withZoneSameInstant(company);
                assertEquals(slotStart(), start.toLocalDateTime(), "the time HR typed, in the company's zone");
                assertEquals(
                        PLACE,
                        meeting.getProperty(Property.LOCATION).orElseThrow().getValue());
            }
        } finally {
            mailbox.close();
        }
    }
}
