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
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.offboarding.OffboardingSettings;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * Headcount and turnover from the employees' hire and leaving dates. A person counts as employed on a
 * day from their hire date (or always, when HR never sent one) up to and including their leaving date
 * (the last day, 退職日). The rate of a group is its leavers per average of the headcount on the first
 * and the last day of the period. How a leaver left and whether the loss is regretted come from their
 * offboarding case with that last day; a leaver without one counts as not voluntary.
 *
 * <p>HR sees every employee; a manager only their organisation, everyone below them in the line
 * (their own line is not theirs to count). The database is read twice, the current employees once
 * (see {@link TurnoverTally} for how every breakdown comes from those two reads); {@link Disclosure}
 * decides on the leavers of each group what is shown. Dates enter the SQL as literals made from
 * {@link LocalDate}, never from text a person typed.
 */
@Stateless
public class TurnoverAnalytics {

    /** Monthly views over more than five years are unreadable; each month is added up over all the window's movers. */
    static final int MAX_PERIODS = 60;

    private static final String UNASSIGNED = "-";

    /** Where the organisation condition goes: right after WHERE, before the query's own (bracketed) condition. */
    private static final String SCOPE = "/*scope*/";

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private OffboardingSettings settings;

    @Inject
    private Caller caller;

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public TurnoverReport report(LocalDate from, LocalDate to, Period period) {
        if (from == null || to == null || period == null || to.isBefore(from)) {
            throw new BusinessException("offboarding.analytics.periodInvalid");
        }
        List<Bucket> buckets = buckets(from, to, period);
        if (buckets.size() > MAX_PERIODS) {
            throw new BusinessException("offboarding.analytics.rangeTooLong", MAX_PERIODS);
        }
        Scope scope = caller.isIn(Roles.HR_ADMIN) ? new Scope(null) : new Scope(caller.login());
        Disclosure disclosure = new Disclosure(settings.minGroupSize());

        TurnoverTally tally = new TurnoverTally(from, to, buckets);
        for (Object[] row : scope.rows(staffQuery(from, to))) {
            tally.staff(group(row), (String) row[5], (String) row[6], number(row[7]), number(row[8]));
        }
        for (Object[] row : scope.rows(moversQuery(from, to))) {
            tally.mover(
                    group(row),
                    new TurnoverTally.Mover(
                            day(row[5]), day(row[6]), (String) row[7], number(row[8]) == 1, number(row[9]) == 1));
        }
        List<TurnoverFigure> periods = tally.periods();
        List<TurnoverFigure> departments = tally.departments();
        List<TurnoverFigure> titles = tally.jobTitles();
        List<TurnoverFigure> grades = tally.jobGrades();
        List<TurnoverFigure> tenures = tally.tenures();
        List<GroupFigure> types = tally.leavingTypes();

        TurnoverFigure total = new TurnoverFigure(
                "ALL",
                "全体",
                "All",
                departments.stream().mapToLong(TurnoverFigure::headcountStart).sum(),
                departments.stream().mapToLong(TurnoverFigure::headcountEnd).sum(),
                departments.stream().mapToLong(TurnoverFigure::hires).sum(),
                departments.stream().mapToLong(TurnoverFigure::leavers).sum(),
                departments.stream().mapToLong(TurnoverFigure::voluntary).sum(),
                departments.stream().mapToLong(TurnoverFigure::regretted).sum());
        TurnoverFigure overall = disclosure.showsTotal(total.leavers()) ? total : null;

        List<TurnoverFigure> shownPeriods = shown(disclosure, periods);
        List<TurnoverFigure> shownDepartments = shown(disclosure, departments);
        List<TurnoverFigure> shownTenures = shown(disclosure, tenures);
        List<TurnoverFigure> shownTitles = shown(disclosure, titles);
        List<TurnoverFigure> shownGrades = shown(disclosure, grades);
        List<GroupFigure> shownTypes = disclosure.shownFigures(types);
        return new TurnoverReport(
                from,
                to,
                period,
                disclosure.minimum(),
                scope.all() ? "ALL" : "OWN",
                overall,
                shownPeriods,
                periods.size() - shownPeriods.size(),
                named(shownDepartments, "所属なし", "No department"),
                departments.size() - shownDepartments.size(),
                shownTenures,
                tenures.size() - shownTenures.size(),
                named(shownTitles, "役職なし", "No job title"),
                titles.size() - shownTitles.size(),
                shownTypes,
                types.size() - shownTypes.size(),
                named(shownGrades, "等級なし", "No job grade"),
                grades.size() - shownGrades.size());
    }

    /**
     * The groups that may be shown: those without leavers always (they add nothing to what could be
     * subtracted), the others as {@link Disclosure} decides on their leavers.
     */
    static List<TurnoverFigure> shown(Disclosure disclosure, List<TurnoverFigure> figures) {
        Map<String, Long> leavers = new LinkedHashMap<>();
        figures.stream().filter(f -> f.leavers() > 0).forEach(f -> leavers.put(f.key(), f.leavers()));
        Set<String> shown = disclosure.shown(leavers);
        return figures.stream()
                .filter(f -> f.leavers() == 0 || shown.contains(f.key()))
                .toList();
    }

    /** Months, quarters or years from {@code from} to {@code to}, the first and last cut to the range. */
    static List<Bucket> buckets(LocalDate from, LocalDate to, Period period) {
        List<Bucket> buckets = new ArrayList<>();
        LocalDate start = switch (period) {
            case MONTH -> from.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(from.getYear(), (from.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> from.withDayOfYear(1);
        };
        while (!start.isAfter(to) && buckets.size() <= MAX_PERIODS) {
            LocalDate next = switch (period) {
                case MONTH -> start.plusMonths(1);
                case QUARTER -> start.plusMonths(3);
                case YEAR -> start.plusYears(1);
            };
            int n = switch (period) {
                case MONTH -> start.getMonthValue();
                case QUARTER -> (start.getMonthValue() + 2) / 3;
                case YEAR -> 0;
            };
            LocalDate first = start.isBefore(from) ? from : start;
            LocalDate last = next.minusDays(1).isAfter(to) ? to : next.minusDays(1);
            buckets.add(new Bucket(start.getYear() * 100 + n, period.label(start.getYear() * 100 + n), first, last));
            start = next;
        }
        return buckets;
    }

    /**
     * The people employed on the first or the last day, counted by every group a breakdown needs: the one
     * read of the current employees. The leaving date condition is implied by the others; it lets the
     * database skip the alumni who left before the window through the leaving date index.
     */
    private static String staffQuery(LocalDate from, LocalDate to) {
        String bandAtStart = tenureBand(from);
        String bandAtEnd = tenureBand(to);
        return "SELECT COALESCE(d.code, '-'), MAX(d.name_ja), MAX(d.name_en), COALESCE(e.job_title, '-'),"
                + " COALESCE(e.job_grade, '-'), " + bandAtStart + ", " + bandAtEnd + ", "
                + "SUM(CASE WHEN " + employedOn(from) + " THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + employedOn(to) + " THEN 1 ELSE 0 END)"
                + " FROM employee e LEFT JOIN department d ON d.id = e.department_id WHERE " + SCOPE
                + "(e.leaving_date IS NULL OR e.leaving_date >= " + date(from) + ") AND ((" + employedOn(from)
                + ") OR (" + employedOn(to) + ")) GROUP BY COALESCE(d.code, '-'), COALESCE(e.job_title, '-'),"
                + " COALESCE(e.job_grade, '-'), " + bandAtStart + ", " + bandAtEnd;
    }

    /** Everyone hired or leaving inside the window, one row each, with how the leavers left. */
    private static String moversQuery(LocalDate from, LocalDate to) {
        String leftInRange = "e.leaving_date BETWEEN " + date(from) + " AND " + date(to);
        return "SELECT COALESCE(d.code, '-'), d.name_ja, d.name_en, COALESCE(e.job_title, '-'),"
                + " COALESCE(e.job_grade, '-'), e.hire_date, e.leaving_date, CASE WHEN " + leftInRange
                + " THEN COALESCE((SELECT MAX(c.leaving_type) FROM offboarding_case c WHERE " + caseOfLeaver()
                + "), 'NONE') END, CASE WHEN " + leftInRange + " THEN " + isVoluntary() + " ELSE 0 END,"
                + " CASE WHEN " + leftInRange + " THEN " + isRegretted() + " ELSE 0 END"
                + " FROM employee e LEFT JOIN department d ON d.id = e.department_id WHERE " + SCOPE
                + "(e.hire_date BETWEEN " + date(from) + " AND " + date(to) + " OR " + leftInRange + ")";
    }

    private static TurnoverTally.Group group(Object[] row) {
        return new TurnoverTally.Group(
                (String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4]);
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static List<TurnoverFigure> named(List<TurnoverFigure> figures, String noneJa, String noneEn) {
        return figures.stream()
                .map(f -> UNASSIGNED.equals(f.key())
                        ? new TurnoverFigure(
                                f.key(),
                                noneJa,
                                noneEn,
                                f.headcountStart(),
                                f.headcountEnd(),
                                f.hires(),
                                f.leavers(),
                                f.voluntary(),
                                f.regretted())
                        : f)
                .toList();
    }

    static String tenureName(String band, boolean ja) {
        return switch (band) {
            case "A" -> ja ? "1年未満" : "Under 1 year";
            case "B" -> ja ? "1年以上3年未満" : "1 to 3 years";
            case "C" -> ja ? "3年以上5年未満" : "3 to 5 years";
            case "D" -> ja ? "5年以上10年未満" : "5 to 10 years";
            case "E" -> ja ? "10年以上" : "10 years or more";
            default -> ja ? "入社日不明" : "Hire date unknown";
        };
    }

    static String leavingTypeName(String type, boolean ja) {
        return switch (type) {
            case "VOLUNTARY" -> ja ? "自己都合" : "Voluntary";
            case "COMPANY" -> ja ? "会社都合" : "Company's decision";
            case "RETIREMENT" -> ja ? "定年" : "Retirement";
            case "CONTRACT_END" -> ja ? "契約期間満了" : "Contract ended";
            case "OTHER" -> ja ? "その他" : "Other";
            default -> ja ? "退職ケースなし" : "No offboarding case";
        };
    }

    /**
     * The tenure band on {@code day} as SQL, as {@link TurnoverTally#tenureBand} counts it: fewer than N
     * whole years of service is a hire date after the day N years earlier. The bounds are dates made
     * here, so the database compares dates instead of doing arithmetic on every employee's hire date.
     */
    private static String tenureBand(LocalDate day) {
        StringBuilder band =
                new StringBuilder("CASE WHEN e.hire_date IS NULL THEN '" + TurnoverTally.UNKNOWN_TENURE + "'");
        String last = null;
        for (Map.Entry<String, Integer> upTo : TurnoverTally.TENURE_BANDS.entrySet()) {
            if (upTo.getValue() == null) {
                last = upTo.getKey();
            } else {
                band.append(" WHEN e.hire_date > ")
                        .append(date(day.minusYears(upTo.getValue())))
                        .append(" THEN '")
                        .append(upTo.getKey())
                        .append("'");
            }
        }
        return band.append(" ELSE '").append(last).append("' END").toString();
    }

    private static String employedOn(LocalDate day) {
        return "(e.hire_date IS NULL OR e.hire_date <= " + date(day)
                + ") AND (e.leaving_date IS NULL OR e.leaving_date >= " + date(day) + ")";
    }

    /** The leaver's offboarding case: the one ending on their leaving date that was not withdrawn. */
    private static String caseOfLeaver() {
        return "c.employee_id = e.id AND c.last_day = e.leaving_date AND c.status <> 'WITHDRAWN'";
    }

    private static String isVoluntary() {
        return "(CASE WHEN EXISTS (SELECT 1 FROM offboarding_case c WHERE " + caseOfLeaver()
                + " AND c.leaving_type = 'VOLUNTARY') THEN 1 ELSE 0 END)";
    }

    private static String isRegretted() {
        return "(CASE WHEN EXISTS (SELECT 1 FROM offboarding_case c WHERE " + caseOfLeaver()
                + " AND c.regretted = TRUE) THEN 1 ELSE 0 END)";
    }

    private static String date(LocalDate day) {
        return "DATE '" + day + "'";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** One month, quarter or year: its bucket number yyyy*100+n, label and days inside the range. */
    record Bucket(int number, String label, LocalDate first, LocalDate last) {}

    /** Whose employees are counted: all (login null) or the organisation below the manager with that login. */
    private final class Scope {

        private final String managerLogin;

        Scope(String managerLogin) {
            this.managerLogin = managerLogin;
        }

        boolean all() {
            return managerLogin == null;
        }

        /** Runs a query over {@code employee e}, restricted at {@link #SCOPE} to the organisation when a manager asks. */
        @SuppressWarnings("unchecked")
        List<Object[]> rows(String sql) {
            if (all()) {
                return em.createNativeQuery(sql.replace(SCOPE, "")).getResultList();
            }
            String organisation = "WITH RECURSIVE org (id) AS ("
                    + "SELECT r.id FROM employee r JOIN employee m ON m.id = r.manager_id WHERE m.login_name = ?1"
                    + " UNION ALL SELECT r.id FROM employee r JOIN org o ON r.manager_id = o.id) ";
            return em.createNativeQuery(organisation + sql.replace(SCOPE, "e.id IN (SELECT id FROM org) AND "))
                    .setParameter(1, managerLogin)
                    .getResultList();
        }
    }
}
