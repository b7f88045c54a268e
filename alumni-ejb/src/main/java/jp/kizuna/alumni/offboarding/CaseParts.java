package jp.kizuna.alumni.offboarding;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The parts of one case, each read by one query in the order the case page shows them. The services
 * that hand out a part and {@link CaseFiles} share these queries; every caller checks the case's
 * visibility first.
 */
final class CaseParts {

    private CaseParts() {}

    static List<CaseEvent> timeline(EntityManager em, long caseId) {
        return em.createQuery("""
                        select v from CaseEvent v where v.offboardingCase.id = :id order by v.occurredAt, v.id""", CaseEvent.class).setParameter("id", caseId).getResultList();
    }

    static List<RetentionOffer> offers(EntityManager em, long caseId) {
        return em.createQuery("""
                        select o from RetentionOffer o where o.offboardingCase.id = :id order by o.offeredOn, o.id""", RetentionOffer.class)
                .setParameter("id", caseId)
                .getResultList();
    }

    static List<ChecklistItem> checklist(EntityManager em, long caseId) {
        return em.createQuery("""
                        select i from ChecklistItem i where i.offboardingCase.id = :id
                        order by i.dueDate, i.sortOrder, i.id""", ChecklistItem.class)
                .setParameter("id", caseId)
                .getResultList();
    }

    /** The interviews as the reader may see them: notes stay behind {@link ExitInterviews#readNotes}. */
    static List<InterviewSummary> interviews(EntityManager em, OffboardingCase offboarding, CaseAccess access) {
        String reader = access.callerLogin();
        boolean hr = access.isHrAdmin();
        boolean lineManager = access.isLineManagerOf(offboarding.getEmployee());
        return em.createQuery("""
                        select i from ExitInterview i where i.offboardingCase.id = :id
                        order by i.interviewDate, i.id""", ExitInterview.class)
                .setParameter("id", offboarding.getId())
                .getResultStream()
                .map(i -> new InterviewSummary(
                        i.getId(),
                        i.getKind(),
                        i.getInterviewDate(),
                        i.getInterviewerLogin(),
                        i.getInterviewerName(),
                        i.isHeld(),
                        i.getGuideCovered(),
                        i.getConfidentiality(),
                        i.hasWriteUp(),
                        i.hasWriteUp() && i.notesReadableBy(reader, hr, lineManager)))
                .toList();
    }
}
