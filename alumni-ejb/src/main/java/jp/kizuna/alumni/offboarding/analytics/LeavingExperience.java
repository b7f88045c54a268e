package jp.kizuna.alumni.offboarding.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.offboarding.OffboardingSettings;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * The exit survey's offboarding score and would-return share as KPIs by department, by manager and by
 * month. HR sees every answer; a manager only the answers of their own direct reports. Counting is
 * done in the database; {@link Disclosure} decides what is shown.
 */
@Stateless
public class LeavingExperience {

    private static final String UNASSIGNED = "-";

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private OffboardingSettings settings;

    @Inject
    private Caller caller;

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public ExperienceReport report(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessException("offboarding.analytics.periodInvalid");
        }
        boolean all = caller.isIn(Roles.HR_ADMIN);
        // A manager's scope: answers whose leaver reported to them (the caller's login names the manager).
        String scope = all ? "" : " AND m.login_name = ?3";
        String answers = """
                FROM exit_survey_response s
                LEFT JOIN department d ON d.id = s.department_id
                LEFT JOIN employee m ON m.id = s.manager_id
                WHERE s.submitted_month BETWEEN ?1 AND ?2""" + scope;
        String figures = "COUNT(*), SUM(CASE WHEN s.would_return THEN 1 ELSE 0 END), "
                + "AVG(CAST(s.offboarding_score AS DOUBLE PRECISION))";
        Disclosure disclosure = new Disclosure(settings.minGroupSize());
        LocalDate firstMonth = from.withDayOfMonth(1);

        List<GroupFigure> departments = new ArrayList<>();
        for (Object[] row : rows(
                "SELECT COALESCE(d.code, '-'), MAX(d.name_ja), MAX(d.name_en), " + figures + " " + answers
                        + " GROUP BY COALESCE(d.code, '-') ORDER BY 1",
                firstMonth,
                to,
                all)) {
            boolean unassigned = UNASSIGNED.equals(row[0]);
            departments.add(figure(
                    (String) row[0],
                    unassigned ? "所属なし" : (String) row[1],
                    unassigned ? "No department" : (String) row[2],
                    row,
                    3));
        }
        List<GroupFigure> managers = new ArrayList<>();
        for (Object[] row : rows(
                "SELECT COALESCE(CAST(m.id AS VARCHAR(20)), '-'), MAX(m.family_name), MAX(m.given_name), " + figures
                        + " " + answers + " GROUP BY COALESCE(CAST(m.id AS VARCHAR(20)), '-') ORDER BY 1",
                firstMonth,
                to,
                all)) {
            boolean unassigned = UNASSIGNED.equals(row[0]);
            managers.add(figure(
                    (String) row[0],
                    unassigned ? "上司なし" : row[1] + " " + row[2],
                    unassigned ? "No manager" : row[2] + " " + row[1],
                    row,
                    3));
        }
        List<GroupFigure> months = new ArrayList<>();
        for (Object[] row : rows(
                "SELECT " + Period.MONTH.bucket("s.submitted_month") + ", " + figures + " " + answers + " GROUP BY "
                        + Period.MONTH.bucket("s.submitted_month") + " ORDER BY 1",
                firstMonth,
                to,
                all)) {
            String key = Period.MONTH.label(((Number) row[0]).intValue());
            months.add(figure(key, key, key, row, 1));
        }
        GroupFigure overall = null;
        long count = departments.stream().mapToLong(GroupFigure::count).sum();
        if (count >= disclosure.minimum()) {
            Object[] row = rows("SELECT " + figures + " " + answers, firstMonth, to, all)
                    .get(0);
            overall = figure("ALL", "全体", "All", row, 0);
        }
        List<GroupFigure> shownDepartments = disclosure.shownFigures(departments);
        List<GroupFigure> shownManagers = disclosure.shownFigures(managers);
        List<GroupFigure> shownMonths = disclosure.shownFigures(months);
        return new ExperienceReport(
                firstMonth,
                to,
                disclosure.minimum(),
                all ? "ALL" : "OWN",
                overall,
                shownDepartments,
                departments.size() - shownDepartments.size(),
                shownManagers,
                managers.size() - shownManagers.size(),
                shownMonths,
                months.size() - shownMonths.size());
    }

    private static GroupFigure figure(String key, String nameJa, String nameEn, Object[] row, int first) {
        Object average = row[first + 2];
        return new GroupFigure(
                key,
                nameJa,
                nameEn,
                ((Number) row[first]).longValue(),
                row[first + 1] == null ? 0 : ((Number) row[first + 1]).longValue(),
                average == null ? null : Math.round(((Number) average).doubleValue() * 100) / 100.0);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate from, LocalDate to, boolean all) {
        var query = em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to);
        if (!all) {
            query.setParameter(3, caller.login());
        }
        return query.getResultList();
    }
}
