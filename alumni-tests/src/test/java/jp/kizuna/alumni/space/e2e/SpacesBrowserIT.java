package jp.kizuna.alumni.space.e2e;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import jp.kizuna.alumni.consultation.EngageTestData;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.network.NetworkTestData;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.space.SpaceTestData;
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
 * A space through the real screens and the real Keycloak login: alumni.smith posts an advertisement
 * in the company-wide space; alumni.yamada posts there and reports the advertisement; hr.admin
 * answers the post and hides the reported one with a reason from the staff page; the member then
 * sees HR's answer under their post and the advertisement replaced by the moderator's note. A
 * test-only application on the same database prepares the people. The texts carry this run's mark,
 * so earlier runs' posts in the same database are never mistaken for this run's.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpacesBrowserIT {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String POST = "E2E 久しぶりに集まりませんか " + RUN;
    static final String ANSWER = "E2E 人事部です。来月の交流会でぜひ " + RUN;
    static final String ADVERT = "E2E 副業案件あります、今すぐ連絡を " + RUN;

    @Deployment(name = "app", testable = false, order = 1)
    static EnterpriseArchive application() {
        return Deployments.fullApplication();
    }

    @Deployment(name = "setup", order = 2)
    static EnterpriseArchive setup() {
        return Deployments.setupApplicationWith(
                "alumni-space-setup",
                SpacesBrowserIT.class,
                NetworkTestData.class,
                EngageTestData.class,
                SpaceTestData.class);
    }

    @Inject
    NetworkTestData network;

    @Inject
    EngageTestData engage;

    @Inject
    SpaceTestData data;

    @Test
    @Order(1)
    @OperateOnDeployment("setup")
    void twoMembersAndHrExist() {
        data.companyNetwork();
        long yamada = network.member(
                        "alumni.yamada", "E2E-SPC", EnumSet.of(ConsentPurpose.NEWS_EVENTS), null, "山田", "太郎")
                .getId();
        network.member("alumni.smith", "E2E-SPC", EnumSet.of(ConsentPurpose.NEWS_EVENTS), null, "Smith", "Anna");
        engage.hrHost("hr-spc-" + yamada + "@example.co.jp", Locale.JAPANESE);
    }

    @Test
    @Order(2)
    @RunAsClient
    @OperateOnDeployment("app")
    void anotherMemberPostsAnAdvert() {
        SpacesBrowserSteps.memberPosts("alumni.smith", ADVERT);
    }

    @Test
    @Order(3)
    @RunAsClient
    @OperateOnDeployment("app")
    void theAlumnusPostsAndReportsTheAdvert() {
        SpacesBrowserSteps.memberPosts("alumni.yamada", POST);
        SpacesBrowserSteps.alumnusReports(ADVERT);
    }

    @Test
    @Order(4)
    @RunAsClient
    @OperateOnDeployment("app")
    void hrAnswersThePostAndHidesTheReportedAdvert() {
        SpacesBrowserSteps.hrAnswersAndHides(POST, ANSWER, ADVERT);
    }

    @Test
    @Order(5)
    @RunAsClient
    @OperateOnDeployment("app")
    void theAlumnusSeesTheAnswerAndTheAdvertIsGone() {
        SpacesBrowserSteps.alumnusSeesAnswer(POST, ANSWER, ADVERT);
    }
}
