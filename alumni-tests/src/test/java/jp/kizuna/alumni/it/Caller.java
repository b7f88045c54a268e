package jp.kizuna.alumni.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * Runs a piece of test code as one of the demo users (subclasses fix role and user name with
 * {@code @RunAs}/{@code @RunAsPrincipal}), so that {@code @RolesAllowed} and caller-dependent
 * rules (a manager sees only their reports) are exercised as in production. Each call is one
 * transaction, as a request from the UI would be.
 */
public abstract class Caller {

    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void run(Work work) throws Exception {
        work.run();
    }
}
