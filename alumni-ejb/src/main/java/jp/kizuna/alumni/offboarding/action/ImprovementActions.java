package jp.kizuna.alumni.offboarding.action;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.offboarding.OffboardingSettings;
import jp.kizuna.alumni.offboarding.ReasonCategory;
import jp.kizuna.alumni.offboarding.analytics.Disclosure;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * The loop from leaving reasons to action. HR records an action for a pattern (reason category ×
 * department or whole company × period), moves it along and publishes it; employees read the published
 * ones as "you said, we did", only where the pattern's leavers reach the minimum group size; HR's ledger
 * shows the reason's share among the pattern's leavers in the year before the action started and since.
 * Leavers are counted by their case's last day, department and primary real reason, like the other
 * exit analytics.
 */
@Stateless
public class ImprovementActions {

    /** The before and after windows: a year each, so seasons do not pass for effects. */
    static final int WINDOW_DAYS = 365;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private OffboardingSettings settings;

    @Inject
    private Caller caller;

    @RolesAllowed(Roles.HR_ADMIN)
    public ImprovementAction create(ActionDraft draft) {
        if (draft == null || draft.reasonCode() == null || draft.reasonCode().isBlank()) {
            throw new BusinessException("offboarding.action.unknownReason", "-");
        }
        ReasonCategory reason = em.createQuery(
                        "select r from ReasonCategory r where r.code = :code", ReasonCategory.class)
                .setParameter("code", draft.reasonCode().strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("offboarding.action.unknownReason", draft.reasonCode()));
        Department department = null;
        if (draft.departmentCode() != null && !draft.departmentCode().isBlank()) {
            department = em.createQuery("select d from Department d where d.code = :code", Department.class)
                    .setParameter("code", draft.departmentCode().strip())
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() ->
                            new BusinessException("offboarding.action.unknownDepartment", draft.departmentCode()));
        }
        ImprovementAction action =
                new ImprovementAction(reason, department, draft, LocalDateTime.now(clock), caller.login());
        em.persist(action);
        audit.record(AuditEntry.Action.CREATE, "ImprovementAction", action.getId(), reason.getCode());
        return action;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public ImprovementAction changeStatus(long actionId, ActionStatus status) {
        ImprovementAction action = find(actionId);
        action.moveTo(status, LocalDate.now(clock));
        audit.record(AuditEntry.Action.UPDATE, "ImprovementAction", actionId, "status " + status);
        return action;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public ImprovementAction publish(long actionId, boolean published) {
        ImprovementAction action = find(actionId);
        action.publish(published);
        audit.record(AuditEntry.Action.UPDATE, "ImprovementAction", actionId, published ? "published" : "unpublished");
        return action;
    }

    /** Every action, due first, with its reason's share before and since it started. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<ActionRow> ledger() {
        LocalDate today = LocalDate.now(clock);
        Disclosure disclosure = new Disclosure(settings.minGroupSize());
        List<ActionRow> rows = new ArrayList<>();
        for (ImprovementAction a : actions(false)) {
            LocalDate start = a.effectiveFrom();
            ReasonShare before = share(a, start.minusDays(WINDOW_DAYS), start.minusDays(1), disclosure);
            LocalDate afterEnd =
                    start.plusDays(WINDOW_DAYS - 1L).isAfter(today) ? today : start.plusDays(WINDOW_DAYS - 1L);
            ReasonShare after = afterEnd.isBefore(start)
                    ? new ReasonShare(start, start, 0L, 0L)
                    : share(a, start, afterEnd, disclosure);
            Department d = a.getDepartment();
            rows.add(new ActionRow(
                    a.getId(),
                    a.getReason().getNameJa(),
                    a.getReason().getNameEn(),
                    d == null ? null : d.getNameJa(),
                    d == null ? null : d.getNameEn(),
                    a.getPatternFrom(),
                    a.getPatternTo(),
                    a.getTitleJa(),
                    a.getTitleEn(),
                    a.getOwner(),
                    a.getDueDate(),
                    a.getStatus(),
                    a.getStartedOn(),
                    a.getCompletedOn(),
                    a.isPublished(),
                    !a.getStatus().isFinal() && a.getDueDate().isBefore(today),
                    before,
                    after));
        }
        return rows;
    }

    /**
     * The published actions whose pattern has at least the minimum number of leavers giving the reason;
     * a smaller pattern would tell colleagues who said it, so its action is not listed.
     */
    @RolesAllowed({Roles.EMPLOYEE, Roles.MANAGER, Roles.HR_ADMIN})
    public List<WeDidEntry> youSaidWeDid() {
        int minimum = settings.minGroupSize();
        List<WeDidEntry> entries = new ArrayList<>();
        for (ImprovementAction a : actions(true)) {
            if (a.getStatus() == ActionStatus.CANCELLED) {
                continue;
            }
            long[] counts = counts(a, a.getPatternFrom(), a.getPatternTo());
            if (counts[1] < minimum) {
                continue;
            }
            Department d = a.getDepartment();
            entries.add(new WeDidEntry(
                    a.getReason().getNameJa(),
                    a.getReason().getNameEn(),
                    d == null ? null : d.getNameJa(),
                    d == null ? null : d.getNameEn(),
                    a.getPatternFrom(),
                    a.getPatternTo(),
                    counts[1],
                    a.getTitleJa(),
                    a.getTitleEn(),
                    a.getDescriptionJa(),
                    a.getDescriptionEn(),
                    a.getStatus(),
                    a.getDueDate(),
                    a.getCompletedOn()));
        }
        return entries;
    }

    private ImprovementAction find(long actionId) {
        ImprovementAction action = em.find(ImprovementAction.class, actionId);
        if (action == null) {
            throw new BusinessException("offboarding.action.notFound", actionId);
        }
        return action;
    }

    private List<ImprovementAction> actions(boolean publishedOnly) {
        return em.createQuery(
                        "select a from ImprovementAction a join fetch a.reason left join fetch a.department"
                                + (publishedOnly ? " where a.published = true" : "") + " order by a.dueDate, a.id",
                        ImprovementAction.class)
                .getResultList();
    }

    /** Leavers in the window and those with the reason, shown as {@link Disclosure} allows. */
    private ReasonShare share(ImprovementAction action, LocalDate from, LocalDate to, Disclosure disclosure) {
        long[] counts = counts(action, from, to);
        Map<String, Long> groups = new LinkedHashMap<>();
        groups.put("reason", counts[1]);
        groups.put("other", counts[0] - counts[1]);
        Set<String> shown = disclosure.shown(groups);
        boolean total = counts[0] == 0 || counts[0] >= disclosure.minimum();
        return new ReasonShare(
                from,
                to,
                total ? counts[0] : null,
                total && (counts[1] == 0 || shown.contains("reason")) ? counts[1] : null);
    }

    /** [leavers, leavers whose primary reason is the action's] in the action's department (or all). */
    private long[] counts(ImprovementAction action, LocalDate from, LocalDate to) {
        String department = action.getDepartment() == null ? "" : " AND c.department_id = ?4";
        var query = em.createNativeQuery("SELECT COUNT(*), SUM(CASE WHEN c.primary_reason_id = ?3 THEN 1 ELSE 0 END)"
                        + " FROM offboarding_case c WHERE c.status <> 'WITHDRAWN' AND c.last_day BETWEEN ?1 AND ?2"
                        + department)
                .setParameter(1, from)
                .setParameter(2, to)
                .setParameter(3, action.getReason().getId());
        if (action.getDepartment() != null) {
            query.setParameter(4, action.getDepartment().getId());
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new long[] {((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue()};
    }
}
