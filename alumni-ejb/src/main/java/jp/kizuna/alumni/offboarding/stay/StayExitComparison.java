package jp.kizuna.alumni.offboarding.stay;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kizuna.alumni.offboarding.OffboardingSettings;
import jp.kizuna.alumni.offboarding.analytics.Disclosure;
import jp.kizuna.alumni.offboarding.analytics.GroupFigure;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * What stay interviews heard against why people actually left, so HR sees whether the concerns it hears
 * are the ones that cost it people. HR only: concerns are confidential like real reasons. Each side is a
 * breakdown of its own under {@link Disclosure}; counting is done in the database.
 */
@Stateless
public class StayExitComparison {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private OffboardingSettings settings;

    @RolesAllowed(Roles.HR_ADMIN)
    public StayExitReport report(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessException("offboarding.analytics.periodInvalid");
        }
        Disclosure disclosure = new Disclosure(settings.minGroupSize());
        List<GroupFigure> stay = figures("""
                SELECT COALESCE(r.code, 'NONE'), MAX(r.name_ja), MAX(r.name_en), COUNT(*) FROM stay_interview s
                LEFT JOIN reason_category r ON r.id = s.primary_concern_id WHERE s.held_on BETWEEN ?1 AND ?2
                GROUP BY COALESCE(r.code, 'NONE')""", from, to);
        List<GroupFigure> exit = figures("""
                SELECT COALESCE(r.code, '-'), MAX(r.name_ja), MAX(r.name_en), COUNT(*) FROM offboarding_case c
                LEFT JOIN reason_category r ON r.id = c.primary_reason_id
                WHERE c.status <> 'WITHDRAWN' AND c.last_day BETWEEN ?1 AND ?2
                GROUP BY COALESCE(r.code, '-')""", from, to);
        long stayTotal = stay.stream().mapToLong(GroupFigure::count).sum();
        long exitTotal = exit.stream().mapToLong(GroupFigure::count).sum();
        Map<String, GroupFigure> shownStay = new LinkedHashMap<>();
        disclosure.shownFigures(stay).forEach(f -> shownStay.put(f.key(), f));
        Map<String, GroupFigure> shownExit = new LinkedHashMap<>();
        disclosure.shownFigures(exit).forEach(f -> shownExit.put(f.key(), f));
        boolean stayShown = disclosure.showsTotal(stayTotal);
        boolean exitShown = disclosure.showsTotal(exitTotal);

        Map<String, String[]> names = new LinkedHashMap<>();
        for (Object[] row : rows("SELECT code, name_ja, name_en FROM reason_category ORDER BY sort_order, code")) {
            names.put((String) row[0], new String[] {(String) row[1], (String) row[2]});
        }
        names.put("NONE", new String[] {"懸念なし", "No concern"});
        names.put("-", new String[] {"未記録", "Not recorded"});
        List<StayExitReport.Row> table = new ArrayList<>();
        names.forEach((code, name) -> {
            GroupFigure s = shownStay.get(code);
            GroupFigure e = shownExit.get(code);
            boolean anyStay = stay.stream().anyMatch(f -> f.key().equals(code));
            boolean anyExit = exit.stream().anyMatch(f -> f.key().equals(code));
            if (!anyStay && !anyExit) {
                return;
            }
            Long stayCount = s != null ? Long.valueOf(s.count()) : anyStay ? null : Long.valueOf(0);
            Long exitCount = e != null ? Long.valueOf(e.count()) : anyExit ? null : Long.valueOf(0);
            table.add(new StayExitReport.Row(
                    code,
                    name[0],
                    name[1],
                    stayCount,
                    exitCount,
                    percent(stayCount, stayShown ? stayTotal : 0),
                    percent(exitCount, exitShown ? exitTotal : 0)));
        });

        Object[] seen = (Object[]) em.createNativeQuery("""
                SELECT COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM stay_interview s
                        LEFT JOIN stay_interview_concern sc ON sc.interview_id = s.id
                        WHERE s.employee_id = c.employee_id AND s.held_on <= c.notice_date
                        AND s.held_on >= c.notice_date - INTERVAL '1' YEAR
                        AND (s.primary_concern_id = c.primary_reason_id OR sc.category_id = c.primary_reason_id))
                    THEN 1 ELSE 0 END)
                FROM offboarding_case c WHERE c.status <> 'WITHDRAWN' AND c.last_day BETWEEN ?1 AND ?2
                AND EXISTS (SELECT 1 FROM stay_interview s WHERE s.employee_id = c.employee_id
                        AND s.held_on <= c.notice_date AND s.held_on >= c.notice_date - INTERVAL '1' YEAR)""")
                .setParameter(1, from)
                .setParameter(2, to)
                .getSingleResult();
        long withStay = ((Number) seen[0]).longValue();
        long heard = seen[1] == null ? 0 : ((Number) seen[1]).longValue();
        Map<String, Long> split = new LinkedHashMap<>();
        split.put("heard", heard);
        split.put("unheard", withStay - heard);
        Set<String> shownSplit = disclosure.shown(split);
        boolean withStayShown = disclosure.showsTotal(withStay);
        return new StayExitReport(
                from,
                to,
                disclosure.minimum(),
                stayShown ? stayTotal : null,
                exitShown ? exitTotal : null,
                table,
                stay.size() - shownStay.size(),
                exit.size() - shownExit.size(),
                withStayShown ? withStay : null,
                withStayShown && (heard == 0 || shownSplit.contains("heard")) ? heard : null);
    }

    private static Double percent(Long count, long total) {
        return count == null || total == 0 ? null : Math.round(count * 1000.0 / total) / 10.0;
    }

    private List<GroupFigure> figures(String sql, LocalDate from, LocalDate to) {
        List<GroupFigure> figures = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList();
        for (Object[] row : rows) {
            figures.add(new GroupFigure(
                    (String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue(), 0, null));
        }
        return figures;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
