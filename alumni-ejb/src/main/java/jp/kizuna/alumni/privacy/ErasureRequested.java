package jp.kizuna.alumni.privacy;

/**
 * CDI event fired inside the erasure transaction: every capability holding personal data of this
 * person deletes or anonymises it before the transaction commits, or the erasure rolls back whole.
 */
public record ErasureRequested(long employeeId) {}
