package jp.kizuna.alumni.web.shared;

import java.io.Serializable;
import java.util.Locale;
import jp.kizuna.alumni.identity.Employee;

/**
 * A person chosen in a picker: shown by name, reading and employee number, carried by employee number
 * (what HR knows people by), with the sign-in name for filters on who did something.
 */
public record PersonPick(String employeeNumber, String login, String name, String kana) implements Serializable {

    public static PersonPick of(Employee person, Locale locale) {
        return new PersonPick(
                person.getEmployeeNumber(),
                person.getLoginName(),
                person.displayName(locale),
                person.getFullNameKana());
    }

    /** 「山田 太郎（ヤマダ タロウ）E0123」: what the picker lists and shows once chosen. */
    public String label() {
        return name + (kana == null ? "" : "（" + kana + "）") + " " + employeeNumber;
    }
}
