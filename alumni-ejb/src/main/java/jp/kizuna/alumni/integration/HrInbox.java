package jp.kizuna.alumni.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.offboarding.NoticeSource;
import jp.kizuna.alumni.offboarding.OffboardingCases;
import jp.kizuna.alumni.offboarding.ResignationNotice;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.privacy.ConsentedAlumni;
import jp.kizuna.alumni.privacy.PersonalDataProvided;
import jp.kizuna.alumni.privacy.ProvisionRecord;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;
import jp.kizuna.alumni.shared.WriteClash;

/**
 * What an HR system may ask, whichever protocol it speaks (SOAP or REST). Every changing
 * operation carries the sender's message id and has exactly one effect however often it arrives.
 */
@Stateless
@RolesAllowed(Roles.HR_SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HrInbox {

    static final String UPSERT_EMPLOYEES = "upsertEmployees";
    static final String REPORT_RESIGNATION = "reportResignation";
    /**
     * How often a message that clashed with concurrent ones is applied: each attempt after a clash
     * finds what the winner stored, so more than a few clashes in a row mean something else is wrong.
     */
    static final int MAX_ATTEMPTS = 8;

    private static final Logger LOG = Logger.getLogger(HrInbox.class.getName());

    @Inject
    private HrMessageLog log;

    @Inject
    private EmployeeUpsert upsert;

    @Inject
    private OffboardingCases cases;

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private jakarta.enterprise.event.Event<PersonalDataProvided> provided;

    @Inject
    private Caller caller;

    @Inject
    private ConsentedAlumni consenting;

    /** Most exports are of a few hundred alumni; larger sets are paged. */
    public static final int MAX_EXPORT_PAGE = 1000;

    /** Creates or updates the batch's employees; per-record results (see {@link UpsertResult}). */
    @RolesAllowed(Roles.HR_SYSTEM)
    public UpsertResult upsertEmployees(String messageId, List<EmployeeRecord> employees) {
        return onceAcrossRaces(
                messageId,
                () -> log.once(
                        messageId, UPSERT_EMPLOYEES, employees, UpsertResult.class, () -> upsert.upsert(employees)));
    }

    /**
     * Opens the offboarding case through the same service the HR screens use, so the HR system's
     * notice starts the same checklists, interviews and events as one entered by hand.
     */
    @RolesAllowed(Roles.HR_SYSTEM)
    public CaseReport reportResignation(String messageId, ResignationReport report) {
        report.checked(LocalDate.now(clock));
        return onceAcrossRaces(
                messageId,
                () -> log.once(
                        messageId,
                        REPORT_RESIGNATION,
                        report,
                        CaseReport.class,
                        () -> CaseReport.of(cases.openCase(new ResignationNotice(
                                report.employeeNumber(),
                                report.noticeDate(),
                                report.lastDay(),
                                report.statedReason(),
                                NoticeSource.HR_SYSTEM)))));
    }

    /** The employee's latest offboarding case; reading twice changes nothing, so no message id. */
    @RolesAllowed(Roles.HR_SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public CaseReport caseStatus(String employeeNumber) {
        directory.requireByNumber(employeeNumber == null ? "" : employeeNumber.strip());
        return cases.latestCaseOf(employeeNumber.strip())
                .map(CaseReport::of)
                .orElseThrow(() -> new BusinessException("integration.case.none", employeeNumber));
    }

    /**
     * Alumni (employees who left) whose consent for {@code purpose} is in force, in employee number
     * order, {@code max} from {@code first} ({@link ConsentedAlumni}: the same people HR's member file
     * holds). Everyone else, and anyone who withdrew, is left out; the export is audited as a
     * disclosure of personal data and written to the provision record.
     */
    @RolesAllowed(Roles.HR_SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<AlumnusRecord> consentedAlumni(String purpose, int first, int max) {
        ConsentPurpose asked = Arrays.stream(ConsentPurpose.values())
                .filter(candidate -> candidate.name().equals(purpose == null ? "" : purpose.strip()))
                .findFirst()
                .orElseThrow(() -> new BusinessException(
                        "integration.purpose.invalid",
                        String.valueOf(purpose),
                        Arrays.toString(ConsentPurpose.values())));
        if (first < 0 || max < 1 || max > MAX_EXPORT_PAGE) {
            throw new BusinessException("integration.page.invalid", MAX_EXPORT_PAGE);
        }
        List<ConsentedAlumni.Alumnus> alumni = consenting.consentingTo(asked, first, max);
        audit.record(
                AuditEntry.Action.EXPORT,
                "Employee",
                "*",
                alumni.size() + " alumni consenting to " + asked + " exported to the HR system");
        provided.fire(new PersonalDataProvided(
                "HR system (" + caller.login() + ")",
                ProvisionRecord.Channel.HR_INTEGRATION,
                AlumnusRecord.ITEMS,
                asked,
                alumni.stream().map(ConsentedAlumni.Alumnus::provided).toList()));
        return alumni.stream().map(AlumnusRecord::of).toList();
    }

    /**
     * Each attempt is its own transaction, so a failed one leaves nothing behind (neither the message
     * id nor any effect). If a duplicate delivered at the same moment won the unique message id, this
     * attempt fails; the next replays the winner's answer. If another message wrote the same rows at
     * the same moment (the same new employee or department, overlapping employees: a
     * {@link WriteClash}), the message is applied again in a new transaction, which finds the other's
     * rows; the sender gets its normal per-record answer, never an error for a clash.
     */
    private <T> T onceAcrossRaces(String messageId, Supplier<T> attempt) {
        for (int attempts = 1; ; attempts++) {
            try {
                return attempt.get();
            } catch (EJBException failure) {
                HrMessageLog.requireValid(messageId);
                if (log.isKnown(messageId)) {
                    return attempt.get();
                }
                if (attempts >= MAX_ATTEMPTS || !WriteClash.causedBy(failure)) {
                    throw failure;
                }
                LOG.fine(() -> "Message " + messageId + " clashed with a concurrent one; applying it again");
                pauseBeforeAttempt(attempts);
            }
        }
    }

    /**
     * A short random pause that grows with each clash, so that senders who clashed do not meet again
     * at once. Not a timer or a managed executor: the sender waits for this very answer, on this
     * request thread, and the transaction of the failed attempt is already over.
     */
    private static void pauseBeforeAttempt(int attempts) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempts * attempts));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new EJBException("Interrupted while waiting to apply a message again", interrupted);
        }
    }
}
