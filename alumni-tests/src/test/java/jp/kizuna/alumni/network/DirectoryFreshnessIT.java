package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.integration.EmployeeRecord;
import jp.kizuna.alumni.integration.EmployeeUpsert;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;

/**
 * Directory results are reused between searches (on PostgreSQL, which keeps the directory's
 * version), and every change the directory shows must still reach the very next search: through
 * the application's services and through plain SQL alike. On H2 every search reads the database
 * and the same checks hold.
 */
class DirectoryFreshnessIT extends ServiceTest {

    @Deployment
    static Archive<?> deployment() {
        return Deployments.applicationWith(DirectoryFreshnessIT.class, NetworkTestData.class);
    }

    @Inject
    NetworkTestData data;

    @Inject
    DirectorySearch directory;

    @Inject
    EmployeeUpsert upsert;

    @Test
    void everyChangeTheDirectoryShowsReachesTheNextSearch() throws Exception {
        String dept = "DF" + NetworkTestData.unique();
        AlumnusProfile shown = data.member(
                null,
                dept,
                Set.of(ConsentPurpose.DIRECTORY),
                new ProfileChange(
                        "Acme",
                        "CTO",
                        "Osaka",
                        null,
                        null,
                        List.of("Java", "SQL"),
                        EnumSet.of(Openness.REHIRE),
                        true,
                        true,
                        true,
                        true,
                        true),
                "鮮度",
                "花子");
        AlumnusProfile other = data.member(null, dept, Set.of(ConsentPurpose.DIRECTORY), null);
        Employee shownPerson = data.employee(shown.getPerson().getId());
        DirectoryCriteria inDept = new DirectoryCriteria(null, dept, null, null, null, null, null);

        DirectoryPage first = alumnus.call(() -> directory.search(inDept, 0, 20));
        assertEquals(Set.of(shown.getId(), other.getId()), ids(first));
        DirectoryPage again = alumnus.call(() -> directory.search(inDept, 0, 20));
        Long version = data.directoryVersion();
        if (version != null) {
            assertSame(first, again, "unchanged directory: the result is reused");
        } else {
            assertNotSame(first, again, "no kept version (H2): every search reads the database");
        }

        // Part of the employer ("cm" of Acme) finds the member while the employer is shown.
        DirectoryCriteria employerPart = new DirectoryCriteria("cm", dept, null, null, null, null, null);
        assertEquals(Set.of(shown.getId()), ids(alumnus.call(() -> directory.search(employerPart, 0, 20))));

        // Plain SQL, past the services: the employer is hidden, and no longer found by its part.
        data.sql("update alumnus_profile set show_employer = false where id = ?1", shown.getId());
        assertNull(entry(alumnus.call(() -> directory.search(inDept, 0, 20)), shown)
                .employer());
        assertEquals(Set.of(), ids(alumnus.call(() -> directory.search(employerPart, 0, 20))));

        // A skill removed, and the facets follow.
        DirectoryPage.Facets before = alumnus.call(() -> directory.facets(inDept));
        assertEquals(1L, before.skills().get("sql"));
        data.sql("delete from alumnus_skill where profile_id = ?1 and skill = 'sql'", shown.getId());
        assertEquals(
                List.of("java"),
                entry(alumnus.call(() -> directory.search(inDept, 0, 20)), shown)
                        .skills());
        assertNull(alumnus.call(() -> directory.facets(inDept)).skills().get("sql"));

        // The HR system renames the member (SOAP/REST/CSV all go through EmployeeUpsert).
        hrAdmin.call(() -> upsert.upsert(List.of(new EmployeeRecord(
                shownPerson.getEmployeeNumber(),
                "新姓",
                "花子",
                "シンセイ",
                "ハナコ",
                shownPerson.getWorkEmail(),
                null,
                dept,
                null,
                null,
                null,
                LocalDate.of(2015, 4, 1)))));
        DirectoryEntry renamed = entry(alumnus.call(() -> directory.search(inDept, 0, 20)), shown);
        assertEquals("新姓", renamed.familyName());
        assertEquals("シンセイ ハナコ", renamed.kana());
        assertEquals(
                Set.of(shown.getId()),
                ids(alumnus.call(() ->
                        directory.search(new DirectoryCriteria("しんせい", dept, null, null, null, null, null), 0, 20))));

        // The department renamed with SQL: its name in the results follows.
        data.sql("update department set name_en = ?1 where code = ?2", "Renamed " + dept, dept);
        assertEquals(
                "Renamed " + dept,
                entry(hrAdmin.call(() -> directory.search(inDept, 0, 20)), shown)
                        .departmentEn());

        // A new e-mail address of a member who shows it.
        data.sql(
                "update employee set personal_email = ?1 where id = ?2",
                "new-" + dept.toLowerCase() + "@example.net",
                shownPerson.getId());
        assertEquals(
                "new-" + dept.toLowerCase() + "@example.net",
                entry(alumnus.call(() -> directory.search(inDept, 0, 20)), shown)
                        .email());

        // The consent withdrawn with SQL: gone from the very next search, page and facets.
        data.sql(
                "update consent_record set withdrawn_at = current_timestamp where employee_id = ?1 and purpose = 'DIRECTORY'",
                shownPerson.getId());
        assertEquals(Set.of(other.getId()), ids(alumnus.call(() -> directory.search(inDept, 0, 20))));
        assertEquals(
                1L, alumnus.call(() -> directory.facets(inDept)).departments().get(dept));
    }

    @Test
    void renamingActiveStaffLeavesTheDirectoryVersionAlone() throws Exception {
        Long version = data.directoryVersion();
        if (version == null) {
            return; // H2 keeps no version: nothing to leave alone.
        }
        String dept = "DV" + NetworkTestData.unique();
        String number = "DV" + NetworkTestData.unique();
        hrAdmin.call(() -> upsert.upsert(List.of(new EmployeeRecord(
                number,
                "現役",
                "太郎",
                "ゲンエキ",
                "タロウ",
                number.toLowerCase() + "@example.co.jp",
                null,
                dept,
                "部" + dept,
                "Dept " + dept,
                null,
                LocalDate.of(2020, 4, 1)))));
        long afterCreate = data.directoryVersion();
        hrAdmin.call(() -> upsert.upsert(List.of(new EmployeeRecord(
                number,
                "改名",
                "太郎",
                "カイメイ",
                "タロウ",
                number.toLowerCase() + "@example.co.jp",
                null,
                dept,
                "部" + dept,
                "Dept " + dept,
                null,
                LocalDate.of(2020, 4, 1)))));
        assertEquals(
                afterCreate,
                data.directoryVersion(),
                "a nightly HR load of active staff must not empty every server's directory results");

        AlumnusProfile member = data.member(null, dept, Set.of(ConsentPurpose.DIRECTORY), null);
        long withMember = data.directoryVersion();
        assertTrue(withMember > afterCreate, "a new member changes the directory");
        data.sql(
                "update employee set given_name = '次郎' where id = ?1",
                member.getPerson().getId());
        assertNotEquals(withMember, data.directoryVersion(), "a member's new name changes the directory");
    }

    private static DirectoryEntry entry(DirectoryPage page, AlumnusProfile profile) {
        return page.entries().stream()
                .filter(e -> e.profileId() == profile.getId())
                .findFirst()
                .orElseThrow();
    }

    private static Set<Long> ids(DirectoryPage page) {
        return page.entries().stream().map(DirectoryEntry::profileId).collect(Collectors.toSet());
    }
}
