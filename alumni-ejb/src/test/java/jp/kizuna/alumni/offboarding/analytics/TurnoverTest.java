package jp.kizuna.alumni.offboarding.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TurnoverTest {

    @Test
    void monthsAreCutToTheRange() {
        List<TurnoverAnalytics.Bucket> months =
                TurnoverAnalytics.buckets(LocalDate.of(2025, 11, 15), LocalDate.of(2026, 2, 10), Period.MONTH);
        assertEquals(
                List.of("2025-11", "2025-12", "2026-01", "2026-02"),
                months.stream().map(TurnoverAnalytics.Bucket::label).toList());
        assertEquals(LocalDate.of(2025, 11, 15), months.get(0).first());
        assertEquals(LocalDate.of(2025, 11, 30), months.get(0).last());
        assertEquals(LocalDate.of(2026, 2, 10), months.get(3).last());
        assertEquals(202511, months.get(0).number());
    }

    @Test
    void yearsAndQuarters() {
        assertEquals(
                List.of("2024", "2025", "2026"),
                TurnoverAnalytics.buckets(LocalDate.of(2024, 4, 1), LocalDate.of(2026, 3, 31), Period.YEAR).stream()
                        .map(TurnoverAnalytics.Bucket::label)
                        .toList());
        assertEquals(
                List.of("2026-Q1", "2026-Q2"),
                TurnoverAnalytics.buckets(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1), Period.QUARTER).stream()
                        .map(TurnoverAnalytics.Bucket::label)
                        .toList());
    }

    @Test
    void groupsWithoutLeaversAreShownAndSmallOnesHiddenWithTheirComplement() {
        Disclosure disclosure = new Disclosure(5);
        List<TurnoverFigure> shown = TurnoverAnalytics.shown(
                disclosure, List.of(figure("NONE", 0), figure("BIG", 9), figure("MID", 6), figure("TINY", 2)));
        // TINY alone (2) could be found as total minus the rest: MID goes too, BIG stays.
        assertEquals(
                List.of("NONE", "BIG"), shown.stream().map(TurnoverFigure::key).toList());
    }

    @Test
    void rateIsLeaversPerAverageHeadcount() {
        TurnoverFigure f = new TurnoverFigure("K", "K", "K", 100, 80, 0, 9, 6, 1);
        assertEquals(10.0, f.rate());
        assertEquals(3, f.otherLeavers());
        assertEquals(66.7, f.voluntaryPercent());
        assertNull(new TurnoverFigure("K", "K", "K", 0, 0, 0, 0, 0, 0).rate());
    }

    @Test
    void csvHasByteOrderMarkAndNeutralisesFormulas() {
        TurnoverFigure department =
                new TurnoverFigure("X", "=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")", 10, 10, 1, 5, 5, 0);
        TurnoverReport report = new TurnoverReport(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                Period.YEAR,
                5,
                "ALL",
                null,
                List.of(),
                0,
                List.of(department),
                0,
                List.of(),
                0,
                List.of(),
                0,
                List.of(),
                0,
                List.of(),
                0);
        byte[] csv =
                TurnoverCsv.write(report, Locale.JAPANESE, key -> key.equals("turnover.byDepartment") ? "部署別" : key);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n部署別,\"'=HYPERLINK(\"\"x\"\")\",10,10,1,5,5,0,0,50.0\r\n"), text);
    }

    private static TurnoverFigure figure(String key, long leavers) {
        return new TurnoverFigure(key, key, key, 50, 50, 0, leavers, leavers, 0);
    }
}
