package jp.kizuna.alumni.network;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One alumnus as the directory shows them: only what they allowed; hidden fields are null or empty.
 * Unmodifiable, since one entry may serve many searches.
 */
public record DirectoryEntry(long profileId, String familyName, String givenName, String kana,
                             String departmentCode, String departmentJa, String departmentEn, int yearsOfService,
                             String employer, String role, String region, List<String> skills,
                             Set<Openness> openTo, String email) {

    public DirectoryEntry {
        skills = List.copyOf(skills);
        openTo = Collections.unmodifiableSet(openTo.isEmpty() ? EnumSet.noneOf(Openness.class) : EnumSet.copyOf(openTo));
    }

    public String displayName(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? familyName + " " + givenName : givenName + " " + familyName;
    }

    public String department(Locale locale) {
        return departmentCode == null ? null : "ja".equals(locale.getLanguage()) ? departmentJa : departmentEn;
    }
}
