package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.FunnelFigure;
import jp.kizuna.alumni.network.MembershipStatus;
import jp.kizuna.alumni.network.NetworkReturns;
import jp.kizuna.alumni.network.ReturnsReport;
import jp.kizuna.alumni.opportunity.Interest;
import jp.kizuna.alumni.opportunity.OpportunityKind;
import jp.kizuna.alumni.opportunity.PipelineStage;
import jp.kizuna.alumni.opportunity.Referral;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The network's returns in a year of their own (far ahead, so no other test's data falls in it): hires,
 * days to hire, yen saved at HR's cost and the funnel by department and year match a tally made here from
 * the stored profiles, interests and referrals (read as entities); the small department and the one that
 * would give it away are hidden, and the side-job engagement of one person is not shown. HR only.
 */
class NetworkReturnsIT extends ServiceTest {

    private static final int MIN = 5;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(NetworkReturnsIT.class, OffboardingFixture.class);
    }

    @Inject
    NetworkReturns returns;

    @Test
    void hiresYenSavedAndFunnel() throws Exception {
        OffboardingFixture fixture = new OffboardingFixture(em, transaction);
        Employee boss = fixture.person("mgr.nr" + System.nanoTime(), "小林", "進");
        Department big = fixture.department("NRA");
        Department middle = fixture.department("NRB");
        Department small = fixture.department("NRC");
        int year = 2400 + ThreadLocalRandom.current().nextInt(600);
        LocalDateTime invited = LocalDateTime.of(year, 3, 1, 10, 0);
        long rehire = opportunity(OpportunityKind.REHIRE);
        long sideJob = opportunity(OpportunityKind.SIDE_JOB);
        // big: 9 invited, 7 joined, 6 active, 6 interested, 5 rehired; middle: 6 invited, 3 joined; small: 2, 1 side
        // job.
        for (int i = 0; i < 9; i++) {
            long profile = profile(fixture, boss, big, invited.plusDays(i), i < 7, i < 6);
            if (i < 6) {
                interest(
                        rehire,
                        profile,
                        LocalDateTime.of(year, 4, 1, 9, 0),
                        i < 5 ? "HIRED" : "TALKING",
                        LocalDateTime.of(year, 6, 1 + i, 9, 0));
            }
            if (i < 5) {
                referral(profile, LocalDateTime.of(year, 5, 1, 9, 0), LocalDateTime.of(year, 5, 31 - i, 9, 0));
            }
        }
        for (int i = 0; i < 6; i++) {
            profile(fixture, boss, middle, invited, i < 3, i < 3);
        }
        for (int i = 0; i < 2; i++) {
            long profile = profile(fixture, boss, small, invited, true, true);
            if (i == 0) {
                interest(
                        sideJob,
                        profile,
                        LocalDateTime.of(year, 4, 1, 9, 0),
                        "HIRED",
                        LocalDateTime.of(year, 7, 1, 9, 0));
            }
        }
        hrAdmin.run(() -> returns.changeCostPerAgencyHire(2_500_000));

        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        ReturnsReport report = hrAdmin.call(() -> returns.report(from, to));

        em.clear();
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        List<Interest> hired = em
                .createQuery("select i from Interest i where i.stage = :s", Interest.class)
                .setParameter("s", PipelineStage.HIRED)
                .getResultList()
                .stream()
                .filter(i -> !i.getStageChangedAt().isBefore(start)
                        && i.getStageChangedAt().isBefore(end))
                .toList();
        List<Interest> rehires = hired.stream()
                .filter(i -> i.getOpportunity().getKind() == OpportunityKind.REHIRE)
                .toList();
        List<Referral> referrals = em.createQuery("select r from Referral r", Referral.class).getResultList().stream()
                .filter(r -> r.getStatus() == Referral.Status.HIRED
                        && !r.getStatusChangedAt().isBefore(start)
                        && r.getStatusChangedAt().isBefore(end))
                .toList();
        assertEquals(5, rehires.size());
        assertEquals((long) rehires.size(), report.rehires());
        assertEquals((long) referrals.size(), report.referralHires());
        assertNull(report.engagements(), "one side-job engagement would name the person");
        assertEquals(
                Math.round(rehires.stream()
                                        .mapToLong(i -> Duration.between(i.getExpressedAt(), i.getStageChangedAt())
                                                .toDays())
                                        .average()
                                        .orElseThrow()
                                * 10)
                        / 10.0,
                report.rehireDays());
        assertEquals(
                Math.round(referrals.stream()
                                        .mapToLong(r -> Duration.between(r.getSubmittedAt(), r.getStatusChangedAt())
                                                .toDays())
                                        .average()
                                        .orElseThrow()
                                * 10)
                        / 10.0,
                report.referralDays());
        assertEquals(2_500_000L, report.costPerAgencyHire());
        assertEquals((rehires.size() + referrals.size()) * 2_500_000L, report.yenSaved());

        List<AlumnusProfile> cohort =
                em.createQuery("select p from AlumnusProfile p", AlumnusProfile.class).getResultList().stream()
                        .filter(p -> !p.getInvitedAt().isBefore(start)
                                && p.getInvitedAt().isBefore(end))
                        .toList();
        List<Interest> interests =
                em.createQuery("select i from Interest i", Interest.class).getResultList();
        Map<String, long[]> byDepartment = new TreeMap<>();
        for (AlumnusProfile p : cohort) {
            long[] f = byDepartment.computeIfAbsent(
                    p.getDepartment() == null ? "-" : p.getDepartment().getCode(), k -> new long[5]);
            f[0]++;
            f[1] += p.getJoinedAt() != null ? 1 : 0;
            f[2] += p.getStatus() == MembershipStatus.ACTIVE ? 1 : 0;
            List<Interest> own = interests.stream()
                    .filter(i -> i.getAlumnus().getId().equals(p.getId()))
                    .toList();
            f[3] += own.isEmpty() ? 0 : 1;
            f[4] += own.stream().anyMatch(i -> i.getStage() == PipelineStage.HIRED) ? 1 : 0;
        }
        long rest = cohort.size();
        for (FunnelFigure shown : report.byDepartment()) {
            long[] f = byDepartment.get(shown.key());
            assertNotNull(f, shown.key());
            assertEquals(
                    List.of(f[0], f[1], f[2], f[3], f[4]),
                    List.of(shown.invited(), shown.joined(), shown.active(), shown.interested(), shown.hired()),
                    shown.key());
            assertTrue(shown.invited() >= MIN);
            rest -= shown.invited();
        }
        assertTrue(rest == 0 || rest >= MIN, "hidden rest " + rest);
        assertEquals(byDepartment.size() - report.byDepartment().size(), report.hiddenDepartments());
        assertEquals(
                List.of(big.getCode()),
                report.byDepartment().stream().map(FunnelFigure::key).toList(),
                "the small department (2) and the smallest shown one (6) are hidden");
        assertFalse(report.byYear().isEmpty());
        FunnelFigure all = report.overall();
        assertEquals(cohort.size(), all.invited());
        assertEquals(byDepartment.values().stream().mapToLong(f -> f[4]).sum(), all.hired());
        assertEquals(all.invited(), report.byYear().get(0).invited());

        assertThrows(EJBAccessException.class, () -> manager.call(() -> returns.report(from, to)));
    }

    private long profile(
            OffboardingFixture fixture,
            Employee boss,
            Department department,
            LocalDateTime invitedAt,
            boolean joined,
            boolean active)
            throws Exception {
        Employee person = fixture.report(boss, department);
        transaction.begin();
        long id = nextId();
        // joined_at is left out rather than bound as null: a typeless null is refused for a timestamp column.
        var insert = em.createNativeQuery(
                        "INSERT INTO alumnus_profile (id, version, employee_id, status, invited_at, department_id"
                                + (joined
                                        ? ", joined_at) VALUES (?1, 0, ?2, ?3, ?4, ?5, ?6)"
                                        : ") VALUES (?1, 0, ?2, ?3, ?4, ?5)"))
                .setParameter(1, id)
                .setParameter(2, person.getId())
                .setParameter(3, active ? "ACTIVE" : joined ? "WITHDRAWN" : "INVITED")
                .setParameter(4, invitedAt)
                .setParameter(5, department.getId());
        if (joined) {
            insert.setParameter(6, invitedAt.plusDays(40));
        }
        insert.executeUpdate();
        transaction.commit();
        return id;
    }

    private long opportunity(OpportunityKind kind) throws Exception {
        transaction.begin();
        long id = nextId();
        em.createNativeQuery(
                        "INSERT INTO opportunity (id, version, kind, title, description, status, posted_at, posted_by)"
                                + " VALUES (?1, 0, ?2, 'ROI test', 'ROI test', 'OPEN', ?3, 'test')")
                .setParameter(1, id)
                .setParameter(2, kind.name())
                .setParameter(3, LocalDateTime.now())
                .executeUpdate();
        transaction.commit();
        return id;
    }

    private void interest(long opportunity, long profile, LocalDateTime expressed, String stage, LocalDateTime changed)
            throws Exception {
        transaction.begin();
        em.createNativeQuery("INSERT INTO opportunity_interest (id, version, opportunity_id, profile_id, stage,"
                        + " expressed_at, stage_changed_at) VALUES (?1, 0, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, nextId())
                .setParameter(2, opportunity)
                .setParameter(3, profile)
                .setParameter(4, stage)
                .setParameter(5, expressed)
                .setParameter(6, changed)
                .executeUpdate();
        transaction.commit();
    }

    private void referral(long referrer, LocalDateTime submitted, LocalDateTime hired) throws Exception {
        transaction.begin();
        em.createNativeQuery(
                        "INSERT INTO referral (id, version, referrer_id, candidate_name, candidate_email, status,"
                                + " submitted_at, status_changed_at) VALUES (?1, 0, ?2, '候補 者', 'candidate@example.com', 'HIRED', ?3, ?4)")
                .setParameter(1, nextId())
                .setParameter(2, referrer)
                .setParameter(3, submitted)
                .setParameter(4, hired)
                .executeUpdate();
        transaction.commit();
    }

    /** An id of its own from the application's sequence (a whole block: nothing else hands it out). */
    private long nextId() {
        return ((Number) em.createNativeQuery("SELECT nextval('alumni_id_seq')").getSingleResult()).longValue();
    }
}
