package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The exit survey works by link alone (no account), once, and anonymously when asked. */
class ExitSurveysIT extends ServiceTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return jp.kizuna.alumni.it.TestMailbox.addedTo(
                Deployments.applicationWith(ExitSurveysIT.class, OffboardingFixture.class));
    }

    @Inject
    OffboardingCases cases;

    @Inject
    ExitSurveys surveys;

    @Test
    void theLinkIsMailedOnceWhenTheLastDayHasComeAndOnRequestInTheLeaversLanguage() throws Exception {
        OffboardingFixture fixture = new OffboardingFixture(em, transaction);
        Employee sato = fixture.person("manager.sato", "佐藤", "健");
        Department department = fixture.department("OBM");
        String suffix = OffboardingFixture.unique().toLowerCase(java.util.Locale.ROOT);
        String personal = "leaver-" + suffix + "@example.net";
        String work = "staying-" + suffix + "@example.co.jp";
        Employee leaving = fixture.reachableAt(
                fixture.report(sato, department),
                personal,
                "old-" + suffix + "@example.co.jp",
                java.util.Locale.ENGLISH);
        Employee later = fixture.reachableAt(fixture.report(sato, department), null, work, java.util.Locale.JAPANESE);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        OffboardingCase due = hrAdmin.call(() -> cases.openCase(
                new ResignationNotice(leaving.getEmployeeNumber(), today.minusDays(30), today, null, NoticeSource.HR)));
        OffboardingCase notYet = hrAdmin.call(() -> cases.openCase(new ResignationNotice(
                later.getEmployeeNumber(), today.minusDays(10), today.plusDays(20), null, NoticeSource.HR)));

        try (jp.kizuna.alumni.it.TestMailbox mailbox = new jp.kizuna.alumni.it.TestMailbox()) {
            hrAdmin.call(() -> surveys.mailDueLinks());
            assertTrue(mailbox.server.waitForIncomingEmail(10_000, 1));
            List<jakarta.mail.internet.MimeMessage> toLeaver = to(mailbox, personal);
            assertEquals(1, toLeaver.size(), "the personal address, not the work address that closes");
            assertEquals(
                    "A few questions about your time with us", toLeaver.get(0).getSubject());
            String body = (String) toLeaver.get(0).getContent();
            assertTrue(body.contains("/survey/index.xhtml?token=" + due.getSurveyToken()), body);
            assertTrue(to(mailbox, work).isEmpty(), "a leaver whose last day is still ahead gets nothing yet");

            // The mail goes out within the call (SMTP is synchronous), so nothing can arrive after it returns.
            hrAdmin.call(() -> surveys.mailDueLinks());
            assertEquals(1, to(mailbox, personal).size(), "mailed once, not every morning");

            // The manager sends the other link by hand; it goes to the work address, in Japanese.
            manager.call(() -> surveys.mailLink(notYet.getId()));
            assertTrue(mailbox.server.waitForIncomingEmail(
                    10_000, to(mailbox, personal).size() + 1));
            List<jakarta.mail.internet.MimeMessage> toLater = to(mailbox, work);
            assertEquals(1, toLater.size());
            assertEquals("在籍中のご経験についてのアンケートのお願い", toLater.get(0).getSubject());
            assertTrue(hrAdmin.call(() -> cases.find(notYet.getId())).getSurveyMailedAt() != null);
        }
        surveys.submit(due.getSurveyToken(), new ExitSurveyResponse.SurveyAnswers(3, 3, false, null, false));
        assertEquals(
                "offboarding.survey.notOpen",
                assertThrows(BusinessException.class, () -> hrAdmin.call(() -> surveys.mailLink(due.getId())))
                        .getKey(),
                "an answered survey is not sent again");
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> surveys.mailDueLinks());
    }

    private static List<jakarta.mail.internet.MimeMessage> to(jp.kizuna.alumni.it.TestMailbox mailbox, String address)
            throws Exception {
        List<jakarta.mail.internet.MimeMessage> found = new java.util.ArrayList<>();
        for (jakarta.mail.internet.MimeMessage message : mailbox.server.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                found.add(message);
            }
        }
        return found;
    }

    @Test
    void anAnonymousAnswerKeepsNoLinkToTheCaseAndTheLinkWorksOnce() throws Exception {
        OffboardingFixture fixture = new OffboardingFixture(em, transaction);
        Employee sato = fixture.person("manager.sato", "佐藤", "健");
        Department department = fixture.department("OBS");
        Employee leaver = fixture.report(sato, department);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        OffboardingCase opened = hrAdmin.call(() -> cases.openCase(new ResignationNotice(
                leaver.getEmployeeNumber(), today.minusDays(40), today.minusDays(3), null, NoticeSource.HR)));
        String token = opened.getSurveyToken();
        assertTrue(token.length() >= 40, "a long random token");

        // Called without any signed-in user, as the public survey page does after the last day.
        assertEquals("一郎", surveys.invitation(token).orElseThrow().givenName());
        assertEquals(
                "offboarding.survey.scoreRange",
                assertThrows(
                                BusinessException.class,
                                () -> surveys.submit(
                                        token, new ExitSurveyResponse.SurveyAnswers(0, 6, true, null, true)))
                        .getKey());
        surveys.submit(token, new ExitSurveyResponse.SurveyAnswers(4, 5, true, "ありがとうございました", true));

        List<ExitSurveyResponse> answers = em.createQuery(
                        "select s from ExitSurveyResponse s where s.department.id = :d", ExitSurveyResponse.class)
                .setParameter("d", department.getId())
                .getResultList();
        assertEquals(1, answers.size());
        assertNull(answers.get(0).getOffboardingCase(), "anonymous: not linked to the case");
        assertEquals(today.withDayOfMonth(1), answers.get(0).getSubmittedMonth());
        assertEquals(4, answers.get(0).getExperienceScore());
        assertTrue(hrAdmin.call(() -> cases.find(opened.getId())).isSurveyCompleted());

        assertTrue(surveys.invitation(token).isEmpty(), "used links are dead");
        assertEquals(
                "offboarding.survey.linkInvalid",
                assertThrows(
                                BusinessException.class,
                                () -> surveys.submit(
                                        token, new ExitSurveyResponse.SurveyAnswers(1, 1, false, null, false)))
                        .getKey());
        assertTrue(surveys.invitation("not-a-real-token-but-long-enough").isEmpty());
    }

    @Test
    void aNamedAnswerBelongsToTheCase() throws Exception {
        OffboardingFixture fixture = new OffboardingFixture(em, transaction);
        Employee leaver = fixture.report(fixture.person("manager.sato", "佐藤", "健"), null);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        OffboardingCase opened = hrAdmin.call(() -> cases.openCase(
                new ResignationNotice(leaver.getEmployeeNumber(), today, today.plusDays(20), null, NoticeSource.HR)));
        surveys.submit(opened.getSurveyToken(), new ExitSurveyResponse.SurveyAnswers(2, 3, false, "評価制度", false));
        ExitSurveyResponse answer = em.createQuery(
                        "select s from ExitSurveyResponse s where s.offboardingCase.id = :c", ExitSurveyResponse.class)
                .setParameter("c", opened.getId())
                .getSingleResult();
        assertEquals("評価制度", answer.getComment());
    }
}
