package jp.kizuna.alumni.network;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kizuna.alumni.shared.LocalizedText;

/**
 * One page of directory results, the total across all pages, and the facet counts of the whole
 * result. The total is exact up to {@link DirectorySearch#MAX_COUNTED}; beyond that it is that
 * number and {@code totalExact} is false ("more than 1,000": refine the search).
 */
public record DirectoryPage(List<DirectoryEntry> entries, long total, boolean totalExact, Facets facets) {

    public DirectoryPage {
        entries = List.copyOf(entries);
    }

    /** Counts per value over the current result; only values alumni chose to show are counted. */
    public record Facets(
            Map<String, Long> departments,
            Map<String, DepartmentName> departmentNames,
            Map<String, Long> regions,
            Map<String, Long> skills,
            Map<Openness, Long> openTo,
            Map<String, Long> years) {

        /** Unmodifiable, in the order given (most frequent first). */
        public Facets {
            departments = Collections.unmodifiableMap(new LinkedHashMap<>(departments));
            departmentNames = Collections.unmodifiableMap(new LinkedHashMap<>(departmentNames));
            regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
            skills = Collections.unmodifiableMap(new LinkedHashMap<>(skills));
            openTo = Collections.unmodifiableMap(
                    openTo.isEmpty() ? new EnumMap<>(Openness.class) : new EnumMap<>(openTo));
            years = Collections.unmodifiableMap(new LinkedHashMap<>(years));
        }

        /** The department's name in the reader's language, or its code when it has none there. */
        public String departmentName(String code, Locale locale) {
            DepartmentName name = departmentNames.get(code);
            String shown = name == null ? null : name.in(locale);
            return shown == null || shown.isBlank() ? code : shown;
        }
    }

    /** A department's name in both languages, as a facet shows it. */
    public record DepartmentName(String ja, String en) {

        public String in(Locale locale) {
            return LocalizedText.in(locale, ja, en);
        }
    }
}
