package jp.kizuna.alumni.network;

import java.util.List;
import java.util.Map;

/**
 * One page of directory results, the total across all pages, and the facet counts of the whole
 * result. The total is exact up to {@link DirectorySearch#MAX_COUNTED}; beyond that it is that
 * number and {@code totalExact} is false ("more than 1,000": refine the search).
 */
public record DirectoryPage(List<DirectoryEntry> entries, long total, boolean totalExact, Facets facets) {

    /** Counts per value over the current result; only values alumni chose to show are counted. */
    public record Facets(Map<String, Long> departments, Map<String, Long> regions, Map<String, Long> skills,
                         Map<Openness, Long> openTo, Map<String, Long> years) {
    }
}
