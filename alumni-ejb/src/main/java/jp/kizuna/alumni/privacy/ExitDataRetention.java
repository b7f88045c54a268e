package jp.kizuna.alumni.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.Roles;
import jp.kizuna.alumni.shared.Setting;

/**
 * Enforces the retention period of exit-interview data: once a case is closed (or withdrawn) and its
 * last day lies longer ago than the period, the interview notes, the free-text real reasons and the
 * exit-survey comments linked to the case are erased. The structured reasons and scores stay, so the
 * analytics keep their history without the personal words. The period is
 * {@code alumni.retention.exit-interview-months} (default 24).
 *
 * <p>Stay interviews fall under the same period, counted from the day they were held: they are the same
 * kind of record (the same reason categories and confidentiality levels, see StayInterview) and the
 * person may still be employed, so there is no closed case to wait for. Their notes are erased; the
 * concerns and risk stay for the stay-versus-exit analytics, which look back one year at most.
 *
 * <p>Answers to HR's own questions in a follow-up or stay interview go with the notes they are kept
 * beside: free text is erased when the interview's notes are; scales, choices and yes/no stay, like the
 * structured reasons and concerns.
 *
 * <p>Runs once per cluster because its timer does ({@link ExitDataRetentionSchedule}: a persistent
 * timer in the database timer store, each firing taken by one node). A second sweep, at any time and
 * on any node, finds nothing more to erase: each statement only touches text still there.
 */
@Stateless
public class ExitDataRetention {

    private static final String EXPIRED_CASES = """
            select c.id from offboarding_case c
            where c.status in ('CLOSED', 'WITHDRAWN') and c.last_day < ?1""";

    /** What one sweep erased. */
    public record Sweep(
            LocalDate cutoff,
            int interviewNotes,
            int realReasons,
            int surveyComments,
            int stayInterviewNotes,
            int interviewAnswers) {}

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    public static int retentionMonths() {
        return Setting.RETENTION_MONTHS.positive();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public Sweep sweep() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate cutoff = now.toLocalDate().minusMonths(retentionMonths());
        int notes = em.createNativeQuery("update exit_interview set notes = null, notes_erased_on = ?2"
                        + " where notes is not null and case_id in (" + EXPIRED_CASES + ")")
                .setParameter(1, cutoff)
                .setParameter(2, now.toLocalDate())
                .executeUpdate();
        int reasons = em.createNativeQuery("update offboarding_case set real_reason_text = null"
                        + " where real_reason_text is not null and id in (" + EXPIRED_CASES + ")")
                .setParameter(1, cutoff)
                .executeUpdate();
        int comments = em.createNativeQuery("update exit_survey_response set comment = null"
                        + " where comment is not null and case_id in (" + EXPIRED_CASES + ")")
                .setParameter(1, cutoff)
                .executeUpdate();
        // Free text given to questions HR added is the leaver's own words too.
        comments += em.createNativeQuery(
                        "update questionnaire_answer set text_value = null where text_value is not null"
                                + " and response_id in (select s.id from exit_survey_response s where s.case_id in ("
                                + EXPIRED_CASES + "))")
                .setParameter(1, cutoff)
                .executeUpdate();
        int stayNotes = em.createNativeQuery(
                        "update stay_interview set notes = null" + " where notes is not null and held_on < ?1")
                .setParameter(1, cutoff)
                .executeUpdate();
        int answers = em.createNativeQuery(
                        "update questionnaire_answer set text_value = null where text_value is not null"
                                + " and exit_interview_id in (select i.id from exit_interview i where i.case_id in ("
                                + EXPIRED_CASES + "))")
                .setParameter(1, cutoff)
                .executeUpdate();
        answers += em.createNativeQuery("update questionnaire_answer set text_value = null where text_value is not null"
                        + " and stay_interview_id in (select s.id from stay_interview s where s.held_on < ?1)")
                .setParameter(1, cutoff)
                .executeUpdate();
        audit.record(
                AuditEntry.Action.ERASE,
                "ExitData",
                "retention-" + now.toLocalDate(),
                "Retention " + retentionMonths() + " months (cases closed with last day before " + cutoff + "): "
                        + notes + " interview notes, " + reasons + " real-reason texts, " + comments
                        + " survey comments erased; " + stayNotes + " stay interview notes held before " + cutoff
                        + " erased; "
                        + answers + " written answers to interview questions erased");
        return new Sweep(cutoff, notes, reasons, comments, stayNotes, answers);
    }
}
