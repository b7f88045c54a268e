package jp.kizuna.alumni.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
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

    @Inject
    private HrMessageLog log;

    @Inject
    private EmployeeUpsert upsert;

    /** Creates or updates the batch's employees; per-record results (see {@link UpsertResult}). */
    @RolesAllowed(Roles.HR_SYSTEM)
    public UpsertResult upsertEmployees(String messageId, List<EmployeeRecord> employees) {
        return onceAcrossRaces(messageId, () -> log.once(messageId, UPSERT_EMPLOYEES, employees, UpsertResult.class,
                () -> upsert.upsert(employees)));
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
