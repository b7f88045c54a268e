package jp.kizuna.alumni.offboarding.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Adds up the turnover figures of every breakdown from two kinds of rows the database gives:
 *
 * <ul>
 *   <li><b>staff</b>: the people employed on the window's first or last day, already counted by group
 *       (department, job title, job grade, tenure band on each of the two days), so the current
 *       employees are read once whatever the number of breakdowns;
 *   <li><b>movers</b>: each person hired or leaving inside the window, one row each, found through the
 *       date indexes.
 * </ul>
 *
 * The headcount of a month inside the window needs no further read: a person who neither joined nor
 * left inside the window is employed on every day of it or on none, so the headcount on any day is
 * the headcount on the first day, less the movers employed then, plus the movers employed that day.
 *
 * <p>The group of a headcount is taken on that day, the group of a hire on the hire date (tenure band
 * A), the group of a leaver on the leaving date. Tenure is counted in whole years, by the same date
 * bounds the SQL of the staff rows uses.
 */
final class TurnoverTally {

    /** Band code to the years of service it ends before, in order; the last band is open (null). */
    static final Map<String, Integer> TENURE_BANDS = tenureBands();

    /** The band of a person whose hire date HR never sent. */
    static final String UNKNOWN_TENURE = "U";

    private static final int HEADCOUNT_START = 0;
    private static final int HEADCOUNT_END = 1;
    private static final int HIRES = 2;
    private static final int LEAVERS = 3;
    private static final int VOLUNTARY = 4;
    private static final int REGRETTED = 5;

    private final LocalDate from;
    private final LocalDate to;
    private final List<TurnoverAnalytics.Bucket> buckets;

    private final Map<String, long[]> departments = new TreeMap<>();
    private final Map<String, String[]> departmentNames = new HashMap<>();
    private final Map<String, long[]> titles = new TreeMap<>();
    private final Map<String, long[]> grades = new TreeMap<>();
    private final Map<String, long[]> tenures = new LinkedHashMap<>();
    private final Map<String, long[]> leavingTypes = new TreeMap<>();
    private final List<Mover> movers = new ArrayList<>();
    private long employedAtStart;

    TurnoverTally(LocalDate from, LocalDate to, List<TurnoverAnalytics.Bucket> buckets) {
        this.from = from;
        this.to = to;
        this.buckets = buckets;
        TENURE_BANDS.keySet().forEach(band -> tenures.put(band, new long[6]));
        tenures.put(UNKNOWN_TENURE, new long[6]);
    }

    /** A group of people employed on the first ({@code atStart}) or last ({@code atEnd}) day. */
    void staff(Group group, String bandAtStart, String bandAtEnd, long atStart, long atEnd) {
        for (long[] figures : groupsOf(group)) {
            figures[HEADCOUNT_START] += atStart;
            figures[HEADCOUNT_END] += atEnd;
        }
        tenures.get(bandAtStart)[HEADCOUNT_START] += atStart;
        tenures.get(bandAtEnd)[HEADCOUNT_END] += atEnd;
        employedAtStart += atStart;
    }

    /**
     * A person hired or leaving inside the window; {@code leavingType} is their case's (or "NONE"),
     * read only when they left inside it.
     */
    void mover(Group group, Mover mover) {
        movers.add(mover);
        if (within(mover.hired(), from, to)) {
            for (long[] figures : groupsOf(group)) {
                figures[HIRES]++;
            }
            tenures.get(tenureBand(mover.hired(), mover.hired()))[HIRES]++;
        }
        if (within(mover.left(), from, to)) {
            for (long[] figures : groupsOf(group)) {
                countLeaver(figures, mover);
            }
            countLeaver(tenures.get(tenureBand(mover.hired(), mover.left())), mover);
            long[] type = leavingTypes.computeIfAbsent(mover.leavingType(), k -> new long[2]);
            type[0]++;
            type[1] += mover.regretted() ? 1 : 0;
        }
    }

    List<TurnoverFigure> departments() {
        return figures(departments, key -> departmentNames.getOrDefault(key, new String[] {key, key}));
    }

    List<TurnoverFigure> jobTitles() {
        return figures(titles, key -> new String[] {key, key});
    }

    List<TurnoverFigure> jobGrades() {
        return figures(grades, key -> new String[] {key, key});
    }

    List<TurnoverFigure> tenures() {
        return figures(tenures, band ->
                new String[] {TurnoverAnalytics.tenureName(band, true), TurnoverAnalytics.tenureName(band, false)});
    }

    /** Leavers by how they left (the case's leaving type, NONE without a case): count and regretted. */
    List<GroupFigure> leavingTypes() {
        List<GroupFigure> figures = new ArrayList<>();
        leavingTypes.forEach((type, f) -> figures.add(new GroupFigure(
                type,
                TurnoverAnalytics.leavingTypeName(type, true),
                TurnoverAnalytics.leavingTypeName(type, false),
                f[0],
                f[1],
                null)));
        return figures;
    }

    /** Each bucket's figures on its own first and last day. */
    List<TurnoverFigure> periods() {
        long steady = employedAtStart
                - movers.stream().filter(m -> m.employedOn(from)).count();
        List<TurnoverFigure> figures = new ArrayList<>();
        for (TurnoverAnalytics.Bucket bucket : buckets) {
            long[] f = new long[6];
            f[HEADCOUNT_START] = steady;
            f[HEADCOUNT_END] = steady;
            for (Mover mover : movers) {
                f[HEADCOUNT_START] += mover.employedOn(bucket.first()) ? 1 : 0;
                f[HEADCOUNT_END] += mover.employedOn(bucket.last()) ? 1 : 0;
                f[HIRES] += within(mover.hired(), bucket.first(), bucket.last()) ? 1 : 0;
                if (within(mover.left(), bucket.first(), bucket.last())) {
                    countLeaver(f, mover);
                }
            }
            figures.add(figure(bucket.label(), bucket.label(), bucket.label(), f));
        }
        return figures;
    }

    /** The figures of the department, job title and job grade a person belongs to. */
    private List<long[]> groupsOf(Group group) {
        if (group.departmentNameJa() != null || group.departmentNameEn() != null) {
            departmentNames.putIfAbsent(
                    group.department(), new String[] {group.departmentNameJa(), group.departmentNameEn()});
        }
        return List.of(
                departments.computeIfAbsent(group.department(), k -> new long[6]),
                titles.computeIfAbsent(group.jobTitle(), k -> new long[6]),
                grades.computeIfAbsent(group.jobGrade(), k -> new long[6]));
    }

    private static void countLeaver(long[] figures, Mover mover) {
        figures[LEAVERS]++;
        figures[VOLUNTARY] += mover.voluntary() ? 1 : 0;
        figures[REGRETTED] += mover.regretted() ? 1 : 0;
    }

    private static List<TurnoverFigure> figures(Map<String, long[]> groups, Function<String, String[]> names) {
        List<TurnoverFigure> figures = new ArrayList<>();
        groups.forEach((key, f) -> {
            if (f[HEADCOUNT_START] + f[HEADCOUNT_END] + f[HIRES] + f[LEAVERS] > 0) {
                String[] name = names.apply(key);
                figures.add(figure(key, name[0], name[1], f));
            }
        });
        return figures;
    }

    private static TurnoverFigure figure(String key, String nameJa, String nameEn, long[] f) {
        return new TurnoverFigure(
                key,
                nameJa,
                nameEn,
                f[HEADCOUNT_START],
                f[HEADCOUNT_END],
                f[HIRES],
                f[LEAVERS],
                f[VOLUNTARY],
                f[REGRETTED]);
    }

    /**
     * The tenure band on {@code day} of a person hired on {@code hired} (U when HR never sent the date):
     * whole years of service as {@link java.time.Period#between} counts them, so fewer than N years is a
     * hire date after the day N years earlier (29 February counts from the 28th in other years).
     */
    static String tenureBand(LocalDate hired, LocalDate day) {
        if (hired == null) {
            return UNKNOWN_TENURE;
        }
        String last = null;
        for (Map.Entry<String, Integer> upTo : TENURE_BANDS.entrySet()) {
            if (upTo.getValue() == null) {
                last = upTo.getKey();
            } else if (hired.isAfter(day.minusYears(upTo.getValue()))) {
                return upTo.getKey();
            }
        }
        return last;
    }

    private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
        return day != null && !day.isBefore(first) && !day.isAfter(last);
    }

    private static Map<String, Integer> tenureBands() {
        Map<String, Integer> bands = new LinkedHashMap<>();
        bands.put("A", 1);
        bands.put("B", 3);
        bands.put("C", 5);
        bands.put("D", 10);
        bands.put("E", null);
        return Collections.unmodifiableMap(bands);
    }

    /** The groups a person is counted in; keys are "-" where the employee has no value. */
    record Group(
            String department, String departmentNameJa, String departmentNameEn, String jobTitle, String jobGrade) {}

    /** A person hired or leaving inside the window, with how they left when they did. */
    record Mover(LocalDate hired, LocalDate left, String leavingType, boolean voluntary, boolean regretted) {

        boolean employedOn(LocalDate day) {
            return (hired == null || !hired.isAfter(day)) && (left == null || !left.isBefore(day));
        }
    }
}
