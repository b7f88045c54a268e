package jp.kizuna.alumni.network;

/**
 * A directory search. Every field is optional; {@code text} matches names, kana, and the employer
 * and role of those who show them.
 */
public record DirectoryCriteria(String text, String departmentCode, Integer minYears, Integer maxYears,
                                String skill, String region, Openness openTo) {

    public static DirectoryCriteria everyone() {
        return new DirectoryCriteria(null, null, null, null, null, null, null);
    }
}
