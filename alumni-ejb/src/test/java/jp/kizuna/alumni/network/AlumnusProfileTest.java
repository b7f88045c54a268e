package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.BusinessException;
import org.junit.jupiter.api.Test;

class AlumnusProfileTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 31);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 2, 1, 10, 0);

    private final Employee leaver = leaver();

    private static Employee leaver() {
        Employee employee = new Employee("E9001", "山田", "花子");
        employee.setHireDate(LocalDate.of(2016, 4, 1));
        employee.setDepartment(new Department("SALES", "営業部", "Sales"));
        employee.resignationReceived(LAST_DAY);
        return employee;
    }

    @Test
    void acceptingWhileEmployedWaitsForTheLastDay() {
        AlumnusProfile profile = new AlumnusProfile(leaver, 77L, LAST_DAY, NOW);
        profile.accept(NOW.toLocalDate(), NOW);
        assertEquals(MembershipStatus.ACCEPTED, profile.getStatus());
        assertFalse(profile.isMember());
        assertThrows(BusinessException.class, () -> profile.activate(LAST_DAY, LAST_DAY, NOW));

        leaver.left(LAST_DAY);
        profile.activate(LAST_DAY, LAST_DAY.plusDays(1), NOW.plusMonths(2));
        assertTrue(profile.isMember());
        assertEquals(9, profile.getYearsOfService());
        assertEquals("SALES", profile.getDepartment().getCode());
        assertEquals(77L, profile.getExitCaseId());
    }

    @Test
    void acceptingAfterLeavingMakesAMemberAtOnce() {
        leaver.left(LAST_DAY);
        AlumnusProfile profile = new AlumnusProfile(leaver, null, LAST_DAY, NOW);
        profile.accept(LAST_DAY.plusDays(10), NOW.plusMonths(3));
        assertEquals(MembershipStatus.ACTIVE, profile.getStatus());
    }

    @Test
    void aDeclinedInvitationCannotBeActivatedButCanBeAcceptedLater() {
        leaver.left(LAST_DAY);
        AlumnusProfile profile = new AlumnusProfile(leaver, null, LAST_DAY, NOW);
        profile.decline(NOW);
        assertThrows(BusinessException.class, () -> profile.activate(LAST_DAY, LAST_DAY, NOW));
        assertThrows(BusinessException.class, () -> profile.decline(NOW));
        profile.accept(LAST_DAY, NOW);
        assertTrue(profile.isMember());
    }

    @Test
    void skillsAreNormalisedAndLimited() {
        AlumnusProfile profile = new AlumnusProfile(leaver, null, LAST_DAY, NOW);
        profile.replaceSkills(List.of(" Java ", "java", "SQL", "", "営業"));
        assertEquals(Set.of("java", "sql", "営業"), profile.getSkills());
        List<String> tooMany = java.util.stream.IntStream.range(0, AlumnusProfile.MAX_SKILLS + 1)
                .mapToObj(i -> "skill" + i)
                .toList();
        assertThrows(BusinessException.class, () -> profile.replaceSkills(tooMany));
        assertEquals(Set.of("java", "sql", "営業"), profile.getSkills());
    }

    @Test
    void opennessRoundTrips() {
        AlumnusProfile profile = new AlumnusProfile(leaver, null, LAST_DAY, NOW);
        profile.openTo(EnumSet.of(Openness.REHIRE, Openness.MENTORING));
        assertEquals(EnumSet.of(Openness.REHIRE, Openness.MENTORING), profile.getOpenness());
    }

    @Test
    void confirmationIsDueAfterAYear() {
        leaver.left(LAST_DAY);
        AlumnusProfile profile = new AlumnusProfile(leaver, null, LAST_DAY, NOW);
        profile.accept(LAST_DAY, NOW);
        assertFalse(profile.needsConfirmation(NOW.plusDays(100)));
        assertTrue(profile.needsConfirmation(NOW.plusDays(AlumnusProfile.CONFIRMATION_INTERVAL_DAYS + 1)));
        profile.confirmCurrent(NOW.plusDays(400));
        assertFalse(profile.needsConfirmation(NOW.plusDays(401)));
    }

    @Test
    void erasureRemovesEverythingPersonalAndFreezesTheProfile() {
        leaver.left(LAST_DAY);
        AlumnusProfile profile = new AlumnusProfile(leaver, null, LAST_DAY, NOW);
        profile.accept(LAST_DAY, NOW);
        profile.describe("Acme", "CTO", "Osaka", "bio", "営業部");
        profile.replaceSkills(List.of("java"));
        profile.erase(NOW);
        assertEquals(MembershipStatus.ERASED, profile.getStatus());
        assertNull(profile.getCurrentEmployer());
        assertNull(profile.getRegion());
        assertTrue(profile.getSkills().isEmpty());
        assertThrows(BusinessException.class, () -> profile.describe("x", null, null, null, null));
        assertThrows(BusinessException.class, () -> profile.reinvite(1L, LAST_DAY, NOW));
    }

    @Test
    void onlyAPilotMergesIntoTheCompanyNetwork() {
        AlumniNetwork company = new AlumniNetwork(AlumniNetwork.COMPANY_WIDE, "全社", "Company", null, NOW);
        AlumniNetwork pilot = new AlumniNetwork("P-SALES", "営業", "Sales", new Department("S", "営業部", "Sales"), NOW);
        assertThrows(BusinessException.class, () -> company.mergeInto(pilot, NOW));
        pilot.mergeInto(company, NOW);
        assertEquals(AlumniNetwork.Status.MERGED, pilot.getStatus());
        assertThrows(BusinessException.class, () -> pilot.mergeInto(company, NOW));
        assertThrows(BusinessException.class, () -> pilot.addAdmin(leaver));
    }
}
