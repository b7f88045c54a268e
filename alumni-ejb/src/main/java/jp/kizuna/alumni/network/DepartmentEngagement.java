package jp.kizuna.alumni.network;

import java.io.Serializable;
import java.util.Locale;
import jp.kizuna.alumni.shared.LocalizedText;

/** Engagement of one department's alumni (by the department they left from). */
public record DepartmentEngagement(
        String departmentCode,
        String nameJa,
        String nameEn,
        long activeAlumni,
        long boomerangHires,
        long referrals,
        long collaborations)
        implements Serializable {

    public String name(Locale locale) {
        return LocalizedText.in(locale, nameJa, nameEn);
    }
}
