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
 * <p>Safe in a cluster: the sweep first claims the lock row {@code exit-data-retention} with a
 * conditional update in its own transaction; a second server (or a second call the same day) finds it
 * claimed and does nothing.
 */
@Stateless
public class ExitDataRetention {

    static final String JOB = "exit-data-retention";
    private static final String EXPIRED_CASES = """
            select c.id from offboarding_case c
            where c.status in ('CLOSED', 'WITHDRAWN') and c.last_day < ?1""";

    /** What one sweep did; {@code ran} is false when another server already swept today. */
    public record Sweep(boolean ran, LocalDate cutoff, int interviewNotes, int realReasons, int surveyComments) {
    }

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
        int claimed = em.createNativeQuery("""
                        update scheduled_job_lock set locked_until = ?1, locked_by = ?2
                        where name = ?3 and (locked_until is null or locked_until < ?4)""")
                .setParameter(1, now.plusHours(23))
                .setParameter(2, Setting.NODE_NAME.value())
                .setParameter(3, JOB)
                .setParameter(4, now)
                .executeUpdate();
        if (claimed == 0) {
            return new Sweep(false, cutoff, 0, 0, 0);
        }
        int notes = em.createNativeQuery("update exit_interview set notes = null, notes_erased_on = ?2"
                        + " where notes is not null and case_id in (" + EXPIRED_CASES + ")")
                .setParameter(1, cutoff).setParameter(2, now.toLocalDate()).executeUpdate();
        int reasons = em.createNativeQuery("update offboarding_case set real_reason_text = null"
                        + " where real_reason_text is not null and id in (" + EXPIRED_CASES + ")")
                .setParameter(1, cutoff).executeUpdate();
        int comments = em.createNativeQuery("update exit_survey_response set comment = null"
                        + " where comment is not null and case_id in (" + EXPIRED_CASES + ")")
                .setParameter(1, cutoff).executeUpdate();
        audit.record(AuditEntry.Action.ERASE, "ExitData", "retention-" + now.toLocalDate(),
                "Retention " + retentionMonths() + " months (cases closed with last day before " + cutoff + "): "
                        + notes + " interview notes, " + reasons + " real-reason texts, " + comments
                        + " survey comments erased");
        return new Sweep(true, cutoff, notes, reasons, comments);
    }
}
