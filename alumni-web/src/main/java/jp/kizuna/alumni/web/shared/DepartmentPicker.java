package jp.kizuna.alumni.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.EmployeeDirectory;

/**
 * The departments for a department picker, a {@code p:selectOneMenu filter="true"} whose value is the
 * department's code and whose options read in both languages ({@code #{departmentPicker.label(d)}}),
 * so HR finds 営業部 by typing "営業" or "Sales" and never types a code.
 */
@Named
@RequestScoped
public class DepartmentPicker {

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private LocaleSelection localeSelection;

    private List<Department> all;

    /** All departments, by their name in the reader's language (read once per request). */
    public List<Department> getAll() {
        if (all == null) {
            Locale locale = localeSelection.getLocale();
            all = directory.departments().stream()
                    .sorted(Comparator.comparing((Department d) -> d.name(locale))
                            .thenComparing(Department::getCode))
                    .toList();
        }
        return all;
    }

    /** 「営業部 / Sales」 in Japanese, "Sales / 営業部" in English: the reader's language first, both searchable. */
    public String label(Department department) {
        String first = department.name(localeSelection.getLocale());
        String second = localeSelection.isJapanese() ? department.getNameEn() : department.getNameJa();
        return second.isBlank() || second.equals(first) ? first : first + " / " + second;
    }
}
