package jp.kizuna.alumni.integration;

import jakarta.json.bind.annotation.JsonbCreator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One employee as the HR system knows them: the master data this application takes over on every
 * synchronisation. Names in Japanese order with kana readings; the department by code (created
 * when the record also names it) and the manager by employee number.
 *
 * <p>{@code jobGrade} (等級) was added to contract v1 as an optional last field (revision 1.1): senders
 * written before it never send it, so an absent grade leaves the stored one as it is, and a record
 * without it digests as before ({@link AddedToContract}).
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
        LocalDate hireDate,
        @AddedToContract("1.1") String jobGrade) {

    /**
     * The REST binding builds a record through this constructor (a record with more than one needs it
     * named); a property the sender leaves out arrives as null.
     */
    @JsonbCreator
    public EmployeeRecord {}

    /** A record as contract v1 first defined it (no job grade). */
    public EmployeeRecord(
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
        this(
                employeeNumber,
                familyName,
                givenName,
                familyNameKana,
                givenNameKana,
                workEmail,
                jobTitle,
                departmentCode,
                departmentNameJa,
                departmentNameEn,
                managerNumber,
                hireDate,
                null);
    }

    /** The earliest plausible business date: anything before is a typing error (0202 for 2020). */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Katakana, hiragana, the prolonged sound mark, middle dot and spaces: what a reading may hold. */
    private static final Pattern KANA = Pattern.compile("[\\p{IsKatakana}\\p{IsHiragana}ー・ 　]*");

    /**
     * Trims every text and turns empty texts into "not given", as HR files mix both. The kana
     * readings are also NFKC-normalised, so half-width kana with voiced marks (ﾀﾞ) become the
     * full-width kana they stand for (ダ); that is the only change made to what was sent: names and
     * all other texts are kept exactly, character for character.
     */
    public EmployeeRecord normalized() {
        return new EmployeeRecord(
                clean(employeeNumber),
                clean(familyName),
                clean(givenName),
                reading(familyNameKana),
                reading(givenNameKana),
                clean(workEmail),
                clean(jobTitle),
                clean(departmentCode),
                clean(departmentNameJa),
                clean(departmentNameEn),
                clean(managerNumber),
                hireDate,
                clean(jobGrade));
    }

    /** Every text of the record with its field, in contract order. */
    List<Map.Entry<HrField, String>> texts() {
        List<String> values = Arrays.asList(
                employeeNumber,
                familyName,
                givenName,
                familyNameKana,
                givenNameKana,
                workEmail,
                jobTitle,
                departmentCode,
                departmentNameJa,
                departmentNameEn,
                managerNumber,
                jobGrade);
        List<HrField> fields = HrField.employeeFields();
        List<Map.Entry<HrField, String>> texts = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            texts.add(new AbstractMap.SimpleImmutableEntry<>(fields.get(i), values.get(i)));
        }
        return texts;
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
        for (Map.Entry<HrField, String> text : texts()) {
            RecordProblem problem = text.getKey().problem(text.getValue());
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (managerNumber != null && !NUMBER.matcher(managerNumber).matches()) {
            problems.add(new RecordProblem("integration.record.numberInvalid", managerNumber));
        }
        if (!isKana(familyNameKana) || !isKana(givenNameKana)) {
            problems.add(new RecordProblem(
                    "integration.record.kanaInvalid",
                    Objects.toString(familyNameKana, "") + " " + Objects.toString(givenNameKana, "")));
        }
        if (workEmail != null && !EMAIL.matcher(workEmail).matches()) {
            problems.add(new RecordProblem("integration.record.emailInvalid", workEmail));
        }
        if (hireDate != null && hireDate.isAfter(latestDate(today))) {
            problems.add(new RecordProblem("integration.date.hireTooLate", hireDate.toString()));
        }
        if (hireDate != null && hireDate.isBefore(EARLIEST_DATE)) {
            problems.add(new RecordProblem("integration.date.hireTooEarly", hireDate.toString()));
        }
        if (managerNumber != null && managerNumber.equals(employeeNumber)) {
            problems.add(new RecordProblem("integration.manager.self", employeeNumber));
        }
        return problems;
    }

    /** The latest plausible business date an HR system may send (hire, notice, last day): a year from today. */
    static LocalDate latestDate(LocalDate today) {
        return today.plusYears(1);
    }

    static boolean isKana(String text) {
        return text == null || KANA.matcher(text).matches();
    }

    private static void require(List<RecordProblem> problems, String value, String field) {
        if (value == null) {
            problems.add(new RecordProblem("integration.record.required", field));
        }
    }

    private static String reading(String kana) {
        String cleaned = clean(kana);
        return cleaned == null ? null : Normalizer.normalize(cleaned, Normalizer.Form.NFKC);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
