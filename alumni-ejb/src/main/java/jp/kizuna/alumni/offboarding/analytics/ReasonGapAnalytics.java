package jp.kizuna.alumni.offboarding.analytics;

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
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kizuna.alumni.offboarding.OffboardingSettings;
import jp.kizuna.alumni.offboarding.StatedReasons;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * The 「一身上の都合」 gap: the kind of each case's stated reason ({@link StatedReasons}: PERSONAL for the
 * generic wordings, else a reason category code), kept since the case was opened, is compared with the
 * real primary reason HR recorded. Counting happens in the database; the
 * {@link Disclosure} rule then decides which groups are shown. Real reasons are confidential, so the
 * figures are HR's only.
 */
@Stateless
public class ReasonGapAnalytics {

    private static final String UNASSIGNED = "-";

    /**
     * Departures with a real reason, each with its stated kind and whether the two differ. A case opened
     * by a node on the release before V292 has no kind yet and is classified here by the same rule.
     */
    private static final String CLASSIFIED = """
            (SELECT x.department_id, x.last_day, x.real_code, x.real_ja, x.real_en, x.stated_kind,
                    CASE WHEN x.stated_kind = x.real_code THEN 0 ELSE 1 END AS differs
             FROM (SELECT c.department_id, c.last_day, r.code AS real_code, r.name_ja AS real_ja, r.name_en AS real_en,
                          COALESCE(c.stated_kind, """ + StatedReasons.kindOf("c.stated_reason") + """
                          ) AS stated_kind
                   FROM offboarding_case c JOIN reason_category r ON r.id = c.primary_reason_id
                   WHERE c.status <> 'WITHDRAWN' AND c.last_day BETWEEN ?1 AND ?2) x) g""";

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private OffboardingSettings settings;

    @RolesAllowed(Roles.HR_ADMIN)
    public ReasonGapReport report(LocalDate from, LocalDate to, Period period) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessException("offboarding.analytics.periodInvalid");
        }
        Period cut = period == null ? Period.MONTH : period;
        Disclosure disclosure = new Disclosure(settings.minGroupSize());

        List<GroupFigure> departments = figures("""
                SELECT COALESCE(d.code, '-'), MAX(d.name_ja), MAX(d.name_en), COUNT(*), SUM(g.differs)
                FROM """ + CLASSIFIED + """
                 LEFT JOIN department d ON d.id = g.department_id
                GROUP BY COALESCE(d.code, '-') ORDER BY COUNT(*) DESC, 1""", from, to);
        List<GroupFigure> periods = new ArrayList<>();
        for (Object[] row : rows(
                "SELECT " + cut.bucket("g.last_day") + " AS b, COUNT(*), SUM(g.differs) FROM " + CLASSIFIED
                        + " GROUP BY " + cut.bucket("g.last_day") + " ORDER BY 1",
                from,
                to)) {
            String key = cut.label(((Number) row[0]).intValue());
            periods.add(new GroupFigure(key, key, key, number(row[1]), number(row[2]), null));
        }
        long total = departments.stream().mapToLong(GroupFigure::count).sum();
        long differing = departments.stream().mapToLong(GroupFigure::part).sum();
        GroupFigure overall =
                total >= disclosure.minimum() ? new GroupFigure("ALL", "全体", "All", total, differing, null) : null;

        Map<String, String[]> kindNames = kindNames();
        Map<Disclosure.Cell<String, String>, Long> cells = new LinkedHashMap<>();
        Map<Disclosure.Cell<String, String>, GroupFigure> cellFigures = new LinkedHashMap<>();
        Map<String, Long> statedSizes = new LinkedHashMap<>();
        for (Object[] row : rows(
                """
                SELECT g.stated_kind, g.real_code, MAX(g.real_ja), MAX(g.real_en), COUNT(*), SUM(g.differs)
                FROM """ + CLASSIFIED + " GROUP BY g.stated_kind, g.real_code ORDER BY COUNT(*) DESC, 1, 2", from, to)) {
            Disclosure.Cell<String, String> cell = new Disclosure.Cell<>((String) row[0], (String) row[1]);
            cells.put(cell, number(row[4]));
            cellFigures.put(
                    cell,
                    new GroupFigure(
                            (String) row[1], (String) row[2], (String) row[3], number(row[4]), number(row[5]), null));
            statedSizes.merge(cell.row(), number(row[4]), Long::sum);
        }
        Set<String> shownStated = disclosure.shown(statedSizes);
        Set<String> hiddenStated = statedSizes.keySet().stream()
                .filter(k -> !shownStated.contains(k))
                .collect(Collectors.toSet());
        Set<Disclosure.Cell<String, String>> shownCells = disclosure.shownCells(cells, hiddenStated);
        List<ReasonGapReport.StatedReason> stated = new ArrayList<>();
        statedSizes.entrySet().stream()
                .filter(e -> shownStated.contains(e.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    List<GroupFigure> behind = new ArrayList<>();
                    long allCells = 0;
                    long statedDiffering = 0;
                    for (Map.Entry<Disclosure.Cell<String, String>, GroupFigure> cell : cellFigures.entrySet()) {
                        if (cell.getKey().row().equals(e.getKey())) {
                            allCells++;
                            statedDiffering += cell.getValue().part();
                            if (shownCells.contains(cell.getKey())) {
                                behind.add(cell.getValue());
                            }
                        }
                    }
                    String[] names = kindNames.getOrDefault(e.getKey(), new String[] {e.getKey(), e.getKey()});
                    stated.add(new ReasonGapReport.StatedReason(
                            new GroupFigure(e.getKey(), names[0], names[1], e.getValue(), statedDiffering, null),
                            behind,
                            (int) (allCells - behind.size())));
                });

        List<GroupFigure> shownDepartments = disclosure.shownFigures(departments);
        List<GroupFigure> shownPeriods = disclosure.shownFigures(periods);
        return new ReasonGapReport(
                from,
                to,
                cut,
                disclosure.minimum(),
                overall,
                shownDepartments,
                departments.size() - shownDepartments.size(),
                shownPeriods,
                periods.size() - shownPeriods.size(),
                stated,
                statedSizes.size() - stated.size());
    }

    /** Names of the stated kinds: the three of their own and every reason category. */
    private Map<String, String[]> kindNames() {
        Map<String, String[]> names = new LinkedHashMap<>();
        names.put(StatedReasons.PERSONAL, new String[] {"一身上の都合", "Personal reasons (一身上の都合)"});
        names.put(StatedReasons.NOT_STATED, new String[] {"記載なし", "Not stated"});
        names.put(StatedReasons.UNCLASSIFIED, new String[] {"その他の記載", "Other wording"});
        @SuppressWarnings("unchecked")
        List<Object[]> categories = em.createNativeQuery("SELECT code, name_ja, name_en FROM reason_category")
                .getResultList();
        for (Object[] row : categories) {
            names.put((String) row[0], new String[] {(String) row[1], (String) row[2]});
        }
        return names;
    }

    private List<GroupFigure> figures(String sql, LocalDate from, LocalDate to) {
        Function<Object[], GroupFigure> figure = row -> {
            boolean unassigned = UNASSIGNED.equals(row[0]);
            return new GroupFigure(
                    (String) row[0],
                    unassigned ? "所属なし" : (String) row[1],
                    unassigned ? "No department" : (String) row[2],
                    number(row[3]),
                    number(row[4]),
                    null);
        };
        return rows(sql, from, to).stream().map(figure).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql)
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
