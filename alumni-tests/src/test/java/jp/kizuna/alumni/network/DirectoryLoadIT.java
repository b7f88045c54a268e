package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import jp.kizuna.alumni.identity.SearchKey;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The directory under sixteen concurrent clients: 6,000 alumni (created once, marked by the
 * employee-number prefix LOAD), each client running a mix of new searches with facets and paging.
 * Every answer must be the one a single client gets for the same search, while others search at the
 * same time and share the reused results. How fast it answers is measured by bin/benchmark.
 */
class DirectoryLoadIT extends ServiceTest {

    private static final int ALUMNI = 6_000;
    private static final int CLIENTS = 16;
    private static final int SEARCHES_PER_CLIENT = 25;
    private static final long FIRST_ID = 900_000_000L;
    private static final String[] DEPARTMENTS = {"LOAD-SALES", "LOAD-ENG", "LOAD-FIN", "LOAD-HR", "LOAD-OPS"};
    private static final String[] SKILLS = {
        "java", "sql", "営業", "会計", "python", "交渉", "cloud", "design", "marketing", "採用", "kubernetes", "監査"
    };
    private static final String[] REGIONS = {"東京", "大阪", "名古屋", "福岡", "札幌", "Singapore", "London"};
    private static final String[] FAMILY = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"};
    private static final String[] FAMILY_KANA = {
        "サトウ", "スズキ", "タカハシ", "タナカ", "イトウ", "ワタナベ", "ヤマモト", "ナカムラ", "コバヤシ", "カトウ"
    };

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(DirectoryLoadIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/AlumniDS")
    DataSource dataSource;

    @Inject
    DirectorySearch directory;

    @Test
    void sixteenClientsGetTheAnswersOneClientGets() throws Exception {
        seed();
        List<DirectoryCriteria> mix = List.of(
                DirectoryCriteria.everyone(),
                new DirectoryCriteria(null, "LOAD-ENG", null, null, null, null, null),
                new DirectoryCriteria(null, null, null, null, "java", null, null),
                new DirectoryCriteria(null, "LOAD-SALES", 3, 10, null, "大阪", null),
                new DirectoryCriteria("タナカ", null, null, null, null, null, null),
                new DirectoryCriteria(null, null, null, null, null, null, Openness.REHIRE),
                new DirectoryCriteria(null, "LOAD-FIN", null, null, "会計", "東京", Openness.MENTORING));
        // What one client alone is told for each search and page.
        Map<String, DirectoryPage> alone = new HashMap<>();
        for (DirectoryCriteria criteria : mix) {
            for (int first = 0; first < 100; first += 20) {
                int from = first;
                alone.put(criteria + "@" + first, alumnus.call(() -> directory.search(criteria, from, 20)));
            }
        }
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<String> differences = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger answered = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            done.add(clients.submit(() -> {
                for (int i = 0; i < SEARCHES_PER_CLIENT; i++) {
                    DirectoryCriteria criteria = mix.get((client + i) % mix.size());
                    int first = (i % 5) * 20;
                    // A new search shows facets with its first page; paging on only fetches rows.
                    DirectoryPage page = alumnus.call(() -> first == 0
                            ? directory.searchWithFacets(criteria, 20)
                            : directory.search(criteria, first, 20));
                    DirectoryPage expected = alone.get(criteria + "@" + first);
                    if (page.total() != expected.total() || !ids(page).equals(ids(expected))) {
                        differences.add(criteria + " from " + first + ": " + page.total() + " " + ids(page)
                                + " instead of " + expected.total() + " " + ids(expected));
                    }
                    answered.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        clients.shutdown();
        assertEquals(List.of(), differences, "answers that differ from a single client's");
        assertEquals(CLIENTS * SEARCHES_PER_CLIENT, answered.get());
        DirectoryPage all = alumnus.call(
                () -> directory.search(new DirectoryCriteria(null, "LOAD-ENG", null, null, null, null, null), 0, 20));
        // About 1,080 are listed in engineering: counted up to the limit, then "more than".
        assertEquals(DirectorySearch.MAX_COUNTED, all.total(), "listed engineering alumni: " + all.total());
        assertFalse(all.totalExact());
        // The last pages up to the limit are full, and a page past the limit is empty with the same count.
        DirectoryCriteria engineering = new DirectoryCriteria(null, "LOAD-ENG", null, null, null, null, null);
        DirectoryPage last = alumnus.call(() -> directory.search(engineering, DirectorySearch.MAX_COUNTED - 20, 20));
        assertEquals(20, last.entries().size());
        assertEquals(DirectorySearch.MAX_COUNTED, last.total());
        DirectoryPage past = alumnus.call(() -> directory.search(engineering, DirectorySearch.MAX_COUNTED, 20));
        assertEquals(List.of(), past.entries());
        assertEquals(DirectorySearch.MAX_COUNTED, past.total());
        assertFalse(past.totalExact());
        // A page past the end of a small result: empty, with the result's exact count.
        DirectoryCriteria nobody = new DirectoryCriteria("LOADNOBODYXYZ", "LOAD-ENG", null, null, null, null, null);
        DirectoryPage none = alumnus.call(() -> directory.search(nobody, 20, 20));
        assertEquals(0, none.total());
        assertTrue(none.totalExact());
    }

    private static List<Long> ids(DirectoryPage page) {
        return page.entries().stream().map(DirectoryEntry::profileId).toList();
    }

    /** Inserts the load data once, with JDBC batches (ids above the sequence's reach). */
    private void seed() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement check = connection.createStatement();
                    ResultSet existing =
                            check.executeQuery("select count(*) from employee where employee_number like 'LOAD%'")) {
                existing.next();
                if (existing.getLong(1) >= ALUMNI) {
                    return;
                }
            }
            long id = FIRST_ID;
            long[] departmentIds = new long[DEPARTMENTS.length];
            try (PreparedStatement department = connection.prepareStatement(
                    "insert into department (id, version, code, name_ja, name_en) values (?, 0, ?, ?, ?)")) {
                for (int d = 0; d < DEPARTMENTS.length; d++) {
                    departmentIds[d] = id++;
                    department.setLong(1, departmentIds[d]);
                    department.setString(2, DEPARTMENTS[d]);
                    department.setString(3, "負荷" + d);
                    department.setString(4, "Load " + d);
                    department.addBatch();
                }
                department.executeBatch();
            }
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            try (PreparedStatement employee = connection.prepareStatement("""
                    insert into employee (id, version, employee_number, family_name, given_name, family_name_kana,
                      given_name_kana, personal_email, department_id, hire_date, leaving_date, status, preferred_locale, updated_at,
                      family_name_key, given_name_key, family_kana_key, given_kana_key)
                    values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'LEFT', 'ja', ?, ?, ?, ?, ?)""");
                    PreparedStatement profile = connection.prepareStatement("""
                    insert into alumnus_profile (id, version, employee_id, status, invited_at, joined_at, department_id,
                      years_of_service, current_employer, job_role, region, open_rehire, open_side_job, open_collaboration,
                      open_mentoring, open_speaking, open_referrals, show_employer, show_skills, show_region, show_openness,
                      show_email, confirmed_at, employer_key, role_key)
                    values (?, 0, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?)""");
                    PreparedStatement consent = connection.prepareStatement("""
                    insert into consent_record (id, version, employee_id, purpose, text_version, language, given_at, recorded_by)
                    values (?, 0, ?, 'DIRECTORY', '2026.1', 'ja', ?, 'load')""");
                    PreparedStatement skill = connection.prepareStatement(
                            "insert into alumnus_skill (profile_id, skill) values (?, ?)")) {
                for (int i = 0; i < ALUMNI; i++) {
                    long employeeId = id++;
                    long profileId = id++;
                    int d = i % DEPARTMENTS.length;
                    employee.setLong(1, employeeId);
                    employee.setString(2, "LOAD" + i);
                    employee.setString(3, FAMILY[i % FAMILY.length]);
                    employee.setString(4, "名" + i);
                    employee.setString(5, FAMILY_KANA[i % FAMILY.length]);
                    employee.setString(6, "メイ");
                    employee.setString(7, "load" + i + "@example.net");
                    employee.setLong(8, departmentIds[d]);
                    employee.setDate(9, java.sql.Date.valueOf("2005-04-01"));
                    employee.setDate(10, java.sql.Date.valueOf("2024-03-31"));
                    employee.setTimestamp(11, now);
                    // The search keys the application stores with every name (Employee.rename).
                    employee.setString(12, SearchKey.of(FAMILY[i % FAMILY.length]));
                    employee.setString(13, SearchKey.of("名" + i));
                    employee.setString(14, SearchKey.of(FAMILY_KANA[i % FAMILY.length]));
                    employee.setString(15, SearchKey.of("メイ"));
                    employee.addBatch();
                    profile.setLong(1, profileId);
                    profile.setLong(2, employeeId);
                    profile.setTimestamp(3, now);
                    profile.setTimestamp(4, now);
                    profile.setLong(5, departmentIds[d]);
                    profile.setInt(6, i % 20);
                    profile.setString(7, "Company " + (i % 500));
                    profile.setString(8, "Role " + (i % 40));
                    profile.setString(9, REGIONS[i % REGIONS.length]);
                    for (int o = 0; o < 6; o++) {
                        profile.setBoolean(10 + o, (i + o) % 3 == 0);
                    }
                    for (int v = 0; v < 4; v++) {
                        profile.setBoolean(16 + v, (i + v) % 7 != 0);
                    }
                    profile.setTimestamp(20, now);
                    profile.setString(21, SearchKey.of("Company " + (i % 500)));
                    profile.setString(22, SearchKey.of("Role " + (i % 40)));
                    profile.addBatch();
                    if (i % 10 != 0) {
                        consent.setLong(1, id++);
                        consent.setLong(2, employeeId);
                        consent.setTimestamp(3, now);
                        consent.addBatch();
                    }
                    for (int s = 0; s < 3; s++) {
                        skill.setLong(1, profileId);
                        skill.setString(2, SKILLS[(i + s * 5) % SKILLS.length]);
                        skill.addBatch();
                    }
                    if (i % 1000 == 999) {
                        employee.executeBatch();
                        profile.executeBatch();
                        consent.executeBatch();
                        skill.executeBatch();
                    }
                }
                employee.executeBatch();
                profile.executeBatch();
                consent.executeBatch();
                skill.executeBatch();
            }
            // Planner statistics for the new rows, as a production database has them (autovacuum
            // would analyse later); without them PostgreSQL plans the facet counts as nested loops.
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze");
            }
        }
    }
}
