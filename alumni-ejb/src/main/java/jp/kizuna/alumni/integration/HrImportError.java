package jp.kizuna.alumni.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A row of an HR file that was not applied: its line, the employee number when readable, the
 * message key and its text in both languages (the screen shows the reader's), written in the
 * transaction of the chunk it belongs to.
 */
@Entity
@Table(name = "hr_import_error")
public class HrImportError {

    @Id
    @SequenceGenerator(name = "hr_import_error_id", sequenceName = "alumni_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hr_import_error_id")
    private Long id;

    @Column(name = "import_id", nullable = false)
    private long importId;

    private int line;

    @Column(name = "employee_number")
    private String employeeNumber;

    @Column(nullable = false)
    private String code;

    @Column(name = "text_en", nullable = false)
    private String text;

    @Column(name = "text_ja", nullable = false)
    private String textJa;

    protected HrImportError() {}

    HrImportError(long importId, int line, String employeeNumber, String code, String text, String textJa) {
        this.importId = importId;
        this.line = line;
        this.employeeNumber = employeeNumber == null || employeeNumber.length() <= 200
                ? employeeNumber
                : employeeNumber.substring(0, 200);
        this.code = code;
        this.text = clipped(text);
        this.textJa = clipped(textJa);
    }

    private static String clipped(String text) {
        return text == null ? "" : text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    ImportProgress.RowError asRowError() {
        return new ImportProgress.RowError(line, employeeNumber, code, text, textJa);
    }
}
