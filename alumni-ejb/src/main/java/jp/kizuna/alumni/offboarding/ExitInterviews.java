package jp.kizuna.alumni.offboarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionnairePurpose;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionnaireVersion;
import jp.kizuna.alumni.offboarding.questionnaire.Questionnaires;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * Exit interviews: scheduling, writing up, and reading the notes under their confidentiality
 * level. Reading notes one is not allowed to read is refused with a BusinessException (not
 * silently redacted) so the reader knows the notes exist and whom to ask; every allowed read
 * is in the audit trail.
 */
@Stateless
public class ExitInterviews {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CaseAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private jakarta.enterprise.event.Event<InterviewScheduled> interviewScheduled;

    @Inject
    private Questionnaires questionnaires;

    /** Schedules a conversation; interviewer null means the caller. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public ExitInterview schedule(long caseId, InterviewKind kind, LocalDate date, String interviewerLogin) {
        OffboardingCase offboarding = access.visibleCase(caseId);
        if (kind == null) {
            throw new BusinessException("offboarding.interview.kindRequired");
        }
        if (kind == InterviewKind.FOLLOW_UP) {
            throw new BusinessException("offboarding.interview.followUpAutomatic");
        }
        String login = interviewerLogin == null || interviewerLogin.isBlank()
                ? access.callerLogin()
                : interviewerLogin.strip();
        String name = directory.findByLogin(login).map(e -> e.getFullName()).orElse(login);
        ExitInterview interview = new ExitInterview(offboarding, kind, date, login, name);
        em.persist(interview);
        em.flush();
        interviewScheduled.fire(new InterviewScheduled(interview.getId()));
        event(offboarding, CaseEvent.Kind.INTERVIEW_SCHEDULED, kind + " " + date + " " + name);
        if (offboarding.getStatus() == CaseStatus.NOTICE_RECEIVED) {
            offboarding.moveTo(CaseStatus.INTERVIEWS, LocalDate.now(clock), LocalDateTime.now(clock));
            event(
                    offboarding,
                    CaseEvent.Kind.STATUS_CHANGED,
                    CaseStatus.NOTICE_RECEIVED + " → " + CaseStatus.INTERVIEWS);
        }
        return interview;
    }

    /**
     * Writes up a held interview: only its interviewer or HR may. A follow-up also takes the answers to
     * HR's follow-up questions: of the version it was first written up under, else the one published now.
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public ExitInterview record(long interviewId, InterviewRecord write) {
        ExitInterview interview = interview(interviewId);
        OffboardingCase offboarding = interview.getOffboardingCase();
        access.requireVisible(offboarding);
        if (!offboarding.isOpen()) {
            throw new BusinessException("offboarding.case.notOpen");
        }
        boolean ownInterview = access.callerLogin().equals(interview.getInterviewerLogin());
        if (!ownInterview && !access.isHrAdmin()) {
            throw new BusinessException("offboarding.interview.notYours");
        }
        if (interview.hasWriteUp()
                && !interview.notesReadableBy(
                        access.callerLogin(), access.isHrAdmin(), access.isLineManagerOf(offboarding.getEmployee()))) {
            throw new BusinessException("offboarding.notes.confidential", interview.getConfidentiality());
        }
        if (interview.getKind() == InterviewKind.FOLLOW_UP) {
            QuestionnaireVersion version = interview.getQuestionnaireVersion() != null
                    ? interview.getQuestionnaireVersion()
                    : questionnaires.published(QuestionnairePurpose.FOLLOW_UP);
            interview.answer(version, write.answers());
        }
        Confidentiality level = write.confidentiality() == null
                ? Confidentiality.defaultFor(interview.getKind(), access.isHrAdmin())
                : write.confidentiality();
        Confidentiality baseline = interview.isHeld()
                ? interview.getConfidentiality()
                : Confidentiality.defaultFor(interview.getKind(), access.isHrAdmin());
        if (level.widerThan(baseline) && !write.wideningConfirmed()) {
            throw new BusinessException("offboarding.interview.wideningNotConfirmed", baseline, level);
        }
        interview.record(
                write.heldOn(),
                write.guideCovered(),
                write.notes(),
                level,
                write.namedReaders(),
                LocalDateTime.now(clock),
                access.callerLogin(),
                LocalDate.now(clock));
        audit.record(
                AuditEntry.Action.UPDATE,
                "ExitInterview",
                interview.getId(),
                "notes written, " + interview.getConfidentiality());
        event(offboarding, CaseEvent.Kind.INTERVIEW_RECORDED, interview.getKind() + " " + interview.getInterviewDate());
        return interview;
    }

    /**
     * Schedules and writes up in one go, for a conversation that already took place. A follow-up
     * is HR's: it writes up the one scheduled when the case moved past the last day, or adds one
     * if none is waiting.
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public ExitInterview recordHeld(long caseId, InterviewKind kind, String interviewerLogin, InterviewRecord write) {
        LocalDate heldOn = write.heldOn() == null ? LocalDate.now(clock) : write.heldOn();
        if (kind == InterviewKind.FOLLOW_UP) {
            OffboardingCase offboarding = access.visibleCase(caseId);
            if (!access.isHrAdmin()) {
                throw new BusinessException("offboarding.interview.followUpByHr");
            }
            if (offboarding.getStatus() != CaseStatus.FOLLOW_UP) {
                throw new BusinessException("offboarding.interview.followUpNotYet");
            }
            ExitInterview waiting = scheduledFollowUp(caseId);
            if (waiting == null) {
                String login = interviewerLogin == null || interviewerLogin.isBlank()
                        ? access.callerLogin()
                        : interviewerLogin.strip();
                waiting = new ExitInterview(
                        offboarding,
                        kind,
                        heldOn,
                        login,
                        directory.findByLogin(login).map(e -> e.getFullName()).orElse(login));
                em.persist(waiting);
                event(
                        offboarding,
                        CaseEvent.Kind.INTERVIEW_SCHEDULED,
                        kind + " " + heldOn + " " + waiting.getInterviewerName());
                em.flush();
            }
            return record(waiting.getId(), write);
        }
        ExitInterview interview = schedule(caseId, kind, heldOn, interviewerLogin);
        em.flush();
        return record(interview.getId(), write);
    }

    /**
     * Follow-up interviews not yet written up in cases past the last day, earliest first: what HR
     * has to hold and record. Each is due from its scheduled date.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<ExitInterview> followUpsWaiting(int max) {
        return em.createQuery("""
                        select i from ExitInterview i join fetch i.offboardingCase c join fetch c.employee e
                        where i.kind = :kind and i.held = false and c.status = :status
                        order by i.interviewDate, i.id""", ExitInterview.class)
                .setParameter("kind", InterviewKind.FOLLOW_UP)
                .setParameter("status", CaseStatus.FOLLOW_UP)
                .setMaxResults(max)
                .getResultList();
    }

    private ExitInterview scheduledFollowUp(long caseId) {
        return em.createQuery("""
                        select i from ExitInterview i where i.offboardingCase.id = :id and i.kind = :kind
                        and i.held = false order by i.interviewDate, i.id""", ExitInterview.class)
                .setParameter("id", caseId)
                .setParameter("kind", InterviewKind.FOLLOW_UP)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<InterviewSummary> interviewsOf(long caseId) {
        OffboardingCase offboarding = access.visibleCase(caseId);
        return CaseParts.interviews(em, offboarding, access);
    }

    /** The notes of one interview, if the caller may read them; the read is audited. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public String readNotes(long interviewId) {
        String notes = readWriteUp(interviewId).notes();
        return notes == null ? "" : notes;
    }

    /**
     * The notes and the answers to HR's follow-up questions (with the questions of their version), if
     * the caller may read the notes: the answers are under the same level. The read is audited.
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public InterviewWriteUp readWriteUp(long interviewId) {
        ExitInterview interview = interview(interviewId);
        OffboardingCase offboarding = interview.getOffboardingCase();
        access.requireVisible(offboarding);
        if (!interview.notesReadableBy(
                access.callerLogin(), access.isHrAdmin(), access.isLineManagerOf(offboarding.getEmployee()))) {
            throw new BusinessException("offboarding.notes.confidential", interview.getConfidentiality());
        }
        audit.record(
                AuditEntry.Action.READ_CONFIDENTIAL,
                "ExitInterview",
                interview.getId(),
                interview.getConfidentiality() + " notes of case " + offboarding.getId());
        return new InterviewWriteUp(interview.getNotes(), interview.answerSheet());
    }

    private ExitInterview interview(long interviewId) {
        ExitInterview interview = em.find(ExitInterview.class, interviewId);
        if (interview == null) {
            throw new BusinessException("offboarding.interview.notFound", interviewId);
        }
        return interview;
    }

    private void event(OffboardingCase offboarding, CaseEvent.Kind kind, String detail) {
        em.persist(new CaseEvent(offboarding, LocalDateTime.now(clock), access.callerLogin(), kind, detail));
    }
}
