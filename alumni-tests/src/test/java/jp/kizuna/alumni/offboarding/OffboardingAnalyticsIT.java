package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.offboarding.analytics.AnalyticsReport;
import jp.kizuna.alumni.offboarding.analytics.GroupFigure;
import jp.kizuna.alumni.offboarding.analytics.OffboardingAnalytics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The HR figures come out of the database right and never show a group smaller than the minimum.
 * Cases are placed in a random far-future year so that no other test's data falls in the period.
 */
class OffboardingAnalyticsIT extends ServiceTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(OffboardingAnalyticsIT.class, OffboardingFixture.class);
    }

    @Inject
    OffboardingCases cases;

    @Inject
    ExitSurveys surveys;

    @Inject
    OffboardingAnalytics analytics;

    static Optional<GroupFigure> figure(List<GroupFigure> figures, String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    @Test
    void departuresReasonsRetentionAndExperienceWithSmallGroupsHidden() throws Exception {
        OffboardingFixture fixture = new OffboardingFixture(em, transaction);
        Employee sato = fixture.person("manager.sato", "佐藤", "健");
        Department big = fixture.department("OBA");
        Department small = fixture.department("OBB");
        Department other = fixture.department("OBC");
        int year = 2200 + ThreadLocalRandom.current().nextInt(700);
        LocalDate notice = LocalDate.of(year, 1, 10);

        // Big department: 7 resignations, retention offered to 5, two of them stayed -> 5 departures in March.
        for (int i = 0; i < 7; i++) {
            Employee leaver = fixture.report(sato, big);
            final int n = i;
            hrAdmin.run(() -> {
                long id = cases.openCase(new ResignationNotice(
                                leaver.getEmployeeNumber(),
                                notice,
                                LocalDate.of(year, 3, 15),
                                "一身上の都合",
                                NoticeSource.HR))
                        .getId();
                cases.recordReasons(id, "CAREER", Set.of(), null);
                if (n < 5) {
                    RetentionOffer offer = cases.offerRetention(id, "昇格");
                    if (n < 2) {
                        cases.decideRetention(offer.getId(), RetentionOffer.Outcome.ACCEPTED, null);
                    }
                }
            });
        }
        // Small department: 3 departures in April, for family reasons: below the minimum of 5.
        for (int i = 0; i < 3; i++) {
            Employee leaver = fixture.report(sato, small);
            hrAdmin.run(() -> {
                long id = cases.openCase(new ResignationNotice(
                                leaver.getEmployeeNumber(), notice, LocalDate.of(year, 4, 10), null, NoticeSource.HR))
                        .getId();
                cases.recordReasons(id, "FAMILY", Set.of(), null);
            });
        }

        // Another small department: 4 departures in May for pay. Alone, the 3 of OBB would be the big
        // department's 5 subtracted from a total; with these 4 the hidden rest is 7, so OBA may show.
        for (int i = 0; i < 4; i++) {
            Employee leaver = fixture.report(sato, other);
            hrAdmin.run(() -> {
                long id = cases.openCase(new ResignationNotice(
                                leaver.getEmployeeNumber(), notice, LocalDate.of(year, 5, 10), null, NoticeSource.HR))
                        .getId();
                cases.recordReasons(id, "PAY", Set.of(), null);
            });
        }

        AnalyticsReport report =
                hrAdmin.call(() -> analytics.report(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        assertEquals(5, report.minGroupSize());
        assertEquals(
                5,
                figure(report.departuresByDepartment(), big.getCode())
                        .orElseThrow()
                        .count());
        assertFalse(figure(report.departuresByDepartment(), small.getCode()).isPresent(), "3 leavers are identifiable");
        assertEquals(2, report.hiddenDepartments());
        assertEquals(
                List.of(year + "-03"),
                report.departuresByMonth().stream().map(GroupFigure::key).toList());
        assertEquals(2, report.hiddenMonths());
        GroupFigure career = figure(report.reasons(), "CAREER").orElseThrow();
        assertEquals(5, career.count());
        assertEquals(5, career.part(), "career is controllable");
        assertFalse(figure(report.reasons(), "FAMILY").isPresent());
        GroupFigure retention =
                figure(report.retentionByDepartment(), big.getCode()).orElseThrow();
        assertEquals(5, retention.count());
        assertEquals(2, retention.part());
        assertEquals(40.0, retention.partPercent());
        assertEquals(40.0, report.retentionOverall().partPercent());

        System.setProperty(OffboardingSettings.MIN_GROUP_SIZE, "3");
        try {
            AnalyticsReport smaller =
                    hrAdmin.call(() -> analytics.report(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            assertEquals(
                    3,
                    figure(smaller.departuresByDepartment(), small.getCode())
                            .orElseThrow()
                            .count());
            assertEquals(
                    4,
                    figure(smaller.departuresByDepartment(), other.getCode())
                            .orElseThrow()
                            .count());
            assertEquals(0, smaller.hiddenDepartments());
        } finally {
            System.clearProperty(OffboardingSettings.MIN_GROUP_SIZE);
        }

        // Without the second small department the big one has to go too: 3 = total - 5 otherwise.
        AnalyticsReport twoDepartments =
                hrAdmin.call(() -> analytics.report(LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30)));
        assertFalse(
                figure(twoDepartments.departuresByDepartment(), big.getCode()).isPresent(), "found by subtraction");
        assertEquals(2, twoDepartments.hiddenDepartments());

        assertThrows(
                EJBAccessException.class,
                () -> manager.call(() -> analytics.report(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
    }

    @Test
    void experienceScoresAreAveragedPerDepartmentOnlyForLargeEnoughGroups() throws Exception {
        OffboardingFixture fixture = new OffboardingFixture(em, transaction);
        Employee sato = fixture.person("manager.sato", "佐藤", "健");
        Department big = fixture.department("OBE");
        Department small = fixture.department("OBF");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        int[] scores = {4, 4, 5, 3, 4};
        for (int i = 0; i < scores.length; i++) {
            String token = survey(fixture, sato, big, today);
            surveys.submit(token, new ExitSurveyResponse.SurveyAnswers(scores[i], 3, i < 3, null, i % 2 == 0));
        }
        for (int i = 0; i < 2; i++) {
            surveys.submit(
                    survey(fixture, sato, small, today), new ExitSurveyResponse.SurveyAnswers(1, 1, false, null, true));
        }
        // A second small department, so that the hidden answers together reach the minimum and the
        // big department needs no companion hidden with it (the overall figure is shown).
        Department alsoSmall = fixture.department("OBG");
        for (int i = 0; i < 3; i++) {
            surveys.submit(
                    survey(fixture, sato, alsoSmall, today),
                    new ExitSurveyResponse.SurveyAnswers(2, 2, true, null, true));
        }
        AnalyticsReport report = hrAdmin.call(() -> analytics.report(today.withDayOfMonth(1), today));
        GroupFigure experience =
                figure(report.experienceByDepartment(), big.getCode()).orElseThrow();
        assertEquals(5, experience.count());
        assertEquals(4.0, experience.average());
        assertEquals(3, experience.part(), "would come back");
        assertFalse(figure(report.experienceByDepartment(), small.getCode()).isPresent());
        assertFalse(figure(report.experienceByDepartment(), alsoSmall.getCode()).isPresent());
        assertTrue(report.experienceOverall().count() >= 10);
    }

    String survey(OffboardingFixture fixture, Employee manager, Department department, LocalDate today)
            throws Exception {
        Employee leaver = fixture.report(manager, department);
        return hrAdmin.call(() -> cases.openCase(new ResignationNotice(
                        leaver.getEmployeeNumber(), today, today.plusDays(30), null, NoticeSource.HR)))
                .getSurveyToken();
    }
}
