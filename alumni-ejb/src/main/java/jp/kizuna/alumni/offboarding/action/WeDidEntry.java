package jp.kizuna.alumni.offboarding.action;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import jp.kizuna.alumni.shared.LocalizedText;

/**
 * One line of "you said, we did": what leavers said (a reason, where, when, how many: never fewer than
 * the minimum group size) and what the company does about it. Nothing in it names or describes a person.
 */
public record WeDidEntry(
        String reasonJa,
        String reasonEn,
        String departmentJa,
        String departmentEn,
        LocalDate patternFrom,
        LocalDate patternTo,
        long leavers,
        String titleJa,
        String titleEn,
        String descriptionJa,
        String descriptionEn,
        ActionStatus status,
        LocalDate dueDate,
        LocalDate completedOn)
        implements Serializable {

    private static boolean ja(Locale locale) {
        return LocalizedText.japanese(locale);
    }

    public String reason(Locale locale) {
        return ja(locale) ? reasonJa : reasonEn;
    }

    /** Null for the whole company. */
    public String department(Locale locale) {
        return ja(locale) ? departmentJa : departmentEn;
    }

    public String title(Locale locale) {
        return ja(locale) ? titleJa : titleEn;
    }

    public String description(Locale locale) {
        return ja(locale) ? descriptionJa : descriptionEn;
    }
}
