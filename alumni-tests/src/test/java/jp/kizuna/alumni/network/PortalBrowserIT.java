package jp.kizuna.alumni.network;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import jp.kizuna.alumni.it.AsHrAdmin;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.opportunity.OpportunityBoard;
import jp.kizuna.alumni.opportunity.OpportunityKind;
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
 * In a real browser through the real Keycloak login: the alumnus alumni.yamada edits the profile
 * and says "interested" in an opening; HR then sees the interest in the opening's pipeline and the
 * edited employer in the directory. The full application runs; a test-only application on the
 * same database prepares the alumnus and the opening (the test server has no demo data).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {

    static final String OPENING = "E2E 再雇用：法人営業マネージャー";
    static final String EMPLOYER = "ブラウザ商事";

    /** The application as built, which the browser uses. */
    @Deployment(name = "app", testable = false, order = 1)
    static EnterpriseArchive application() {
        return Deployments.fullApplication();
    }

    /** Prepares the data, beside the application. */
    @Deployment(name = "setup", order = 2)
    static EnterpriseArchive setup() {
        return Deployments.setupApplicationWith("alumni-browser-setup", PortalBrowserIT.class, NetworkTestData.class);
    }

    @EJB
    AsHrAdmin hrAdmin;

    @Inject
    NetworkTestData data;

    @Inject
    OpportunityBoard board;

    @Test
    @Order(1)
    @OperateOnDeployment("setup")
    void anAlumnusAndAnOpeningExist() throws Exception {
        AlumnusProfile yamada = data.member(
                "alumni.yamada",
                "E2E-SALES",
                EnumSet.of(ConsentPurpose.DIRECTORY, ConsentPurpose.REHIRE_OFFERS),
                new ProfileChange(
                        "旧勤務先",
                        "課長",
                        "東京",
                        null,
                        null,
                        List.of("営業"),
                        EnumSet.of(Openness.REHIRE),
                        true,
                        true,
                        true,
                        true,
                        false),
                "山田",
                "太郎");
        hrAdmin.run(() -> data.rename(yamada.getPerson().getId(), "山田", "太郎", "ヤマダ", "タロウ"));
        data.closeOpenings(OPENING);
        hrAdmin.call(() -> board.post(
                OpportunityKind.REHIRE,
                OPENING,
                "営業部で法人営業チームを率いる方",
                "E2E-SALES",
                "東京本社",
                LocalDate.now().plusMonths(1)));
    }

    @Test
    @Order(2)
    @RunAsClient
    @OperateOnDeployment("app")
    void theAlumnusEditsTheProfileAndExpressesInterest() {
        PortalBrowserSteps.alumnusEditsTheProfileAndExpressesInterest();
    }

    @Test
    @Order(4)
    @RunAsClient
    @OperateOnDeployment("app")
    void theAlumnusDownloadsTheirOwnData() throws Exception {
        PortalBrowserSteps.theAlumnusDownloadsTheirOwnData();
    }

    @Test
    @Order(5)
    @RunAsClient
    @OperateOnDeployment("app")
    void theAlumnusTakesTheInterestBackAndHrSeesIt() {
        PortalBrowserSteps.theAlumnusTakesTheInterestBackAndHrSeesIt();
    }

    @Test
    @Order(6)
    @RunAsClient
    @OperateOnDeployment("app")
    void hrFindsTheMemberByRomajiWithDepartmentNamesInTheFacets() {
        PortalBrowserSteps.hrFindsTheMemberByRomajiWithDepartmentNamesInTheFacets();
    }

    @Test
    @Order(3)
    @RunAsClient
    @OperateOnDeployment("app")
    void hrSeesTheInterestInThePipelineAndTheProfileInTheDirectory() {
        PortalBrowserSteps.hrSeesTheInterestInThePipelineAndTheProfileInTheDirectory();
    }
}
