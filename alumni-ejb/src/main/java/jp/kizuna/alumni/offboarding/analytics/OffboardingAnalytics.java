package jp.kizuna.alumni.offboarding.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kizuna.alumni.offboarding.OffboardingSettings;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * Aggregates over offboarding cases in SQL (GROUP BY), so the database does the work over tens of
 * thousands of cases; the overall retention and experience figures are withheld there (HAVING) below
 * the minimum.
 * A departure is a case that was not withdrawn, counted in the period of its last day.
 * Breakdowns are read whole (HAVING COUNT(*) >= 1; what is hidden is counted from the whole list) and
 * then cut by {@link Disclosure}, which also
 * hides the companions of small groups: the overall figures and the other breakdowns are totals,
 * so a lone hidden group could otherwise be found by subtraction.
 */
@Stateless
public class OffboardingAnalytics {

    private static final String UNASSIGNED = "-";

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private OffboardingSettings settings;

    @RolesAllowed(Roles.HR_ADMIN)
    public AnalyticsReport report(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessException("offboarding.analytics.periodInvalid");
        }
        int min = settings.minGroupSize();
        Disclosure disclosure = new Disclosure(min);
        int all = 1;

        List<GroupFigure> departments = groups("""
                SELECT COALESCE(d.code, '-'), MAX(d.name_ja), MAX(d.name_en), COUNT(*), 0, NULL
                FROM offboarding_case c LEFT JOIN department d ON d.id = c.department_id
                WHERE c.status <> 'WITHDRAWN' AND c.last_day BETWEEN ?1 AND ?2
                GROUP BY COALESCE(d.code, '-') HAVING COUNT(*) >= ?3 ORDER BY COUNT(*) DESC, 1""", from, to, all);
        List<GroupFigure> byDepartment = disclosure.shownFigures(departments);

        List<GroupFigure> byMonth = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> months = em.createNativeQuery("""
                SELECT EXTRACT(YEAR FROM c.last_day), EXTRACT(MONTH FROM c.last_day), COUNT(*)
                FROM offboarding_case c
                WHERE c.status <> 'WITHDRAWN' AND c.last_day BETWEEN ?1 AND ?2
                GROUP BY EXTRACT(YEAR FROM c.last_day), EXTRACT(MONTH FROM c.last_day)
                HAVING COUNT(*) >= ?3 ORDER BY 1, 2""")
                .setParameter(1, from)
                .setParameter(2, to)
                .setParameter(3, all)
                .getResultList();
        for (Object[] row : months) {
            String key = String.format("%04d-%02d", ((Number) row[0]).intValue(), ((Number) row[1]).intValue());
            byMonth.add(new GroupFigure(key, key, key, ((Number) row[2]).longValue(), 0, null));
        }
        int monthGroups = byMonth.size();
        byMonth = disclosure.shownFigures(byMonth);

        // part = how many of them were controllable, i.e. could have been prevented.
        List<GroupFigure> allReasons = groups("""
                SELECT r.code, MAX(r.name_ja), MAX(r.name_en), COUNT(*),
                       SUM(CASE WHEN r.controllable THEN 1 ELSE 0 END), NULL
                FROM offboarding_case c JOIN reason_category r ON r.id = c.primary_reason_id
                WHERE c.status <> 'WITHDRAWN' AND c.last_day BETWEEN ?1 AND ?2
                GROUP BY r.code HAVING COUNT(*) >= ?3 ORDER BY COUNT(*) DESC, 1""", from, to, all);
        List<GroupFigure> reasons = disclosure.shownFigures(allReasons);

        // Retention: of the cases (noticed in the period) where something was offered, how many stayed.
        String retentionCases = """
                FROM offboarding_case c LEFT JOIN department d ON d.id = c.department_id
                WHERE c.notice_date BETWEEN ?1 AND ?2
                  AND EXISTS (SELECT 1 FROM retention_offer o WHERE o.case_id = c.id)""";
        List<GroupFigure> retention = disclosure.shownFigures(groups("""
                SELECT COALESCE(d.code, '-'), MAX(d.name_ja), MAX(d.name_en), COUNT(*),
                       SUM(CASE WHEN c.status = 'WITHDRAWN' THEN 1 ELSE 0 END), NULL
                """ + retentionCases + """
                 GROUP BY COALESCE(d.code, '-') HAVING COUNT(*) >= ?3 ORDER BY COUNT(*) DESC, 1""", from, to, all));
        GroupFigure retentionOverall = groups("""
                SELECT 'ALL', '全体', 'All', COUNT(*), SUM(CASE WHEN c.status = 'WITHDRAWN' THEN 1 ELSE 0 END), NULL
                """ + retentionCases + " HAVING COUNT(*) >= ?3", from, to, min).stream()
                .findFirst()
                .orElse(null);

        List<GroupFigure> experience = disclosure.shownFigures(groups("""
                SELECT COALESCE(d.code, '-'), MAX(d.name_ja), MAX(d.name_en), COUNT(*),
                       SUM(CASE WHEN s.would_return THEN 1 ELSE 0 END), AVG(CAST(s.experience_score AS DOUBLE PRECISION))
                FROM exit_survey_response s LEFT JOIN department d ON d.id = s.department_id
                WHERE s.submitted_month BETWEEN ?1 AND ?2
                GROUP BY COALESCE(d.code, '-') HAVING COUNT(*) >= ?3 ORDER BY 6 DESC, 1""", from.withDayOfMonth(1), to, all));
        GroupFigure experienceOverall = groups("""
                SELECT 'ALL', '全体', 'All', COUNT(*), SUM(CASE WHEN s.would_return THEN 1 ELSE 0 END),
                       AVG(CAST(s.experience_score AS DOUBLE PRECISION))
                FROM exit_survey_response s WHERE s.submitted_month BETWEEN ?1 AND ?2 HAVING COUNT(*) >= ?3""", from.withDayOfMonth(1), to, min).stream()
                .findFirst()
                .orElse(null);

        return new AnalyticsReport(
                from,
                to,
                min,
                byDepartment,
                departments.size() - byDepartment.size(),
                byMonth,
                monthGroups - byMonth.size(),
                reasons,
                allReasons.size() - reasons.size(),
                retention,
                retentionOverall,
                experience,
                experienceOverall);
    }

    private List<GroupFigure> groups(String sql, LocalDate from, LocalDate to, int min) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter(1, from)
                .setParameter(2, to)
                .setParameter(3, min)
                .getResultList();
        List<GroupFigure> figures = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String key = (String) row[0];
            boolean unassigned = UNASSIGNED.equals(key);
            figures.add(new GroupFigure(
                    key,
                    unassigned ? "所属なし" : (String) row[1],
                    unassigned ? "No department" : (String) row[2],
                    ((Number) row[3]).longValue(),
                    row[4] == null ? 0 : ((Number) row[4]).longValue(),
                    row[5] == null ? null : Math.round(((Number) row[5]).doubleValue() * 100) / 100.0));
        }
        return figures;
    }
}
