package jp.kizuna.alumni.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kizuna.alumni.network.Openness;
import org.junit.jupiter.api.Test;

class OpeningMatchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final OpeningMatch.Opening ACCOUNTING = new OpeningMatch.Opening(
            OpportunityKind.REHIRE,
            "経理マネージャー（再雇用）",
            "Java で作った会計システムと SAP の経理業務をリードする方",
            "FIN",
            LocalDate.of(2027, 3, 31));

    private static OpeningMatch.Candidate member(
            long id, List<String> skills, Set<Openness> openTo, YearMonth from, String department) {
        return new OpeningMatch.Candidate(id, "山田", "太郎", "ヤマダ タロウ", skills, openTo, from, department);
    }

    @Test
    void skillsTheOpeningNamesOpennessAndTheMonthMakeTheScoreAndTheReasons() {
        OpeningMatch.Match match = OpeningMatch.score(
                        ACCOUNTING,
                        member(
                                1,
                                List.of("java", "経理", "営業"),
                                EnumSet.of(Openness.REHIRE),
                                YearMonth.of(2027, 3),
                                "FIN"),
                        TODAY)
                .orElseThrow();
        assertEquals(List.of("java", "経理"), match.reasons().skills());
        assertTrue(match.reasons().openToKind());
        assertEquals(YearMonth.of(2027, 3), match.reasons().returningFrom());
        assertTrue(match.reasons().formerDepartment());
        assertEquals(
                2 * OpeningMatch.PER_SKILL
                        + OpeningMatch.OPEN_TO_KIND
                        + OpeningMatch.RETURNING_IN_TIME
                        + OpeningMatch.FORMER_DEPARTMENT,
                match.score());
    }

    @Test
    void aLaterMonthCountsLessThanOneInTime() {
        int inTime = OpeningMatch.score(ACCOUNTING, member(1, List.of(), Set.of(), YearMonth.of(2027, 3), null), TODAY)
                .orElseThrow()
                .score();
        int later = OpeningMatch.score(ACCOUNTING, member(2, List.of(), Set.of(), YearMonth.of(2027, 4), null), TODAY)
                .orElseThrow()
                .score();
        assertTrue(inTime > later);
        assertEquals(OpeningMatch.RETURNING_LATER, later);
    }

    @Test
    void skillsAreMatchedAsWholeWordsInLatinAndAnywhereInJapaneseAnyCaseOrWidth() {
        OpeningMatch.Opening web =
                new OpeningMatch.Opening(OpportunityKind.SIDE_JOB, "JavaScript エンジニア", "ＭｙＳＱＬ と経理システム", null, null);
        OpeningMatch.Match match = OpeningMatch.score(
                        web,
                        member(1, List.of("java", "sql", "mysql", "経理", "javascript"), Set.of(), null, null),
                        TODAY)
                .orElseThrow();
        assertEquals(List.of("javascript", "mysql", "経理"), match.reasons().skills());
    }

    @Test
    void nothingButTheDepartmentIsNoMatch() {
        assertFalse(OpeningMatch.score(
                        ACCOUNTING, member(1, List.of("営業"), EnumSet.of(Openness.SIDE_JOB), null, "FIN"), TODAY)
                .isPresent());
        assertFalse(
                OpeningMatch.score(
                                new OpeningMatch.Opening(OpportunityKind.SIDE_JOB, "x", null, null, null),
                                member(1, List.of(), Set.of(), YearMonth.of(2027, 1), null),
                                TODAY)
                        .isPresent(),
                "the month to return counts for a rehire only");
    }

    @Test
    void manySkillsDoNotOutweighEverythingElse() {
        OpeningMatch.Opening many =
                new OpeningMatch.Opening(OpportunityKind.REHIRE, "a b c d e f g h", null, null, null);
        OpeningMatch.Match match = OpeningMatch.score(
                        many, member(1, List.of("a", "b", "c", "d", "e", "f", "g", "h"), Set.of(), null, null), TODAY)
                .orElseThrow();
        assertEquals(OpeningMatch.MAX_SKILLS * OpeningMatch.PER_SKILL, match.score());
        assertEquals(8, match.reasons().skills().size(), "all are still shown as reasons");
    }

    @Test
    void theBestFitComesFirst() {
        List<OpeningMatch.Match> ranked = OpeningMatch.rank(
                ACCOUNTING,
                List.of(
                        member(1, List.of("java"), Set.of(), null, null),
                        member(2, List.of("java", "経理"), EnumSet.of(Openness.REHIRE), YearMonth.of(2027, 1), null),
                        member(3, List.of("営業"), Set.of(), null, "FIN"),
                        member(4, List.of("java", "経理"), Set.of(), null, null)),
                TODAY);
        assertEquals(
                List.of(2L, 4L, 1L),
                ranked.stream().map(m -> m.candidate().profileId()).toList());
    }
}
