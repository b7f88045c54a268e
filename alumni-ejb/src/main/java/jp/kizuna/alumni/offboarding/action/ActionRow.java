package jp.kizuna.alumni.offboarding.action;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import jp.kizuna.alumni.shared.LocalizedText;

/**
 * One action in HR's ledger with the share of its reason among the pattern's leavers in the year before
 * it started and since ({@code before}, {@code after}); department names are null for the whole company.
 */
public record ActionRow(
        long id,
        String reasonJa,
        String reasonEn,
        String departmentJa,
        String departmentEn,
        LocalDate patternFrom,
        LocalDate patternTo,
        String titleJa,
        String titleEn,
        String owner,
        LocalDate dueDate,
        ActionStatus status,
        LocalDate startedOn,
        LocalDate completedOn,
        boolean published,
        boolean overdue,
        ReasonShare before,
        ReasonShare after)
        implements Serializable {

    public String reason(Locale locale) {
        return LocalizedText.in(locale, reasonJa, reasonEn);
    }

    public String department(Locale locale) {
        return LocalizedText.in(locale, departmentJa, departmentEn);
    }

    public String title(Locale locale) {
        return LocalizedText.in(locale, titleJa, titleEn);
    }
}
