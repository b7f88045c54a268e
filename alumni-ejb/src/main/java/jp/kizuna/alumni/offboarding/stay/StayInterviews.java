package jp.kizuna.alumni.offboarding.stay;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.identity.EmploymentStatus;
import jp.kizuna.alumni.offboarding.CaseAccess;
import jp.kizuna.alumni.offboarding.Confidentiality;
import jp.kizuna.alumni.offboarding.InterviewWriteUp;
import jp.kizuna.alumni.offboarding.ReasonCategory;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionnairePurpose;
import jp.kizuna.alumni.offboarding.questionnaire.Questionnaires;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * Stay interviews: HR with anyone employed, a manager with their own direct reports. Notes start HR-only
 * whoever writes them (a manager's stay interview is still the employee speaking to the company);
 * anything wider is confirmed by the writer. Concerns, risk and notes are shown only to those the level
 * allows, and each reading of notes is audited.
 */
@Stateless
public class StayInterviews {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CaseAccess access;

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private AuditTrail audit;

    @Inject
    private Questionnaires questionnaires;

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public StayInterview record(StayInterviewDraft draft) {
        if (draft == null
                || draft.employeeNumber() == null
                || draft.employeeNumber().isBlank()) {
            throw new BusinessException("offboarding.case.employeeRequired");
        }
        Employee employee = directory
                .findByNumber(draft.employeeNumber().strip())
                .orElseThrow(() -> new BusinessException("offboarding.case.unknownEmployee", draft.employeeNumber()));
        if (!access.isHrAdmin() && !access.isLineManagerOf(employee)) {
            throw new BusinessException("offboarding.stay.notYourReport", draft.employeeNumber());
        }
        if (employee.getStatus() == EmploymentStatus.LEFT) {
            throw new BusinessException("offboarding.stay.notEmployed", draft.employeeNumber());
        }
        Confidentiality level = draft.confidentiality() == null ? Confidentiality.HR_ONLY : draft.confidentiality();
        if (level.widerThan(Confidentiality.HR_ONLY) && !draft.wideningConfirmed()) {
            throw new BusinessException("offboarding.interview.wideningNotConfirmed", Confidentiality.HR_ONLY, level);
        }
        ReasonCategory primary = category(draft.primaryConcern());
        Set<ReasonCategory> others = new LinkedHashSet<>();
        if (draft.otherConcerns() != null) {
            draft.otherConcerns().stream()
                    .map(this::category)
                    .filter(c -> c != null)
                    .forEach(others::add);
        }
        String login = access.callerLogin();
        String name = directory.findByLogin(login).map(Employee::getFullName).orElse(login);
        StayInterview interview = new StayInterview(
                employee,
                draft.heldOn(),
                LocalDate.now(clock),
                login,
                name,
                primary,
                others,
                draft.risk(),
                draft.notes(),
                level,
                draft.namedReaders(),
                LocalDateTime.now(clock));
        interview.answer(questionnaires.published(QuestionnairePurpose.STAY_INTERVIEW), draft.answers());
        em.persist(interview);
        audit.record(AuditEntry.Action.CREATE, "StayInterview", interview.getId(), "employee " + employee.getId());
        return interview;
    }

    /** The latest stay interviews the caller may list: HR all, a manager those with their reports or by them. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<StaySummary> recent(int max) {
        String login = access.callerLogin();
        boolean hr = access.isHrAdmin();
        var query = em.createQuery(
                        "select s from StayInterview s join fetch s.employee e left join fetch e.manager m"
                                + (hr ? "" : " where m.loginName = :login or s.interviewerLogin = :login")
                                + " order by s.heldOn desc, s.id desc",
                        StayInterview.class)
                .setMaxResults(Math.min(Math.max(max, 1), 500));
        if (!hr) {
            query.setParameter("login", login);
        }
        return query.getResultList().stream()
                .map(s -> {
                    boolean readable = s.readableBy(login, hr, access.isLineManagerOf(s.getEmployee()));
                    return new StaySummary(
                            s.getId(),
                            s.getEmployee().getEmployeeNumber(),
                            s.getEmployee().getFullName(),
                            s.getHeldOn(),
                            s.getInterviewerName(),
                            s.getConfidentiality(),
                            readable,
                            readable && s.getPrimaryConcern() != null
                                    ? s.getPrimaryConcern().getCode()
                                    : null,
                            readable
                                    ? s.getOtherConcerns().stream()
                                            .map(ReasonCategory::getCode)
                                            .toList()
                                    : List.of(),
                            readable ? s.getRisk() : null,
                            readable && s.hasWriteUp());
                })
                .toList();
    }

    /** The notes, if the level allows the caller; every reading is audited. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public String readNotes(long interviewId) {
        return readWriteUp(interviewId).notes();
    }

    /** The notes and the answers to HR's questions with their version's questions, under the same level; audited. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public InterviewWriteUp readWriteUp(long interviewId) {
        StayInterview interview = em.find(StayInterview.class, interviewId);
        if (interview == null) {
            throw new BusinessException("offboarding.stay.notFound", interviewId);
        }
        if (!interview.readableBy(
                access.callerLogin(), access.isHrAdmin(), access.isLineManagerOf(interview.getEmployee()))) {
            throw new BusinessException("offboarding.stay.notesNotAllowed");
        }
        audit.record(AuditEntry.Action.READ_CONFIDENTIAL, "StayInterview", interviewId, "notes");
        return new InterviewWriteUp(interview.getNotes(), interview.answerSheet());
    }

    private ReasonCategory category(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return em.createQuery("select r from ReasonCategory r where r.code = :code", ReasonCategory.class)
                .setParameter("code", code.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("offboarding.reason.unknown", code));
    }
}
