package jp.kizuna.alumni.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import jp.kizuna.alumni.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Signing in through the real Keycloak page, the role-based areas, and signing out of both. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fullApplication();
    }

    @Test
    void hrAdminSignsInAndSeesTheAdministrationHome() {
        try (Browser browser = Browser.open(Locale.JAPANESE)) {
            browser.signIn("/", "hr.admin", "demo");
            browser.find("admin-home");
            assertTrue(browser.url().endsWith("/alumni/admin/index.xhtml"), browser.url());
            assertTrue(browser.title().startsWith("人事管理"), browser.title());
            // The headcount comes from an hr-admin-only EJB method: the OIDC identity reached the EJB tier.
            assertTrue(browser.find("count-active").getText().matches("\\d+"));

            browser.find("nav:lang-en").click();
            browser.waitForText("HR administration");
            assertTrue(browser.title().startsWith("HR administration"), browser.title());
        }
    }

    @Test
    void alumnusIsRefusedTheAdministrationPages() {
        try (Browser browser = Browser.open(Locale.ENGLISH)) {
            browser.signIn("/", "alumni.yamada", "demo");
            browser.find("portal-welcome");
            assertTrue(browser.url().contains("/portal/"), browser.url());

            browser.go("/admin/index.xhtml");
            assertEquals(
                    "You are not allowed to open this page.",
                    browser.find("error-text").getText());
            assertTrue(!browser.has(By.id("admin-home")));
        }
    }

    @Test
    void signingOutEndsTheApplicationAndKeycloakSessions() {
        try (Browser browser = Browser.open(Locale.ENGLISH)) {
            browser.signIn("/me/index.xhtml", "manager.sato", "demo");
            browser.find("nav:logout").click();
            assertEquals(
                    "You have been signed out of Alumni and of the company sign-in.",
                    browser.find("signed-out").getText());

            // Both sessions are gone: the application sends the browser to Keycloak's login form again.
            browser.go("/index.xhtml");
            browser.find("username");
            assertTrue(browser.url().contains("/realms/alumni/protocol/openid-connect/auth"), browser.url());
        }
    }
}
