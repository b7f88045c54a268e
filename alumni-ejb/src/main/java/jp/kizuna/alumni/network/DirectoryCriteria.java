package jp.kizuna.alumni.network;

import jp.kizuna.alumni.identity.SearchKey;

/**
 * A directory search. Every field is optional; {@code text} matches names, kana, and the employer
 * and role of those who show them.
 */
public record DirectoryCriteria(
        String text,
        String departmentCode,
        Integer minYears,
        Integer maxYears,
        String skill,
        String region,
        Openness openTo) {

    /**
     * The same search as the database sees it: the text as its search key (case, width, kana and
     * variant kanji folded), the skill as skills are stored, codes and regions without surrounding
     * spaces, blanks as null. Two criteria with the same search form find the same members, so
     * results are kept and reused under it.
     */
    public DirectoryCriteria asSearched() {
        return new DirectoryCriteria(
                SearchKey.of(text),
                stripped(departmentCode),
                minYears,
                maxYears,
                AlumnusProfile.normaliseSkill(skill),
                stripped(region),
                openTo);
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static DirectoryCriteria everyone() {
        return new DirectoryCriteria(null, null, null, null, null, null, null);
    }
}
