package jp.kizuna.alumni.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page against every role: only the intended roles get the page; the others get 403.
 * Signed in through the real Keycloak for each demo user.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    private static final String HR = "hr.admin";
    private static final String MANAGER = "manager.sato";
    private static final String EMPLOYEE = "employee.tanaka";
    private static final String ALUMNUS = "alumni.yamada";
    private static final String HR_SYSTEM = "hr-sync";

    /** Page -> the users who may open it. Everyone else must be refused. */
    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("/admin/index.xhtml", List.of(HR));
        PAGES.put("/admin/audit.xhtml", List.of(HR));
        PAGES.put("/admin/audit.csv", List.of(HR));
        PAGES.put("/me/index.xhtml", List.of(HR, MANAGER, EMPLOYEE));
        PAGES.put("/admin/reason-categories.xhtml", List.of(HR));
        PAGES.put("/admin/checklist-templates.xhtml", List.of(HR));
        PAGES.put("/admin/questionnaires.xhtml", List.of(HR));
        PAGES.put("/admin/survey-answers.xhtml", List.of(HR));
        PAGES.put("/admin/imports.xhtml", List.of(HR));
        PAGES.put("/network/index.xhtml", List.of(HR));
        PAGES.put("/network/directory.xhtml", List.of(HR));
        PAGES.put("/network/outreach.xhtml", List.of(HR));
        PAGES.put("/network/returns.xhtml", List.of(HR));
        PAGES.put("/network/member.xhtml", List.of(HR));
        PAGES.put("/offboarding/cases.xhtml", List.of(HR, MANAGER));
        PAGES.put("/offboarding/analytics.xhtml", List.of(HR, MANAGER));
        PAGES.put("/offboarding/tasks.xhtml", List.of(HR, MANAGER));
        PAGES.put("/offboarding/turnover.xhtml", List.of(HR, MANAGER));
        PAGES.put("/offboarding/actions.xhtml", List.of(HR, MANAGER));
        PAGES.put("/me/you-said-we-did.xhtml", List.of(HR, MANAGER, EMPLOYEE));
        PAGES.put("/offboarding/stay-interviews.xhtml", List.of(HR, MANAGER));
        PAGES.put("/offboarding/stay-vs-exit.xhtml", List.of(HR, MANAGER));
        PAGES.put("/me/alumni-invitation.xhtml", List.of(HR, MANAGER, EMPLOYEE));
        PAGES.put("/portal/index.xhtml", List.of(ALUMNUS));
        PAGES.put("/portal/profile.xhtml", List.of(ALUMNUS));
        PAGES.put("/portal/directory.xhtml", List.of(ALUMNUS));
        PAGES.put("/portal/messages.xhtml", List.of(ALUMNUS));
        PAGES.put("/inbox/messages.xhtml", List.of(HR, MANAGER));
        PAGES.put("/portal/spaces.xhtml", List.of(ALUMNUS));
        PAGES.put("/inbox/spaces.xhtml", List.of(HR, MANAGER));
        PAGES.put("/network/provisions.xhtml", List.of(HR));
        PAGES.put("/network/member-file.xhtml", List.of(HR));
        PAGES.put("/network/unreachable.xhtml", List.of(HR));
        PAGES.put("/network/event-checkin.xhtml", List.of(HR));
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fullApplication();
    }

    @Test
    void eachPageOpensOnlyForItsRoles() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String user : List.of(HR, MANAGER, EMPLOYEE, ALUMNUS, HR_SYSTEM)) {
            WebSession session = WebSession.signedIn(user, "demo");
            for (Map.Entry<String, List<String>> page : PAGES.entrySet()) {
                int expected = page.getValue().contains(user) ? 200 : 403;
                HttpResponse<String> response = session.get(page.getKey());
                if (response.statusCode() != expected) {
                    wrong.add(user + " " + page.getKey() + " -> " + response.statusCode() + " (expected " + expected
                            + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        WebSession anonymous = WebSession.anonymous();
        for (String page : PAGES.keySet()) {
            HttpResponse<String> response = anonymous.get(page);
            assertEquals(
                    true,
                    response.uri().toString().contains("/realms/alumni/protocol/openid-connect/auth"),
                    page + " ended at " + response.uri());
        }
    }
}
