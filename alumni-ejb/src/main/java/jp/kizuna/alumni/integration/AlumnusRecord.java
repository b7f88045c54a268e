package jp.kizuna.alumni.integration;

import java.time.LocalDate;
import java.util.List;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.privacy.ConsentedAlumni;

/**
 * A former employee as exported to the HR system: only people who left and whose consent for the
 * asked purpose is in force, and only what that purpose needs (who they are and how to reach them).
 */
public record AlumnusRecord(
        String employeeNumber,
        String familyName,
        String givenName,
        String familyNameKana,
        String givenNameKana,
        String personalEmail,
        LocalDate leavingDate,
        List<String> consentedPurposes) {

    /**
     * The data items of each person, as the provision record names them: exactly the fields above, so
     * keep the two lists together (ExportConsentedAlumni and HR's member file hand over these).
     */
    public static final List<String> ITEMS = List.of(
            "employee number",
            "family name",
            "given name",
            "family name kana",
            "given name kana",
            "personal e-mail",
            "leaving date",
            "consent purposes");

    /** The fields {@link #ITEMS} names, of one consenting alumnus; purposes by name, sorted. */
    public static AlumnusRecord of(ConsentedAlumni.Alumnus alumnus) {
        Employee person = alumnus.person();
        return new AlumnusRecord(
                person.getEmployeeNumber(),
                person.getFamilyName(),
                person.getGivenName(),
                person.getFamilyNameKana(),
                person.getGivenNameKana(),
                person.getPersonalEmail(),
                person.getLeavingDate(),
                alumnus.purposesInForce().stream().map(Enum::name).sorted().toList());
    }
}
