package jp.kizuna.alumni.identity;

import java.time.LocalDate;

/**
 * CDI event: an offboarding case was opened for this employee (from the UI or the HR system).
 * Observers elsewhere react without the offboarding capability knowing them, e.g. the alumni
 * network invites the leaver. Fired inside the opening transaction.
 */
public record ResignationRecorded(long employeeId, long caseId, LocalDate lastDay) {}
