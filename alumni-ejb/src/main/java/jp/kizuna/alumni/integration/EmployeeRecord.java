package jp.kizuna.alumni.integration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One employee as the HR system knows them: the master data this application takes over on every
 * synchronisation. Names in Japanese order with kana readings; the department by code (created
 * when the record also names it) and the manager by employee number.
 */
public record EmployeeRecord(
        String employeeNumber,
        String familyName,
        String givenName,
        String familyNameKana,
        String givenNameKana,
        String workEmail,
        String jobTitle,
        String departmentCode,
        String departmentNameJa,
        String departmentNameEn,
        String managerNumber,
        LocalDate hireDate) {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Katakana, hiragana, the prolonged sound mark, middle dot and spaces: what a reading may hold. */
    private static final Pattern KANA = Pattern.compile("[\\p{IsKatakana}\\p{IsHiragana}ー・ 　]*");

    /** Trims every text and turns empty texts into "not given", as HR files mix both. */
    public EmployeeRecord normalized() {
        return new EmployeeRecord(clean(employeeNumber), clean(familyName), clean(givenName), clean(familyNameKana),
                clean(givenNameKana), clean(workEmail), clean(jobTitle), clean(departmentCode), clean(departmentNameJa),
                clean(departmentNameEn), clean(managerNumber), hireDate);
    }

    /** What is wrong with this record on its own, before it is compared with the database. */
    public List<RecordProblem> problems(LocalDate today) {
        List<RecordProblem> problems = new ArrayList<>();
        if (employeeNumber == null) {
            problems.add(new RecordProblem("integration.record.required", "employeeNumber"));
        } else if (!NUMBER.matcher(employeeNumber).matches()) {
            problems.add(new RecordProblem("integration.record.numberInvalid", employeeNumber));
        }
        require(problems, familyName, "familyName");
        require(problems, givenName, "givenName");
        tooLong(problems, familyName, "familyName", 100);
        tooLong(problems, givenName, "givenName", 100);
        tooLong(problems, familyNameKana, "familyNameKana", 100);
        tooLong(problems, givenNameKana, "givenNameKana", 100);
        tooLong(problems, jobTitle, "jobTitle", 200);
        tooLong(problems, workEmail, "workEmail", 254);
        tooLong(problems, departmentNameJa, "departmentNameJa", 200);
        tooLong(problems, departmentNameEn, "departmentNameEn", 200);
        tooLong(problems, departmentCode, "departmentCode", 40);
        if (!isKana(familyNameKana) || !isKana(givenNameKana)) {
            problems.add(new RecordProblem("integration.record.kanaInvalid",
                    Objects.toString(familyNameKana, "") + " " + Objects.toString(givenNameKana, "")));
        }
        if (workEmail != null && !EMAIL.matcher(workEmail).matches()) {
            problems.add(new RecordProblem("integration.record.emailInvalid", workEmail));
        }
        if (hireDate != null && hireDate.isAfter(today.plusYears(1))) {
            problems.add(new RecordProblem("integration.date.hireTooLate", hireDate.toString()));
        }
        if (hireDate != null && hireDate.getYear() < 1900) {
            problems.add(new RecordProblem("integration.date.hireTooEarly", hireDate.toString()));
        }
        if (managerNumber != null && managerNumber.equals(employeeNumber)) {
            problems.add(new RecordProblem("integration.manager.self", employeeNumber));
        }
        return problems;
    }

    static boolean isKana(String text) {
        return text == null || KANA.matcher(text).matches();
    }

    private static void require(List<RecordProblem> problems, String value, String field) {
        if (value == null) {
            problems.add(new RecordProblem("integration.record.required", field));
        }
    }

    private static void tooLong(List<RecordProblem> problems, String value, String field, int max) {
        if (value != null && value.length() > max) {
            problems.add(new RecordProblem("integration.record.tooLong", field, max));
        }
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
