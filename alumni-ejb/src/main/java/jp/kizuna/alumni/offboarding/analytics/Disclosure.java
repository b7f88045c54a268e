package jp.kizuna.alumni.offboarding.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which groups of a breakdown may be shown without identifying anyone, including by subtraction.
 * A group is shown only if it has at least the minimum size, and the hidden groups of a breakdown
 * together are either none or at least the minimum: when the hidden rest is smaller, the smallest
 * shown groups are hidden too (complementary suppression), so "total minus what is shown" never
 * gives a small group. Totals over a breakdown are then safe to show whenever they reach the minimum.
 *
 * <p>The sizes of small groups come out of the database into this rule, because deciding what else to
 * hide needs them; they never reach a report.
 */
public final class Disclosure {

    private final int minimum;

    public Disclosure(int minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("minimum " + minimum);
        }
        this.minimum = minimum;
    }

    public int minimum() {
        return minimum;
    }

    /** Whether a total of this size may be shown (zero is shown: it identifies nobody). */
    public boolean showsTotal(long size) {
        return size == 0 || size >= minimum;
    }

    /** The keys of {@code sizes} that may be shown, in the order of the map. */
    public <K> Set<K> shown(Map<K, Long> sizes) {
        Set<K> shown = new HashSet<>();
        sizes.forEach((key, size) -> {
            if (size >= minimum) {
                shown.add(key);
            }
        });
        complete(sizes, shown);
        return shown;
    }

    /** The figures of a breakdown that may be shown, keyed and sized by {@link GroupFigure#key()} and count. */
    public List<GroupFigure> shownFigures(List<GroupFigure> figures) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        figures.forEach(figure -> sizes.put(figure.key(), figure.count()));
        Set<String> shown = shown(sizes);
        return figures.stream().filter(figure -> shown.contains(figure.key())).toList();
    }

    /**
     * The cells of a two-way table that may be shown: every row and every column obeys the rule on
     * its own (rows against their row totals, columns against their column totals, both of which
     * are shown elsewhere or can be summed up). Rows in {@code hiddenRows} show no cells at all.
     */
    public <R, C> Set<Cell<R, C>> shownCells(Map<Cell<R, C>, Long> cells, Set<R> hiddenRows) {
        Set<Cell<R, C>> shown = new HashSet<>();
        cells.forEach((cell, size) -> {
            if (size >= minimum && !hiddenRows.contains(cell.row())) {
                shown.add(cell);
            }
        });
        // Each pass only hides more, so this ends; a few passes settle real tables.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map<Cell<R, C>, Long> line : lines(cells, true).values()) {
                changed |= complete(line, shown);
            }
            for (Map<Cell<R, C>, Long> line : lines(cells, false).values()) {
                changed |= complete(line, shown);
            }
        }
        return shown;
    }

    /** Hides the smallest shown members of one line until its hidden rest is none or large enough. */
    private <K> boolean complete(Map<K, Long> line, Set<K> shown) {
        long hiddenRest = 0;
        List<K> visible = new ArrayList<>();
        for (Map.Entry<K, Long> member : line.entrySet()) {
            if (shown.contains(member.getKey())) {
                visible.add(member.getKey());
            } else {
                hiddenRest += member.getValue();
            }
        }
        visible.sort(Comparator.comparingLong(line::get));
        boolean changed = false;
        for (int i = 0; hiddenRest > 0 && hiddenRest < minimum && i < visible.size(); i++) {
            shown.remove(visible.get(i));
            hiddenRest += line.get(visible.get(i));
            changed = true;
        }
        return changed;
    }

    private static <R, C> Map<Object, Map<Cell<R, C>, Long>> lines(Map<Cell<R, C>, Long> cells, boolean rows) {
        Map<Object, Map<Cell<R, C>, Long>> lines = new LinkedHashMap<>();
        cells.forEach(
                (cell, size) -> lines.computeIfAbsent(rows ? cell.row() : cell.column(), k -> new LinkedHashMap<>())
                        .put(cell, size));
        return lines;
    }

    /** One cell of a two-way table. */
    public record Cell<R, C>(R row, C column) {}
}
