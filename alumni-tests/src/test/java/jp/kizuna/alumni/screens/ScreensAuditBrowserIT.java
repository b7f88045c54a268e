package jp.kizuna.alumni.screens;

import static jp.kizuna.alumni.screens.ScreensTestSupport.seed;
import static jp.kizuna.alumni.screens.ScreensTestSupport.settled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.e2e.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page of every role, in Japanese and in English, as the signed-in person sees it: Deque's
 * axe-core finds no critical or serious problem (WCAG 2.1 A and AA, which JIS X 8341-3 level AA
 * follows), the page says its language, no page breaks its Content-Security-Policy (Browser fails
 * on a refused script), and each page is photographed at desktop size and at 390 px wide under
 * target/screenshots for a reviewer. The alumni portal, the exit survey and My page also fit a
 * 390 px phone without sideways scrolling.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreensAuditBrowserIT {

    /** A phone: iPhone 12-15 in CSS pixels. */
    static final int PHONE_WIDTH = 390;

    static final int PHONE_HEIGHT = 844;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScreensTestSupport.application();
    }

    /** One page as one person opens it; {@code phone}: it must fit a phone without sideways scrolling. */
    record Page(String name, String path, boolean phone) {}

    @Test
    void everyPageOfEveryRoleIsAccessibleInBothLanguages() throws Exception {
        String caseId = seed("seed?what=pastLastDay").split("\t")[0];
        String surveyToken = seed("seed?what=survey");
        seed("seed?what=employee");
        String[] network = seed("alumnus").split("\t");
        String member = network[1];
        String opening = network[2];
        String event = network[3];

        // Every page the navigation or a link leads a person of each role to (AuthorizationMatrixIT
        // lists who may open which).
        List<Page> hr = List.of(
                new Page("hr-home", "/admin/index.xhtml", false),
                new Page("hr-cases", "/offboarding/cases.xhtml", false),
                new Page("hr-case", "/offboarding/case.xhtml?id=" + caseId, false),
                new Page("hr-interview", "/offboarding/interview.xhtml?case=" + caseId, false),
                new Page("hr-tasks", "/offboarding/tasks.xhtml", false),
                new Page("hr-analytics", "/offboarding/analytics.xhtml", false),
                new Page("hr-reason-gap", "/offboarding/reason-gap.xhtml", false),
                new Page("hr-experience", "/offboarding/experience.xhtml", false),
                new Page("hr-turnover", "/offboarding/turnover.xhtml", false),
                new Page("hr-actions", "/offboarding/actions.xhtml", false),
                new Page("hr-stay-interviews", "/offboarding/stay-interviews.xhtml", false),
                new Page("hr-stay-vs-exit", "/offboarding/stay-vs-exit.xhtml", false),
                new Page("hr-network", "/network/index.xhtml", false),
                new Page("hr-opening", "/network/opportunity.xhtml?id=" + opening, false),
                new Page("hr-directory", "/network/directory.xhtml", false),
                new Page("hr-member", "/network/member.xhtml?id=" + member, false),
                new Page("hr-outreach", "/network/outreach.xhtml", false),
                new Page("hr-event-change", "/network/event-change.xhtml?id=" + event, false),
                new Page("hr-event-checkin", "/network/event-checkin.xhtml?id=" + event, false),
                new Page("hr-consultations", "/network/consultations.xhtml", false),
                new Page("hr-returns", "/network/returns.xhtml", false),
                new Page("hr-provisions", "/network/provisions.xhtml", false),
                new Page("hr-member-file", "/network/member-file.xhtml", false),
                new Page("hr-unreachable", "/network/unreachable.xhtml", false),
                new Page("hr-inbox", "/inbox/messages.xhtml", false),
                new Page("hr-imports", "/admin/imports.xhtml", false),
                new Page("hr-reasons", "/admin/reason-categories.xhtml", false),
                new Page("hr-checklists", "/admin/checklist-templates.xhtml", false),
                new Page("hr-audit", "/admin/audit.xhtml", false),
                new Page("hr-we-did", "/me/you-said-we-did.xhtml", false),
                new Page("hr-my-page", "/me/index.xhtml", false),
                new Page("hr-not-found", "/offboarding/no-such-page.xhtml", false));
        List<Page> manager = List.of(
                new Page("manager-cases", "/offboarding/cases.xhtml", false),
                new Page("manager-case", "/offboarding/case.xhtml?id=" + caseId, false),
                new Page("manager-interview", "/offboarding/interview.xhtml?case=" + caseId, false),
                new Page("manager-tasks", "/offboarding/tasks.xhtml", false),
                new Page("manager-analytics", "/offboarding/analytics.xhtml", false),
                new Page("manager-experience", "/offboarding/experience.xhtml", false),
                new Page("manager-turnover", "/offboarding/turnover.xhtml", false),
                new Page("manager-actions", "/offboarding/actions.xhtml", false),
                new Page("manager-stay-interviews", "/offboarding/stay-interviews.xhtml", false),
                new Page("manager-stay-vs-exit", "/offboarding/stay-vs-exit.xhtml", false),
                new Page("manager-inbox", "/inbox/messages.xhtml", false),
                new Page("manager-my-page", "/me/index.xhtml", false),
                new Page("manager-we-did", "/me/you-said-we-did.xhtml", false));
        List<Page> employee = List.of(
                new Page("employee-my-page", "/me/index.xhtml", true),
                new Page("employee-invitation", "/me/alumni-invitation.xhtml", true),
                new Page("employee-we-did", "/me/you-said-we-did.xhtml", true),
                new Page("employee-forbidden", "/admin/index.xhtml", true));
        List<Page> alumnus = List.of(
                new Page("alumnus-portal", "/portal/index.xhtml", true),
                new Page("alumnus-profile", "/portal/profile.xhtml", true),
                new Page("alumnus-directory", "/portal/directory.xhtml", true),
                new Page("alumnus-consultations", "/portal/consultations.xhtml", true),
                new Page("alumnus-messages", "/portal/messages.xhtml", true));
        List<Page> anyone = List.of(
                new Page("exit-survey", "/survey/index.xhtml?token=" + surveyToken, true),
                new Page("signed-out", "/signed-out.xhtml", false));

        List<String> problems = new ArrayList<>();
        for (Locale language : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            audit(language, "hr.admin", hr, problems);
            audit(language, "manager.sato", manager, problems);
            audit(language, "employee.tanaka", employee, problems);
            audit(language, "alumni.yamada", alumnus, problems);
            audit(language, null, anyone, problems);
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** Every page answers with a policy that allows only its own nonce'd scripts and the application's files. */
    @Test
    void everyPageCarriesAContentSecurityPolicyWithANonce() throws Exception {
        for (String path : List.of("/signed-out.xhtml", "/survey/index.xhtml?token=none", "/offboarding/cases.xhtml")) {
            java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(Browser.appUrl(path)))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() == 302) {
                continue; // the sign-in redirect: the signed-in pages are checked in the browser
            }
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(
                    policy.contains("script-src")
                            && policy.contains("'nonce-")
                            && !policy.contains("'unsafe-inline'")
                            && !policy.contains("'unsafe-eval'"),
                    path + " answered with the policy '" + policy + "'");
            String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
            assertTrue(page.body().contains("nonce=\"" + nonce + "\""), path + ": its scripts carry the nonce");
        }
    }

    private static void audit(Locale language, String user, List<Page> pages, List<String> problems) {
        try (Browser browser = Browser.open(language)) {
            if (user != null) {
                browser.signIn(pages.get(0).path(), user, "demo");
            }
            for (Page page : pages) {
                browser.go(page.path());
                settled(browser);
                String where = page.name() + " (" + language.getLanguage() + ")";
                String lang = browser.find(By.tagName("html")).getAttribute("lang");
                if (!language.getLanguage().equals(lang)) {
                    problems.add(where + ": <html lang=\"" + lang + "\">");
                    report(problems.get(problems.size() - 1));
                }
                Object inline = ((JavascriptExecutor) browser.driver()).executeScript("""
                        var found = [];
                        document.querySelectorAll('*').forEach(function (e) {
                            for (var i = 0; i < e.attributes.length; i++) {
                                var a = e.attributes[i];
                                if (/^on/i.test(a.name) || /^javascript:/i.test(a.value)) {
                                    found.push(e.tagName + '#' + e.id + ' ' + a.name + '=' + a.value.substring(0, 60));
                                }
                            }
                        });
                        return found.join('; ');""");
                if (!String.valueOf(inline).isEmpty()) {
                    problems.add(where + ": inline script the Content-Security-Policy refuses: " + inline);
                    report(problems.get(problems.size() - 1));
                }
                Results results = new AxeBuilder()
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(browser.driver());
                for (Rule rule : results.getViolations()) {
                    if ("critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact())) {
                        for (CheckedNode node : rule.getNodes()) {
                            problems.add(where + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp()
                                    + ") at " + node.getTarget() + " " + abbreviated(node.getHtml()));
                            report(problems.get(problems.size() - 1));
                        }
                    }
                }
                browser.screenshot(page.name() + "-" + language.getLanguage() + "-desktop");
                browser.viewport(PHONE_WIDTH, PHONE_HEIGHT, true);
                try {
                    browser.wait(d -> PHONE_WIDTH
                            == ((Number) ((JavascriptExecutor) d).executeScript("return screen.width")).intValue());
                    browser.screenshot(page.name() + "-" + language.getLanguage() + "-" + PHONE_WIDTH);
                    if (page.phone()) {
                        long wide = ((Number) ((JavascriptExecutor) browser.driver())
                                        .executeScript("return document.documentElement.scrollWidth"))
                                .longValue();
                        // A phone zooms a page that is too wide out until it fits; the layout is then
                        // wider than the screen.
                        if (wide > PHONE_WIDTH) {
                            problems.add(where + ": " + wide + " px wide on a " + PHONE_WIDTH + " px phone: "
                                    + widest(browser));
                            report(problems.get(problems.size() - 1));
                        }
                    }
                } finally {
                    browser.desktop();
                }
            }
            List<String> refused = browser.cspViolations();
            assertEquals(List.of(), refused, "Content-Security-Policy violations as " + user);
        }
    }

    /** The elements that stick out to the right of a phone's screen, for the failure message. */
    @SuppressWarnings("unchecked")
    private static String widest(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("""
                var out = [];
                document.querySelectorAll('body *').forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.right > screen.width + 1 && out.length < 8) {
                        out.push(e.tagName + '#' + e.id + '.' + e.className + ' right=' + Math.round(r.right));
                    }
                });
                return out.join(', ');"""));
    }

    /** Each problem also goes to target/accessibility.txt at once, for a person watching a long run. */
    private static void report(String problem) {
        try {
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of("target", "accessibility.txt"),
                    problem + "\n",
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String abbreviated(String html) {
        return html == null || html.length() <= 160 ? html : html.substring(0, 160) + "…";
    }
}
