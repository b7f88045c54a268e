package jp.kizuna.alumni.integration;

import java.util.List;

/**
 * The answer to one batch: per-record results in the order sent. Valid records are applied and
 * invalid ones reported, all in one transaction; a batch never half-applies a record.
 */
public record UpsertResult(int created, int updated, int unchanged, int rejected, List<RecordResult> results) {

    static UpsertResult of(List<RecordResult> results) {
        int[] counts = new int[RecordOutcome.values().length];
        results.forEach(result -> counts[result.outcome().ordinal()]++);
        return new UpsertResult(
                counts[RecordOutcome.CREATED.ordinal()],
                counts[RecordOutcome.UPDATED.ordinal()],
                counts[RecordOutcome.UNCHANGED.ordinal()],
                counts[RecordOutcome.REJECTED.ordinal()],
                List.copyOf(results));
    }
}
