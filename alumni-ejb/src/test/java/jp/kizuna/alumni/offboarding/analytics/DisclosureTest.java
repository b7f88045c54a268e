package jp.kizuna.alumni.offboarding.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    final Disclosure fiveOrMore = new Disclosure(5);

    @Test
    void aSingleSmallGroupTakesTheSmallestShownOneWithItSoTheTotalGivesNothingAway() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        sizes.put("A", 20L);
        sizes.put("B", 6L);
        sizes.put("C", 2L);
        Set<String> shown = fiveOrMore.shown(sizes);
        assertEquals(Set.of("A"), shown, "C alone would be total - A - B");
    }

    @Test
    void hiddenGroupsThatTogetherReachTheMinimumNeedNoCompanion() {
        Map<String, Long> sizes = new LinkedHashMap<>(Map.of("A", 9L, "B", 3L, "C", 2L));
        assertEquals(Set.of("A"), fiveOrMore.shown(sizes));
        assertEquals(Set.of("A", "B", "C"), fiveOrMore.shown(Map.of("A", 9L, "B", 5L, "C", 7L)));
    }

    @Test
    void cellsAreHiddenSoThatNeitherRowNorColumnTotalsGiveOneAway() {
        Map<Disclosure.Cell<String, String>, Long> cells = new LinkedHashMap<>();
        cells.put(new Disclosure.Cell<>("r1", "c1"), 10L);
        cells.put(new Disclosure.Cell<>("r1", "c2"), 7L);
        cells.put(new Disclosure.Cell<>("r1", "c3"), 1L);
        cells.put(new Disclosure.Cell<>("r2", "c1"), 8L);
        cells.put(new Disclosure.Cell<>("r2", "c3"), 6L);
        Set<Disclosure.Cell<String, String>> shown = fiveOrMore.shownCells(cells, Set.of());
        // r1/c3 is small; row r1 must hide c2 too; column c3 then hides r2/c3 too (its rest would be 1).
        assertTrue(!shown.contains(new Disclosure.Cell<>("r1", "c3")));
        for (String line : Set.of("r1", "r2", "c1", "c2", "c3")) {
            long rest = cells.entrySet().stream()
                    .filter(e ->
                            e.getKey().row().equals(line) || e.getKey().column().equals(line))
                    .filter(e -> !shown.contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            assertTrue(rest == 0 || rest >= 5, line + " hides only " + rest);
        }
    }

    @Test
    void aHiddenRowCountsInItsColumnsRestSoTheColumnHidesACompanion() {
        Map<Disclosure.Cell<String, String>, Long> cells = new LinkedHashMap<>();
        cells.put(new Disclosure.Cell<>("r1", "c1"), 12L);
        cells.put(new Disclosure.Cell<>("r1", "c2"), 9L);
        cells.put(new Disclosure.Cell<>("r2", "c1"), 6L);
        cells.put(new Disclosure.Cell<>("r2", "c2"), 8L);
        cells.put(new Disclosure.Cell<>("hidden", "c1"), 3L);
        Set<Disclosure.Cell<String, String>> shown = fiveOrMore.shownCells(cells, Set.of("hidden"));
        long restOfC1 = cells.entrySet().stream()
                .filter(e -> e.getKey().column().equals("c1"))
                .filter(e -> !shown.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
        assertTrue(restOfC1 >= 5, "c1 would give away the hidden row's 3: rest " + restOfC1);
        assertTrue(!shown.contains(new Disclosure.Cell<>("hidden", "c1")));
    }

    @Test
    void aColumnSmallerThanTheMinimumIsHiddenWhole() {
        Map<Disclosure.Cell<String, String>, Long> cells = new LinkedHashMap<>();
        cells.put(new Disclosure.Cell<>("r1", "c1"), 12L);
        cells.put(new Disclosure.Cell<>("r1", "small"), 2L);
        cells.put(new Disclosure.Cell<>("r2", "c1"), 9L);
        cells.put(new Disclosure.Cell<>("r2", "small"), 2L);
        Set<Disclosure.Cell<String, String>> shown = fiveOrMore.shownCells(cells, Set.of());
        assertTrue(shown.stream().noneMatch(c -> c.column().equals("small")));
    }
}
