package jp.kizuna.alumni.integration;

import java.util.List;

/**
 * The text fields of the HR contract with their limits: the one place the SOAP schema, the OpenAPI
 * document and the checks take them from (a test compares the documents with this). A limit counts
 * characters (Unicode code points), as the contract states: 𠮷 is one character, not two UTF-16 units.
 *
 * <p>Every text field refuses control characters (C0, DEL and C1), unpaired surrogates and the
 * non-characters U+FFFE and U+FFFF: they cannot be shown, printed or written to a CSV file that HR's
 * own tools read back (a NUL once made an export un-importable). Only free text that may hold
 * several lines ({@link #multiline}) keeps tab, line feed and carriage return.
 */
public enum HrField {
    EMPLOYEE_NUMBER("employeeNumber", 40),
    FAMILY_NAME("familyName", 100),
    GIVEN_NAME("givenName", 100),
    FAMILY_NAME_KANA("familyNameKana", 100),
    GIVEN_NAME_KANA("givenNameKana", 100),
    WORK_EMAIL("workEmail", 254),
    JOB_TITLE("jobTitle", 200),
    DEPARTMENT_CODE("departmentCode", 40),
    DEPARTMENT_NAME_JA("departmentNameJa", 200),
    DEPARTMENT_NAME_EN("departmentNameEn", 200),
    MANAGER_NUMBER("managerNumber", 40),
    /** 等級: the grade in the company's grading system (e.g. "G3", "M1", "主任"); optional, contract v1 revision 1.1. */
    JOB_GRADE("jobGrade", 40),
    /** The resignation's stated reason (column stated_reason, VARCHAR(500)); several lines allowed. */
    STATED_REASON("statedReason", 500, true);

    private final String field;
    private final int maxLength;
    private final boolean multiline;

    HrField(String field, int maxLength) {
        this(field, maxLength, false);
    }

    HrField(String field, int maxLength, boolean multiline) {
        this.field = field;
        this.maxLength = maxLength;
        this.multiline = multiline;
    }

    /** The property name in JSON, the element name in XML. */
    public String field() {
        return field;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The fields of one employee record, in contract order. */
    public static List<HrField> employeeFields() {
        return List.of(
                EMPLOYEE_NUMBER,
                FAMILY_NAME,
                GIVEN_NAME,
                FAMILY_NAME_KANA,
                GIVEN_NAME_KANA,
                WORK_EMAIL,
                JOB_TITLE,
                DEPARTMENT_CODE,
                DEPARTMENT_NAME_JA,
                DEPARTMENT_NAME_EN,
                MANAGER_NUMBER,
                JOB_GRADE);
    }

    /** What is wrong with this value of the field, or null: a forbidden character first, then the length. */
    public RecordProblem problem(String value) {
        if (value == null) {
            return null;
        }
        int position = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            position++;
            if (codePoint <= Character.MAX_VALUE && Character.isSurrogate((char) codePoint)) {
                return new RecordProblem("integration.text.surrogate", field, position);
            }
            if (forbidden(codePoint)) {
                return new RecordProblem(
                        "integration.text.control", field, String.format("U+%04X", codePoint), position);
            }
            i += Character.charCount(codePoint);
        }
        if (position > maxLength) {
            return new RecordProblem("integration.record.tooLong", field, maxLength);
        }
        return null;
    }

    private boolean forbidden(int codePoint) {
        if (multiline && (codePoint == '\t' || codePoint == '\n' || codePoint == '\r')) {
            return false;
        }
        return Character.getType(codePoint) == Character.CONTROL || codePoint == 0xFFFE || codePoint == 0xFFFF;
    }
}
