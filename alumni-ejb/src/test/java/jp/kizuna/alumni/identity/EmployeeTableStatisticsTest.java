package jp.kizuna.alumni.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmployeeTableStatisticsTest {

    @Test
    void aTableLoadedIntoAfterItWasAnalysedEmptyIsOutgrown() {
        assertTrue(EmployeeTableStatistics.outgrown(1000, 0));
        assertTrue(EmployeeTableStatistics.outgrown(30_000, 12_000));
    }

    @Test
    void aFewChangesOrGrowthWithinTheTablesSizeAreNot() {
        assertFalse(EmployeeTableStatistics.outgrown(999, 0), "fewer changes than a batch never matter to a plan");
        assertFalse(EmployeeTableStatistics.outgrown(5_000, 100_000), "a nightly delta of a large company");
        assertTrue(EmployeeTableStatistics.outgrown(100_000, 100_000), "doubled");
    }
}
