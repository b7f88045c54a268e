package jp.kizuna.alumni.opportunity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.kizuna.alumni.identity.SearchKey;
import jp.kizuna.alumni.network.Openness;

/**
 * How well a member fits an opening, and why, for HR's list of members to approach (issue 15's
 * matching). The rules, in points:
 * <ul>
 * <li>each of the member's skills that the opening's title or description names: {@value #PER_SKILL}
 * (at most {@value #MAX_SKILLS} skills count, so a long skill list does not outweigh the rest);</li>
 * <li>open to the opening's kind of work (rehire, side job, collaboration): {@value #OPEN_TO_KIND};</li>
 * <li>for a rehire, "open to returning from" a month no later than the opening's closing month (or
 * this month when it has none): {@value #RETURNING_IN_TIME}; a later month: {@value #RETURNING_LATER};</li>
 * <li>the opening is in the department the member left from: {@value #FORMER_DEPARTMENT}.</li>
 * </ul>
 * A member with nothing but the department in common does not match. Who may be matched at all
 * (consent to offers of the kind, membership in force) is the caller's query; this class only scores.
 */
public final class OpeningMatch {

    static final int PER_SKILL = 3;
    static final int MAX_SKILLS = 4;
    static final int OPEN_TO_KIND = 4;
    static final int RETURNING_IN_TIME = 3;
    static final int RETURNING_LATER = 1;
    static final int FORMER_DEPARTMENT = 1;

    /** The opening as matching sees it. */
    public record Opening(
            OpportunityKind kind, String title, String description, String departmentCode, LocalDate closesOn)
            implements Serializable {}

    /** A member as matching sees them. */
    public record Candidate(
            long profileId,
            String familyName,
            String givenName,
            String kana,
            Collection<String> skills,
            Set<Openness> openTo,
            YearMonth returningFrom,
            String departmentCode)
            implements Serializable {

        public Candidate {
            skills = List.copyOf(skills);
            openTo = openTo.isEmpty() ? EnumSet.noneOf(Openness.class) : EnumSet.copyOf(openTo);
        }
    }

    /** Why a member fits: the skills the opening names, the openness that fits, the month, the department. */
    public record Reasons(List<String> skills, boolean openToKind, YearMonth returningFrom, boolean formerDepartment)
            implements Serializable {

        public Reasons {
            skills = List.copyOf(skills);
        }
    }

    /** A scored member. */
    public record Match(Candidate candidate, int score, Reasons reasons) implements Serializable {}

    /** Highest score first; equal scores by kana, then name, then profile id (a stable order for HR). */
    public static final Comparator<Match> RANKING = Comparator.comparingInt(Match::score)
            .reversed()
            .thenComparing(
                    m -> m.candidate().kana() == null ? "" : m.candidate().kana())
            .thenComparing(m -> m.candidate().familyName() + " " + m.candidate().givenName())
            .thenComparingLong(m -> m.candidate().profileId());

    private OpeningMatch() {}

    /** The member's score and reasons for the opening, or empty when they do not fit it. */
    public static Optional<Match> score(Opening opening, Candidate candidate, LocalDate today) {
        String text = SearchKey.of((opening.title() == null ? "" : opening.title()) + " "
                + (opening.description() == null ? "" : opening.description()));
        List<String> skills = new ArrayList<>();
        for (String skill : new TreeSet<>(candidate.skills())) {
            String key = SearchKey.of(skill);
            if (key != null && text != null && named(text, key)) {
                skills.add(skill);
            }
        }
        int score = Math.min(skills.size(), MAX_SKILLS) * PER_SKILL;
        boolean openToKind = candidate.openTo().contains(openness(opening.kind()));
        if (openToKind) {
            score += OPEN_TO_KIND;
        }
        YearMonth returning = null;
        if (opening.kind() == OpportunityKind.REHIRE && candidate.returningFrom() != null) {
            returning = candidate.returningFrom();
            YearMonth by = YearMonth.from(opening.closesOn() != null ? opening.closesOn() : today);
            score += returning.isAfter(by) ? RETURNING_LATER : RETURNING_IN_TIME;
        }
        if (score == 0) {
            return Optional.empty();
        }
        boolean formerDepartment =
                opening.departmentCode() != null && opening.departmentCode().equals(candidate.departmentCode());
        if (formerDepartment) {
            score += FORMER_DEPARTMENT;
        }
        return Optional.of(new Match(candidate, score, new Reasons(skills, openToKind, returning, formerDepartment)));
    }

    /** All members that fit, best first. */
    public static List<Match> rank(Opening opening, Collection<Candidate> candidates, LocalDate today) {
        List<Match> matches = new ArrayList<>();
        for (Candidate candidate : candidates) {
            score(opening, candidate, today).ifPresent(matches::add);
        }
        matches.sort(RANKING);
        return matches;
    }

    /**
     * Whether the opening's text names the skill: as a whole word for Latin skills ("Java" is not
     * named by "JavaScript", "SQL" not by "MySQL"), anywhere for Japanese ones, which have no spaces.
     */
    private static boolean named(String text, String skill) {
        int at = text.indexOf(skill);
        while (at >= 0) {
            boolean latin = isLatinOrDigit(skill.charAt(0)) || isLatinOrDigit(skill.charAt(skill.length() - 1));
            if (!latin) {
                return true;
            }
            boolean startOk = at == 0 || !isLatinOrDigit(text.charAt(at - 1)) || !isLatinOrDigit(skill.charAt(0));
            int end = at + skill.length();
            boolean endOk = end == text.length()
                    || !isLatinOrDigit(text.charAt(end))
                    || !isLatinOrDigit(skill.charAt(skill.length() - 1));
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(skill, at + 1);
        }
        return false;
    }

    private static boolean isLatinOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    static Openness openness(OpportunityKind kind) {
        return switch (kind) {
            case REHIRE -> Openness.REHIRE;
            case SIDE_JOB -> Openness.SIDE_JOB;
            case COLLABORATION -> Openness.COLLABORATION;
        };
    }
}
