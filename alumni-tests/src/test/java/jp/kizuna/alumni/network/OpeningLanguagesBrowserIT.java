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
 * HR posts an opening in Japanese and English through the network page; an alumnus reading in
 * English gets the English text on the portal, one reading in Japanese the Japanese text.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpeningLanguagesBrowserIT {

    static final String DEPARTMENT = "E2E-LANG";

    @Deployment(name = "app", testable = false, order = 1)
    static EnterpriseArchive application() {
        return Deployments.fullApplication();
    }

    @Deployment(name = "setup", order = 2)
    static EnterpriseArchive setup() {
        return Deployments.setupApplicationWith(
                "alumni-opening-languages-setup", OpeningLanguagesBrowserIT.class, NetworkTestData.class);
    }

    @Inject
    NetworkTestData data;

    @Test
    @Order(1)
    @OperateOnDeployment("setup")
    void anAlumnusReadingInEnglishExists() {
        data.member("alumni.smith", DEPARTMENT, EnumSet.of(ConsentPurpose.SIDE_JOB_OFFERS), null);
    }

    @Test
    @Order(2)
    @RunAsClient
    @OperateOnDeployment("app")
    void hrPostsInBothLanguagesAndEachReaderGetsTheirs() {
        OpeningLanguagesBrowserSteps.hrPostsInBothLanguagesAndEachReaderGetsTheirs();
    }
}
