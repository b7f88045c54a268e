package jp.kizuna.alumni.network;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kizuna.alumni.shared.LocalizedText;
import jp.kizuna.alumni.shared.PersonName;

/**
 * One alumnus as the directory shows them: only what they allowed; hidden fields are null or empty.
 * Unmodifiable, since one entry may serve many searches.
 */
public record DirectoryEntry(
        long profileId,
        String familyName,
        String givenName,
        String familyKana,
        String givenKana,
        String departmentCode,
        String departmentJa,
        String departmentEn,
        int yearsOfService,
        String employer,
        String role,
        String region,
        List<String> skills,
        Set<Openness> openTo,
        String email) {

    public DirectoryEntry {
        skills = List.copyOf(skills);
        openTo =
                Collections.unmodifiableSet(openTo.isEmpty() ? EnumSet.noneOf(Openness.class) : EnumSet.copyOf(openTo));
    }

    public String displayName(Locale locale) {
        return new PersonName(familyName, givenName, familyKana, givenKana).display(locale);
    }

    /** Both readings, family first; null when neither is known. */
    public String kana() {
        return new PersonName(familyName, givenName, familyKana, givenKana).kana();
    }

    public String department(Locale locale) {
        return departmentCode == null ? null : LocalizedText.in(locale, departmentJa, departmentEn);
    }
}
