package jp.kizuna.alumni.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.offboarding.NoticeSource;
import jp.kizuna.alumni.offboarding.OffboardingCases;
import jp.kizuna.alumni.offboarding.ResignationNotice;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

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

    @Inject
    private HrMessageLog log;

    @Inject
    private EmployeeUpsert upsert;

    @Inject
    private OffboardingCases cases;

    @Inject
    private EmployeeDirectory directory;

    /** Creates or updates the batch's employees; per-record results (see {@link UpsertResult}). */
    @RolesAllowed(Roles.HR_SYSTEM)
    public UpsertResult upsertEmployees(String messageId, List<EmployeeRecord> employees) {
        return onceAcrossRaces(messageId, () -> log.once(messageId, UPSERT_EMPLOYEES, employees, UpsertResult.class,
                () -> upsert.upsert(employees)));
    }

    /**
     * Opens the offboarding case through the same service the HR screens use, so the HR system's
     * notice starts the same checklists, interviews and events as one entered by hand.
     */
    @RolesAllowed(Roles.HR_SYSTEM)
    public CaseReport reportResignation(String messageId, ResignationReport report) {
        return onceAcrossRaces(messageId, () -> log.once(messageId, REPORT_RESIGNATION, report, CaseReport.class,
                () -> CaseReport.of(cases.openCase(new ResignationNotice(report.employeeNumber(), report.noticeDate(),
                        report.lastDay(), report.statedReason(), NoticeSource.HR_SYSTEM)))));
    }

    /** The employee's latest offboarding case; reading twice changes nothing, so no message id. */
    @RolesAllowed(Roles.HR_SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public CaseReport caseStatus(String employeeNumber) {
        directory.requireByNumber(employeeNumber == null ? "" : employeeNumber.strip());
        return cases.latestCaseOf(employeeNumber.strip()).map(CaseReport::of)
                .orElseThrow(() -> new BusinessException("integration.case.none", employeeNumber));
    }

    /**
     * Each attempt is its own transaction. If a duplicate delivered at the same moment won the
     * unique message id, this attempt fails on commit; the retry then replays the winner's answer.
     */
    private <T> T onceAcrossRaces(String messageId, Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (EJBException failure) {
            HrMessageLog.requireValid(messageId);
            if (log.isKnown(messageId)) {
                return attempt.get();
            }
            throw failure;
        }
    }
}
