package jp.kizuna.alumni.offboarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.identity.EmployeeLeft;
import jp.kizuna.alumni.identity.ResignationRecorded;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * The offboarding case's use cases: opening it from a resignation (UI or HR system), moving it
 * along its path, withdrawal (retained), real reasons, retention offers, the list and the timeline.
 * Managers act only on their direct reports' cases.
 */
@Stateless
public class OffboardingCases {

    /** Sort keys a screen may ask for (short names, or the property paths a table column sorts by). */
    private static final Map<String, String> SORTABLE = Map.of(
            "lastDay",
            "c.lastDay",
            "noticeDate",
            "c.noticeDate",
            "status",
            "c.status",
            "openedAt",
            "c.openedAt",
            "employeeNumber",
            "e.employeeNumber",
            "employee.employeeNumber",
            "e.employeeNumber",
            "name",
            "e.familyNameKana",
            "employee.familyNameKana",
            "e.familyNameKana");

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private CaseAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Checklists checklists;

    @Inject
    private ExitSurveys surveys;

    @Inject
    private OffboardingSettings settings;

    @Inject
    private StatedReasons statedReasons;

    @Inject
    private Event<ResignationRecorded> resignationRecorded;

    @Inject
    private Event<EmployeeLeft> employeeLeft;

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.HR_SYSTEM})
    public OffboardingCase openCase(ResignationNotice notice) {
        if (notice == null
                || notice.employeeNumber() == null
                || notice.employeeNumber().isBlank()) {
            throw new BusinessException("offboarding.case.employeeRequired");
        }
        Employee employee = directory
                .findByNumber(notice.employeeNumber().strip())
                .orElseThrow(() -> new BusinessException("offboarding.case.unknownEmployee", notice.employeeNumber()));
        if (!access.isHr() && !access.isLineManagerOf(employee)) {
            throw new BusinessException("offboarding.case.notYourReport", notice.employeeNumber());
        }
        // Serialises two notices for the same person (UI and HR system at once) on the employee row.
        em.lock(employee, LockModeType.PESSIMISTIC_WRITE);
        if (openCaseOf(employee).isPresent()) {
            throw new BusinessException("offboarding.case.alreadyOpen", employee.getEmployeeNumber());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        OffboardingCase opened = new OffboardingCase(employee, notice, now, access.callerLogin());
        opened.statedReasonSays(statedReasons.kindOf(opened));
        em.persist(opened);
        employee.resignationReceived(notice.lastDay());
        event(opened, CaseEvent.Kind.OPENED, notice.source() + " " + notice.noticeDate() + " → " + notice.lastDay());
        checklists.instantiateFor(opened);
        surveys.issueFor(opened);
        audit.record(
                AuditEntry.Action.UPDATE, "Employee", employee.getId(), "status LEAVING, last day " + notice.lastDay());
        audit.record(AuditEntry.Action.CREATE, "OffboardingCase", opened.getId(), "source " + notice.source());
        em.flush();
        resignationRecorded.fire(new ResignationRecorded(employee.getId(), opened.getId(), opened.getLastDay()));
        return opened;
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.HR_SYSTEM})
    public Optional<OffboardingCase> latestCaseOf(String employeeNumber) {
        Optional<OffboardingCase> latest = em.createQuery("""
                        select c from OffboardingCase c join fetch c.employee e
                        where e.employeeNumber = :number order by c.openedAt desc, c.id desc""", OffboardingCase.class)
                .setParameter("number", employeeNumber)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        latest.ifPresent(access::requireVisible);
        return latest;
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.HR_SYSTEM})
    public OffboardingCase find(long caseId) {
        return access.visibleCase(caseId);
    }

    /** Moves the case one step; leaving LAST_DAY makes the employee LEFT and tells the alumni network. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.HR_SYSTEM})
    public OffboardingCase advance(long caseId, CaseStatus target) {
        if (target == CaseStatus.WITHDRAWN) {
            throw new BusinessException("offboarding.transition.useWithdraw");
        }
        OffboardingCase offboarding = find(caseId);
        CaseStatus from = offboarding.getStatus();
        LocalDateTime now = LocalDateTime.now(clock);
        offboarding.moveTo(target, now.toLocalDate(), now);
        event(offboarding, CaseEvent.Kind.STATUS_CHANGED, from + " → " + target);
        if (target == CaseStatus.FOLLOW_UP) {
            Employee employee = offboarding.getEmployee();
            employee.left(offboarding.getLastDay());
            audit.record(AuditEntry.Action.UPDATE, "Employee", employee.getId(), "status LEFT");
            LocalDate followUp = offboarding.getLastDay().plusMonths(settings.followUpMonths());
            offboarding.scheduleFollowUp(followUp);
            ExitInterview interview = new ExitInterview(
                    offboarding, InterviewKind.FOLLOW_UP, followUp, access.callerLogin(), callerDisplayName());
            em.persist(interview);
            event(offboarding, CaseEvent.Kind.INTERVIEW_SCHEDULED, InterviewKind.FOLLOW_UP + " " + followUp);
            em.flush();
            employeeLeft.fire(new EmployeeLeft(employee.getId(), offboarding.getLastDay()));
        }
        return offboarding;
    }

    /** The person stays: the case ends as retained and the employee is active again. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.HR_SYSTEM})
    public OffboardingCase withdraw(long caseId, String why) {
        OffboardingCase offboarding = find(caseId);
        LocalDateTime now = LocalDateTime.now(clock);
        offboarding.moveTo(CaseStatus.WITHDRAWN, now.toLocalDate(), now);
        offboarding.getEmployee().resignationWithdrawn();
        audit.record(
                AuditEntry.Action.UPDATE, "Employee", offboarding.getEmployee().getId(), "resignation withdrawn");
        event(
                offboarding,
                CaseEvent.Kind.STATUS_CHANGED,
                "→ WITHDRAWN" + (why == null || why.isBlank() ? "" : ": " + why.strip()));
        return offboarding;
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.HR_SYSTEM})
    public OffboardingCase changeLastDay(long caseId, LocalDate lastDay) {
        OffboardingCase offboarding = find(caseId);
        LocalDate before = offboarding.getLastDay();
        offboarding.changeLastDay(lastDay);
        offboarding.getEmployee().resignationReceived(lastDay);
        checklists.shiftDueDates(offboarding, before);
        audit.record(
                AuditEntry.Action.UPDATE, "Employee", offboarding.getEmployee().getId(), "last day " + lastDay);
        event(offboarding, CaseEvent.Kind.LAST_DAY_CHANGED, before + " → " + lastDay);
        return offboarding;
    }

    /** The real reasons, by category code; the free text is personal data and is audited. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public OffboardingCase recordReasons(long caseId, String primaryCode, Set<String> secondaryCodes, String text) {
        OffboardingCase offboarding = find(caseId);
        ReasonCategory primary = primaryCode == null || primaryCode.isBlank() ? null : category(primaryCode);
        Set<ReasonCategory> secondary = new LinkedHashSet<>();
        if (secondaryCodes != null) {
            secondaryCodes.stream()
                    .filter(code -> code != null && !code.isBlank())
                    .map(this::category)
                    .forEach(secondary::add);
        }
        offboarding.recordReasons(primary, secondary, text);
        audit.record(AuditEntry.Action.UPDATE, "OffboardingCase", caseId, "real reasons");
        event(offboarding, CaseEvent.Kind.REASONS_RECORDED, primary == null ? "-" : primary.getCode());
        return offboarding;
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public RetentionOffer offerRetention(long caseId, String offer) {
        OffboardingCase offboarding = find(caseId);
        RetentionOffer logged = new RetentionOffer(offboarding, LocalDate.now(clock), access.callerLogin(), offer);
        em.persist(logged);
        event(offboarding, CaseEvent.Kind.RETENTION_OFFERED, offer);
        return logged;
    }

    /** Records how an offer ended; an accepted offer withdraws the resignation. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public RetentionOffer decideRetention(long offerId, RetentionOffer.Outcome outcome, String why) {
        RetentionOffer offer = em.find(RetentionOffer.class, offerId);
        if (offer == null) {
            throw new BusinessException("offboarding.retention.notFound", offerId);
        }
        OffboardingCase offboarding = offer.getOffboardingCase();
        access.requireVisible(offboarding);
        offer.decide(outcome, why);
        event(offboarding, CaseEvent.Kind.RETENTION_DECIDED, outcome + (why == null ? "" : ": " + why));
        if (outcome == RetentionOffer.Outcome.ACCEPTED) {
            withdraw(offboarding.getId(), offer.getOffer());
        }
        return offer;
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<RetentionOffer> retentionOffers(long caseId) {
        find(caseId);
        return CaseParts.offers(em, caseId);
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<CaseEvent> timeline(long caseId) {
        find(caseId);
        return CaseParts.timeline(em, caseId);
    }

    /** One page of the case list, paged and sorted in the database. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<OffboardingCase> search(CaseFilter filter, int first, int max, String sortField, boolean ascending) {
        String order = SORTABLE.getOrDefault(sortField == null ? "" : sortField, "c.lastDay");
        TypedQuery<OffboardingCase> query = em.createQuery(
                "select c from OffboardingCase c join c.employee e left join c.department d" + where(filter)
                        + " order by " + order + (ascending ? " asc" : " desc") + ", c.id desc",
                OffboardingCase.class);
        bind(query, filter);
        List<OffboardingCase> page = query.setFirstResult(first)
                .setMaxResults(max)
                .setHint("eclipselink.join-fetch", "c.employee")
                .setHint("eclipselink.left-join-fetch", "c.department")
                .getResultList();
        return page;
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public long count(CaseFilter filter) {
        TypedQuery<Long> query = em.createQuery(
                "select count(c) from OffboardingCase c join c.employee e left join c.department d" + where(filter),
                Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /** Records that the case list left the application (CSV/Excel export of personal data). */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public void recordExport(CaseFilter filter, String format) {
        audit.record(AuditEntry.Action.EXPORT, "OffboardingCase", "list", format + " " + filter);
    }

    private String where(CaseFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!access.isHr()) {
            where.append(" and e.manager.loginName = :caller");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(e.employeeNumber) like :text or lower(e.familyName) like :text")
                    .append(" or lower(e.givenName) like :text or e.familyNameKana like :text")
                    .append(" or e.givenNameKana like :text)");
        }
        if (filter.status() != null) {
            where.append(" and c.status = :status");
        }
        if (filter.openOnly()) {
            where.append(" and c.status in :open");
        }
        if (filter.departmentCode() != null && !filter.departmentCode().isBlank()) {
            where.append(" and d.code = :department");
        }
        if (filter.lastDayFrom() != null) {
            where.append(" and c.lastDay >= :from");
        }
        if (filter.lastDayTo() != null) {
            where.append(" and c.lastDay <= :to");
        }
        return where.toString();
    }

    private void bind(TypedQuery<?> query, CaseFilter filter) {
        if (!access.isHr()) {
            query.setParameter("caller", access.callerLogin());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            query.setParameter("text", "%" + filter.text().strip().toLowerCase() + "%");
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.openOnly()) {
            query.setParameter("open", CaseStatus.open());
        }
        if (filter.departmentCode() != null && !filter.departmentCode().isBlank()) {
            query.setParameter("department", filter.departmentCode());
        }
        if (filter.lastDayFrom() != null) {
            query.setParameter("from", filter.lastDayFrom());
        }
        if (filter.lastDayTo() != null) {
            query.setParameter("to", filter.lastDayTo());
        }
    }

    private Optional<OffboardingCase> openCaseOf(Employee employee) {
        return em.createQuery(
                        "select c from OffboardingCase c where c.employee = :employee and c.status in :open",
                        OffboardingCase.class)
                .setParameter("employee", employee)
                .setParameter("open", CaseStatus.open())
                .getResultStream()
                .findFirst();
    }

    private ReasonCategory category(String code) {
        return em.createQuery("select r from ReasonCategory r where r.code = :code", ReasonCategory.class)
                .setParameter("code", code.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("offboarding.reason.unknown", code));
    }

    private String callerDisplayName() {
        return directory
                .findByLogin(access.callerLogin())
                .map(Employee::getFullName)
                .orElse(access.callerLogin());
    }

    private void event(OffboardingCase offboarding, CaseEvent.Kind kind, String detail) {
        em.persist(new CaseEvent(offboarding, LocalDateTime.now(clock), access.callerLogin(), kind, detail));
    }
}
