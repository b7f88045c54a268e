package jp.kizuna.alumni.offboarding.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TurnoverTallyTest {

    private static final TurnoverTally.Group GROUP = new TurnoverTally.Group("D1", "営業", "Sales", "-", "-");

    /** A person as HR sent them: hire and leaving date, either may be missing. */
    private record Person(LocalDate hired, LocalDate left) {

        boolean employedOn(LocalDate day) {
            return (hired == null || !hired.isAfter(day)) && (left == null || !left.isBefore(day));
        }

        boolean moved(LocalDate from, LocalDate to) {
            return within(hired, from, to) || within(left, from, to);
        }
    }

    @Test
    void monthlyHeadcountsFromTheFirstDayAndTheMoversEqualCountingEveryone() {
        Random random = new Random(7);
        LocalDate from = LocalDate.of(2025, 4, 15);
        LocalDate to = LocalDate.of(2026, 3, 10);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            LocalDate hired =
                    random.nextInt(10) == 0 ? null : from.minusDays(2_000).plusDays(random.nextInt(2_500));
            LocalDate left = random.nextInt(3) == 0 ? null : from.minusDays(400).plusDays(random.nextInt(900));
            if (hired != null && left != null && left.isBefore(hired)) {
                left = null;
            }
            people.add(new Person(hired, left));
        }
        List<TurnoverAnalytics.Bucket> buckets = TurnoverAnalytics.buckets(from, to, Period.MONTH);
        TurnoverTally tally = new TurnoverTally(from, to, buckets);
        for (Person p : people) {
            // The staff rows as the database groups them (one group here, one row per person is the same sum).
            if (p.employedOn(from) || p.employedOn(to)) {
                tally.staff(
                        GROUP,
                        TurnoverTally.tenureBand(p.hired(), from),
                        TurnoverTally.tenureBand(p.hired(), to),
                        p.employedOn(from) ? 1 : 0,
                        p.employedOn(to) ? 1 : 0);
            }
            if (p.moved(from, to)) {
                tally.mover(GROUP, new TurnoverTally.Mover(p.hired(), p.left(), "NONE", false, false));
            }
        }
        List<TurnoverFigure> periods = tally.periods();
        assertEquals(buckets.size(), periods.size());
        for (int i = 0; i < buckets.size(); i++) {
            TurnoverAnalytics.Bucket bucket = buckets.get(i);
            TurnoverFigure figure = periods.get(i);
            assertEquals(count(people, p -> p.employedOn(bucket.first())), figure.headcountStart(), bucket.label());
            assertEquals(count(people, p -> p.employedOn(bucket.last())), figure.headcountEnd(), bucket.label());
            assertEquals(count(people, p -> within(p.hired(), bucket.first(), bucket.last())), figure.hires());
            assertEquals(count(people, p -> within(p.left(), bucket.first(), bucket.last())), figure.leavers());
        }
        TurnoverFigure department = tally.departments().get(0);
        assertEquals("営業", department.nameJa());
        assertEquals(count(people, p -> p.employedOn(from)), department.headcountStart());
        assertEquals(count(people, p -> within(p.left(), from, to)), department.leavers());
    }

    @Test
    void tenureIsCountedInWholeYearsOnTheDay() {
        LocalDate hired = LocalDate.of(2020, 2, 29);
        assertEquals("C", TurnoverTally.tenureBand(hired, LocalDate.of(2025, 2, 28)), "4 years: 3 to 5");
        assertEquals("D", TurnoverTally.tenureBand(hired, LocalDate.of(2025, 3, 1)), "5 years");
        assertEquals("A", TurnoverTally.tenureBand(hired, hired), "a hire");
        assertEquals(
                "E", TurnoverTally.tenureBand(hired, LocalDate.of(2030, 2, 28).plusDays(1)));
        assertEquals("U", TurnoverTally.tenureBand(null, hired));
    }

    @Test
    void tenureBandsFollowWholeYearsAsPeriodBetweenCountsThem() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            LocalDate hired = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(13_000));
            LocalDate day = hired.plusDays(random.nextInt(6_000));
            int years = java.time.Period.between(hired, day).getYears();
            String expected = years < 1 ? "A" : years < 3 ? "B" : years < 5 ? "C" : years < 10 ? "D" : "E";
            assertEquals(expected, TurnoverTally.tenureBand(hired, day), hired + " to " + day);
        }
    }

    @Test
    void leaversAreCountedInTheirGroupsAndByHowTheyLeft() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        TurnoverTally tally = new TurnoverTally(from, to, TurnoverAnalytics.buckets(from, to, Period.YEAR));
        tally.mover(
                GROUP,
                new TurnoverTally.Mover(LocalDate.of(2016, 5, 1), LocalDate.of(2026, 6, 30), "VOLUNTARY", true, true));
        tally.mover(GROUP, new TurnoverTally.Mover(LocalDate.of(2026, 2, 1), null, null, false, false));
        tally.mover(
                new TurnoverTally.Group("-", null, null, "課長", "G3"),
                new TurnoverTally.Mover(null, LocalDate.of(2026, 3, 31), "NONE", false, false));
        assertEquals(
                List.of("-", "D1"),
                tally.departments().stream().map(TurnoverFigure::key).toList());
        TurnoverFigure d1 = tally.departments().get(1);
        assertEquals(1, d1.hires());
        assertEquals(1, d1.leavers());
        assertEquals(1, d1.voluntary());
        assertEquals(1, d1.regretted());
        assertEquals(
                List.of("A:1/0", "E:0/1", "U:0/1"),
                tally.tenures().stream()
                        .map(f -> f.key() + ":" + f.hires() + "/" + f.leavers())
                        .toList());
        assertEquals(
                List.of("NONE:1/0", "VOLUNTARY:1/1"),
                tally.leavingTypes().stream()
                        .map(f -> f.key() + ":" + f.count() + "/" + f.part())
                        .toList());
    }

    private static long count(List<Person> people, java.util.function.Predicate<Person> condition) {
        return people.stream().filter(condition).count();
    }

    private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
        return day != null && !day.isBefore(first) && !day.isAfter(last);
    }
}
