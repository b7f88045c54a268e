package jp.kizuna.alumni.integration;

import java.time.LocalDate;
import java.util.List;

/**
 * A former employee as exported to the HR system: only people who left and whose consent for the
 * asked purpose is in force, and only what that purpose needs (who they are and how to reach them).
 */
public record AlumnusRecord(String employeeNumber, String familyName, String givenName, String familyNameKana,
                            String givenNameKana, String personalEmail, LocalDate leavingDate,
                            List<String> consentedPurposes) {
}
