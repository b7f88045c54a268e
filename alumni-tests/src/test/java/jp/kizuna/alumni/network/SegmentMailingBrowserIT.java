package jp.kizuna.alumni.network;

import jakarta.inject.Inject;
import java.util.EnumSet;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HR sends a segment mail through the outreach screen: the page says how many members the mail
 * will reach and asks before sending, a test mail goes to HR alone, a segment nobody consented
 * for is said as such (never "sent"), and the members get the mail from a real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SegmentMailingBrowserIT {

    static final String DEPARTMENT = "E2E-MAIL";
    static final String EMPTY_DEPARTMENT = "E2E-NOBODY";
    static final String HR_ADDRESS = "hr-admin-e2e@example.co.jp";
    static final String NOMINEE_FAMILY = "大使";
    static final String NOMINEE_GIVEN = "推薦子";

    @Deployment(name = "app", testable = false, order = 1)
    static EnterpriseArchive application() {
        return Deployments.fullApplication();
    }

    @Deployment(name = "setup", order = 2)
    static EnterpriseArchive setup() {
        return Deployments.setupApplicationWith(
                "alumni-mailing-setup", SegmentMailingBrowserIT.class, NetworkTestData.class);
    }

    @Inject
    NetworkTestData data;

    /** Two members with the news consent, one without; the application's mail goes to the test's SMTP server. */
    @Test
    @Order(1)
    @OperateOnDeployment("setup")
    void membersWithAndWithoutTheConsentExist() {
        data.withdrawConsentsIn(DEPARTMENT, ConsentPurpose.NEWS_EVENTS);
        data.member(null, DEPARTMENT, EnumSet.of(ConsentPurpose.NEWS_EVENTS, ConsentPurpose.DIRECTORY), null);
        data.member(null, DEPARTMENT, EnumSet.of(ConsentPurpose.NEWS_EVENTS), null);
        data.member(null, DEPARTMENT, EnumSet.of(ConsentPurpose.DIRECTORY), null);
        data.department(EMPTY_DEPARTMENT);
        data.member(null, DEPARTMENT, EnumSet.of(ConsentPurpose.DIRECTORY), null, NOMINEE_FAMILY, NOMINEE_GIVEN);
        data.staff("hr.admin", HR_ADDRESS);
        int port = SegmentMailingBrowserSteps.SMTP_BASE + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        System.setProperty("alumni.smtp.host", "127.0.0.1");
        System.setProperty("alumni.smtp.port", String.valueOf(port));
    }

    @Test
    @Order(2)
    @RunAsClient
    @OperateOnDeployment("app")
    void hrSeesTheCountConfirmsAndTheMembersGetTheMail() throws Exception {
        SegmentMailingBrowserSteps.hrSeesTheCountConfirmsAndTheMembersGetTheMail();
    }

    /** HR names an ambassador by picking the member by name, not by typing a profile number. */
    @Test
    @Order(3)
    @RunAsClient
    @OperateOnDeployment("app")
    void hrPicksAnAmbassadorByName() throws Exception {
        SegmentMailingBrowserSteps.hrPicksAnAmbassadorByName();
    }

    @Test
    @Order(4)
    @OperateOnDeployment("setup")
    void theServerSendsMailWhereItDidBefore() {
        System.clearProperty("alumni.smtp.host");
        System.clearProperty("alumni.smtp.port");
    }
}
