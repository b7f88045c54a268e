package jp.kizuna.alumni.integration;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Locale;

/**
 * The answer for one record of a batch. A rejected record carries the reason as a stable code
 * and as text in English and Japanese, so the sender's operators can act on it without us.
 */
public record RecordResult(
        int position,
        String employeeNumber,
        RecordOutcome outcome,
        String errorCode,
        String errorText,
        String errorTextJa) {

    static RecordResult applied(int position, String employeeNumber, RecordOutcome outcome) {
        return new RecordResult(position, employeeNumber, outcome, null, null, null);
    }

    static RecordResult rejected(int position, String employeeNumber, RecordProblem problem) {
        return new RecordResult(
                position,
                employeeNumber,
                RecordOutcome.REJECTED,
                problem.key(),
                problem.text(Locale.ENGLISH),
                problem.text(Locale.JAPANESE));
    }

    @JsonbTransient
    public boolean isRejected() {
        return outcome == RecordOutcome.REJECTED;
    }
}
