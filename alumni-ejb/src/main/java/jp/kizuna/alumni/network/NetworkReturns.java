package jp.kizuna.alumni.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.offboarding.OffboardingSettings;
import jp.kizuna.alumni.offboarding.analytics.Disclosure;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * The return on the alumni network in one read: rehires, referral hires and side-job or collaboration
 * engagements that came through it (by the day they were hired), the mean time from interest or referral
 * to hire, the agency fees those hires saved at HR's cost per agency hire, and the funnel invited → joined
 * → active → interested → hired of the alumni invited in the period, by department and by year. HR only.
 */
@Stateless
public class NetworkReturns {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private OffboardingSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Caller caller;

    @RolesAllowed(Roles.HR_ADMIN)
    public ReturnsReport report(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessException("network.returns.periodInvalid");
        }
        Disclosure disclosure = new Disclosure(settings.minGroupSize());
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();

        List<long[]> rehires = new ArrayList<>();
        List<long[]> engagements = new ArrayList<>();
        for (Object[] row : rows("""
                SELECT o.kind, i.expressed_at, i.stage_changed_at FROM opportunity_interest i
                JOIN opportunity o ON o.id = i.opportunity_id
                WHERE i.stage = 'HIRED' AND i.stage_changed_at >= ?1 AND i.stage_changed_at < ?2""", start, end)) {
            long[] days = {days(row[1], row[2])};
            ("REHIRE".equals(row[0]) ? rehires : engagements).add(days);
        }
        List<long[]> referrals = new ArrayList<>();
        for (Object[] row : rows("""
                SELECT r.submitted_at, r.status_changed_at FROM referral r
                WHERE r.status = 'HIRED' AND r.status_changed_at >= ?1 AND r.status_changed_at < ?2""", start, end)) {
            referrals.add(new long[] {days(row[0], row[1])});
        }
        long cost = costPerAgencyHire();
        Long rehireCount = shown(disclosure, rehires.size());
        Long referralCount = shown(disclosure, referrals.size());
        Long yenSaved = rehireCount == null || referralCount == null ? null : (rehireCount + referralCount) * cost;

        String funnel = """
                COUNT(*), SUM(CASE WHEN p.joined_at IS NOT NULL THEN 1 ELSE 0 END),
                SUM(CASE WHEN p.status = 'ACTIVE' THEN 1 ELSE 0 END),
                SUM(CASE WHEN EXISTS (SELECT 1 FROM opportunity_interest i WHERE i.profile_id = p.id) THEN 1 ELSE 0 END),
                SUM(CASE WHEN EXISTS (SELECT 1 FROM opportunity_interest i WHERE i.profile_id = p.id
                    AND i.stage = 'HIRED') THEN 1 ELSE 0 END)
                FROM alumnus_profile p LEFT JOIN department d ON d.id = p.department_id
                WHERE p.invited_at >= ?1 AND p.invited_at < ?2""";
        List<FunnelFigure> departments = new ArrayList<>();
        for (Object[] row : rows(
                "SELECT COALESCE(d.code, '-'), MAX(d.name_ja), MAX(d.name_en), " + funnel
                        + " GROUP BY COALESCE(d.code, '-') ORDER BY 1",
                start,
                end)) {
            boolean none = "-".equals(row[0]);
            departments.add(figure(
                    (String) row[0], none ? "所属なし" : (String) row[1], none ? "No department" : (String) row[2], row));
        }
        List<FunnelFigure> years = new ArrayList<>();
        for (Object[] row : rows(
                "SELECT CAST(EXTRACT(YEAR FROM p.invited_at) AS INTEGER), '', '', " + funnel
                        + " GROUP BY CAST(EXTRACT(YEAR FROM p.invited_at) AS INTEGER) ORDER BY 1",
                start,
                end)) {
            String year = String.valueOf(((Number) row[0]).intValue());
            years.add(figure(year, year, year, row));
        }
        FunnelFigure total = new FunnelFigure(
                "ALL",
                "全体",
                "All",
                sum(departments, 0),
                sum(departments, 1),
                sum(departments, 2),
                sum(departments, 3),
                sum(departments, 4));
        List<FunnelFigure> shownDepartments = shownFunnel(disclosure, departments);
        List<FunnelFigure> shownYears = shownFunnel(disclosure, years);
        return new ReturnsReport(
                from,
                to,
                disclosure.minimum(),
                cost,
                rehireCount,
                referralCount,
                shown(disclosure, engagements.size()),
                rehireCount == null ? null : mean(rehires),
                referralCount == null ? null : mean(referrals),
                yenSaved,
                disclosure.showsTotal(total.invited()) ? total : null,
                shownDepartments,
                departments.size() - shownDepartments.size(),
                shownYears,
                years.size() - shownYears.size());
    }

    /** HR's cost of one hire through an agency, in yen. */
    @RolesAllowed(Roles.HR_ADMIN)
    public long costPerAgencyHire() {
        return ((Number) em.createNativeQuery("SELECT cost_per_agency_hire FROM network_roi_setting WHERE id = 1")
                        .getSingleResult())
                .longValue();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public void changeCostPerAgencyHire(long yen) {
        if (yen < 0 || yen > 100_000_000L) {
            throw new BusinessException("network.returns.costInvalid");
        }
        em.createNativeQuery(
                        "UPDATE network_roi_setting SET cost_per_agency_hire = ?1, updated_at = ?2, updated_by = ?3"
                                + " WHERE id = 1")
                .setParameter(1, yen)
                .setParameter(2, LocalDateTime.now(clock))
                .setParameter(3, caller.login())
                .executeUpdate();
        audit.record(AuditEntry.Action.UPDATE, "NetworkRoiSetting", 1, "cost per agency hire " + yen);
    }

    private static Long shown(Disclosure disclosure, long count) {
        return disclosure.showsTotal(count) ? count : null;
    }

    private static List<FunnelFigure> shownFunnel(Disclosure disclosure, List<FunnelFigure> figures) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        figures.forEach(f -> sizes.put(f.key(), f.invited()));
        Set<String> shown = disclosure.shown(sizes);
        return figures.stream().filter(f -> shown.contains(f.key())).toList();
    }

    private static FunnelFigure figure(String key, String nameJa, String nameEn, Object[] row) {
        return new FunnelFigure(
                key, nameJa, nameEn, number(row[3]), number(row[4]), number(row[5]), number(row[6]), number(row[7]));
    }

    private static long sum(List<FunnelFigure> figures, int stage) {
        return figures.stream()
                .mapToLong(f -> switch (stage) {
                    case 0 -> f.invited();
                    case 1 -> f.joined();
                    case 2 -> f.active();
                    case 3 -> f.interested();
                    default -> f.hired();
                })
                .sum();
    }

    /** Whole days between two timestamps as the database gives them. */
    private static long days(Object from, Object to) {
        return Duration.between(timestamp(from), timestamp(to)).toDays();
    }

    private static LocalDateTime timestamp(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    private static Double mean(List<long[]> days) {
        return days.isEmpty()
                ? null
                : Math.round(days.stream().mapToLong(d -> d[0]).average().orElse(0) * 10) / 10.0;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDateTime from, LocalDateTime to) {
        return em.createNativeQuery(sql)
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList();
    }
}
