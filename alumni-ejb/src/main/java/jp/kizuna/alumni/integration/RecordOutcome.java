package jp.kizuna.alumni.integration;

/** What a synchronisation did with one employee record. */
public enum RecordOutcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    REJECTED
}
