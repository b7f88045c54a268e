package jp.kizuna.alumni.network;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import jp.kizuna.alumni.it.AsAlumnus;
import jp.kizuna.alumni.it.AsEmployee;
import jp.kizuna.alumni.it.AsHrAdmin;
import jp.kizuna.alumni.it.AsHrSystem;
import jp.kizuna.alumni.it.AsManager;
import jp.kizuna.alumni.it.Caller;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.opportunity.OpportunityBoard;
import jp.kizuna.alumni.opportunity.OpportunityKind;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a real browser through the real Keycloak login: the alumnus alumni.yamada edits the profile
 * and says "interested" in an opening; HR then sees the interest in the opening's pipeline and the
 * edited employer in the directory. The full application runs; a small test module next to it
 * prepares the alumnus and the opening (the test server has no demo data).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {

    static final String OPENING = "E2E 再雇用：法人営業マネージャー";
    static final String EMPLOYER = "ブラウザ商事";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fullApplication();
        String application = new String(readAll(ear.get("META-INF/application.xml").getAsset().openStream()),
                java.nio.charset.StandardCharsets.UTF_8);
        ear.delete("META-INF/application.xml");
        ear.addAsManifestResource(new StringAsset(application.replace("</application>",
                "<module><web><web-uri>alumni-test.war</web-uri><context-root>/alumni-test</context-root></web></module>"
                        + "</application>")), "application.xml");
        WebArchive tests = org.jboss.shrinkwrap.api.ShrinkWrap.create(WebArchive.class, "alumni-test.war")
                .addClasses(Deployments.class, Caller.class, Caller.Work.class, AsHrAdmin.class, AsManager.class,
                        AsEmployee.class, AsAlumnus.class, AsHrSystem.class, PortalBrowserIT.class,
                        NetworkTestData.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        // Two real WARs plus this one: tell Arquillian which to enrich with its test runner.
        return ear.addAsModule(Testable.archiveToTest(tests));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @EJB AsHrAdmin hrAdmin;
    @Inject NetworkTestData data;
    @Inject OpportunityBoard board;

    @Test
    @Order(1)
    void anAlumnusAndAnOpeningExist() throws Exception {
        data.member("alumni.yamada", "E2E-SALES", EnumSet.of(ConsentPurpose.DIRECTORY, ConsentPurpose.REHIRE_OFFERS),
                new ProfileChange("旧勤務先", "課長", "東京", null, null, List.of("営業"),
                        EnumSet.of(Openness.REHIRE), true, true, true, true, false), "山田", "太郎");
        data.closeOpenings(OPENING);
        hrAdmin.call(() -> board.post(OpportunityKind.REHIRE, OPENING, "営業部で法人営業チームを率いる方",
                "E2E-SALES", "東京本社", LocalDate.now().plusMonths(1)));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAlumnusEditsTheProfileAndExpressesInterest() {
        PortalBrowserSteps.alumnusEditsTheProfileAndExpressesInterest();
    }

    @Test
    @Order(3)
    @RunAsClient
    void hrSeesTheInterestInThePipelineAndTheProfileInTheDirectory() {
        PortalBrowserSteps.hrSeesTheInterestInThePipelineAndTheProfileInTheDirectory();
    }
}
