package jp.kizuna.alumni.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import jp.kizuna.alumni.it.AsScheduledJob;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditQuery;
import jp.kizuna.alumni.shared.AuditTrail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** Exit-interview data past its retention period is erased and audited; sweeping again changes nothing. */
class ExitDataRetentionIT extends ServiceTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(ExitDataRetentionIT.class);
    }

    @EJB
    AsScheduledJob scheduledJob;

    @Inject
    ExitDataRetention retention;

    @Inject
    AuditTrail audit;

    @Test
    void expiredNotesAreErasedAndRecentOnesKept() throws Exception {
        LocalDate today = LocalDate.now();
        long old = closedCaseWithInterview(today.minusMonths(ExitDataRetention.retentionMonths() + 2), "CLOSED");
        long recent = closedCaseWithInterview(today.minusMonths(3), "CLOSED");
        long stillOpen =
                closedCaseWithInterview(today.minusMonths(ExitDataRetention.retentionMonths() + 2), "FOLLOW_UP");

        // As the nightly timer runs it: the role hr-admin, no person.
        ExitDataRetention.Sweep sweep = scheduledJob.call(retention::sweep);
        assertTrue(sweep.interviewNotes() >= 1);

        assertNull(notes(old), "notes of a case closed beyond the retention period are erased");
        assertNull(em.createNativeQuery("select real_reason_text from offboarding_case where id = ?1")
                .setParameter(1, old)
                .getSingleResult());
        assertNotNull(em.createNativeQuery("select notes_erased_on from exit_interview where case_id = ?1")
                .setParameter(1, old)
                .getSingleResult());
        assertEquals("本当は評価制度への不満", notes(recent), "recent notes are kept");
        assertEquals("本当は評価制度への不満", notes(stillOpen), "a case still in follow-up is kept");
        // The newest ExitData line is this sweep's (its date is the company's, not this JVM's).
        AuditEntry entry = hrAdmin.call(() -> audit.search(new AuditQuery(null, null, null, null, "ExitData"), 0, 1))
                .get(0);
        assertEquals(AuditEntry.Action.ERASE, entry.getAction());
        assertTrue(entry.getDetail().contains(sweep.interviewNotes() + " interview notes"), entry.getDetail());
        assertEquals("system", entry.getActor(), "a scheduled job is recorded as the system, not as 'anonymous'");
    }

    /**
     * The timer runs the sweep once per cluster (ScheduledJobsIT); a second sweep anyway, on any node,
     * finds nothing more to erase.
     */
    @Test
    void aSecondSweepFindsNothingMoreToErase() throws Exception {
        closedCaseWithInterview(LocalDate.now().minusMonths(ExitDataRetention.retentionMonths() + 2), "CLOSED");
        assertTrue(hrAdmin.call(retention::sweep).interviewNotes() >= 1);
        ExitDataRetention.Sweep again = hrAdmin.call(retention::sweep);
        assertEquals(
                0,
                again.interviewNotes() + again.realReasons() + again.surveyComments() + again.stayInterviewNotes(),
                "nothing left to erase: " + again);
    }

    @Test
    void onlyHrMayTriggerTheSweep() {
        assertThrows(EJBAccessException.class, () -> retention.sweep());
    }

    private String notes(long caseId) {
        return (String) em.createNativeQuery("select notes from exit_interview where case_id = ?1")
                .setParameter(1, caseId)
                .getSingleResult();
    }

    private long closedCaseWithInterview(LocalDate lastDay, String status) throws Exception {
        long employee = ThreadLocalRandom.current().nextLong(9_000_000_000L, 9_900_000_000L);
        long caseId = employee + 1;
        transaction.begin();
        em.createNativeQuery("""
                insert into employee (id, version, employee_number, family_name, given_name, status, preferred_locale, updated_at)
                values (?1, 0, ?2, '保持', '期間', 'LEFT', 'ja', ?3)""")
                .setParameter(1, employee)
                .setParameter(2, "RET" + employee)
                .setParameter(3, LocalDateTime.now())
                .executeUpdate();
        em.createNativeQuery("""
                insert into offboarding_case (id, version, employee_id, status, source, notice_date, last_day,
                    real_reason_text, opened_at, opened_by, survey_completed)
                values (?1, 0, ?2, ?3, 'HR', ?4, ?5, '上司との関係', ?6, 'test', false)""")
                .setParameter(1, caseId)
                .setParameter(2, employee)
                .setParameter(3, status)
                .setParameter(4, lastDay.minusMonths(1))
                .setParameter(5, lastDay)
                .setParameter(6, LocalDateTime.now())
                .executeUpdate();
        em.createNativeQuery("""
                insert into exit_interview (id, version, case_id, kind, interview_date, interviewer_login, interviewer_name,
                    held, notes, confidentiality)
                values (?1, 0, ?2, 'HR', ?3, 'hr.admin', '人事 花子', true, '本当は評価制度への不満', 'HR_ONLY')""")
                .setParameter(1, caseId + 1)
                .setParameter(2, caseId)
                .setParameter(3, lastDay.minusDays(10))
                .executeUpdate();
        transaction.commit();
        return caseId;
    }
}
