package jp.kizuna.alumni.network;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import jp.kizuna.alumni.identity.Romaji;
import jp.kizuna.alumni.identity.SearchKey;
import jp.kizuna.alumni.shared.Metrics;
import jp.kizuna.alumni.shared.Roles;
import org.infinispan.Cache;

/**
 * The alumni directory. Lists only active members whose DIRECTORY consent is in force (read at
 * query time, so a withdrawal applies to the very next search), and filters and counts only on
 * fields each of them chose to show. Filtering, counting and paging happen in the database with
 * indexed columns; a page costs three queries whatever its size (rows, total, skills of the page),
 * facets five more. The total is counted up to {@link #MAX_COUNTED}, so counting a broad search
 * does not read the whole network. Pages and facets are reused while the directory's version (one
 * row, read first) stays the same, from the server's cache {@code alumni/directory}: see
 * {@link DirectoryResults}.
 */
@Stateless
// Outside any caller's transaction: a search sees committed data only, so a result it keeps for
// others never holds a change that may yet roll back.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectorySearch {

    public static final int MAX_PAGE = 200;
    /** Results beyond this many are neither counted nor paged to: the search must be narrowed. */
    public static final int MAX_COUNTED = 1000;

    private static final String LISTED = """
             from alumnus_profile p
             join employee e on e.id = p.employee_id
             left join department d on d.id = p.department_id
            where p.status = 'ACTIVE'
              and exists (select 1 from consent_record c where c.employee_id = p.employee_id
                          and c.purpose = 'DIRECTORY' and c.withdrawn_at is null)""";

    /**
     * The listed members on PostgreSQL: the search table V290 keeps with the fields each member shows
     * (so it needs no visibility conditions and no consent lookup).
     */
    private static final String MEMBERS = " from directory_member m where 1 = 1";

    /** Counting never needs the employee row (a name search reads it in its own subquery). */
    private static final String COUNTED = LISTED.replace(" join employee e on e.id = p.employee_id\n", "\n");

    /** Pages and facets of recent searches, sized by the server (configure.cli). */
    @Resource(lookup = "java:jboss/infinispan/cache/alumni/directory")
    private Cache<Object, Object> cache;

    private DirectoryResults results;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Metrics metrics;

    @Resource(lookup = "java:jboss/datasources/AlumniDS")
    private DataSource database;

    /**
     * Whether the database keeps the search table {@code directory_member} (PostgreSQL, migration
     * V290); H2 searches the source tables.
     */
    private boolean members;

    @PostConstruct
    void useCache() {
        results = new DirectoryResults(cache);
        try (Connection connection = database.getConnection()) {
            members = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's kind", e);
        }
    }

    /**
     * One page of the result and its total, without facets: paging through a result costs three
     * queries. Ask for {@link #facets(DirectoryCriteria)} once per criteria, not per page.
     */
    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN})
    public DirectoryPage search(DirectoryCriteria criteria, int first, int max) {
        metrics.directorySearched();
        int pageSize = Math.max(1, Math.min(max, MAX_PAGE));
        int from = Math.max(0, first);
        // Keyed by what is searched for, so "YAMADA", "yamada" and "ｙａｍａｄａ" share one result.
        DirectoryCriteria searched = criteria.asSearched();
        Long version = version();
        return version == null
                ? read(searched, from, pageSize)
                : results.get(version, new PageKey(searched, from, pageSize), () -> read(searched, from, pageSize));
    }

    private DirectoryPage read(DirectoryCriteria criteria, int first, int pageSize) {
        metrics.directoryRead();
        Filter filter = members ? Filter.ofMembers(criteria) : Filter.of(criteria);
        if (members && first < MAX_COUNTED) {
            // The search table's page brings its count along: one statement, in which a text search
            // gathers its matches once for both. Only a page past the last member counts on its own.
            Page page = page(filter, first, Math.min(pageSize, MAX_COUNTED - first), true);
            if (!page.entries().isEmpty() || first == 0) {
                return new DirectoryPage(
                        page.entries(), Math.min(page.counted(), MAX_COUNTED), page.counted() <= MAX_COUNTED, null);
            }
        }
        // Counting stops after MAX_COUNTED + 1 members: an exact count of a broad search would read
        // every listed member, so its cost would grow with the network; the first page does not.
        long counted = ((Number) filter.bind(
                                em.createNativeQuery("select count(*) from (select 1" + (members ? MEMBERS : COUNTED)
                                        + filter.sql + " limit " + (MAX_COUNTED + 1) + ") listed"))
                        .getSingleResult())
                .longValue();
        boolean exact = counted <= MAX_COUNTED;
        long total = Math.min(counted, MAX_COUNTED);
        int from = (int) Math.min(first, total);
        List<DirectoryEntry> entries = total == 0 || from >= total
                ? List.of()
                : page(filter, from, (int) Math.min(pageSize, total - from), false)
                        .entries();
        return new DirectoryPage(entries, total, exact, null);
    }

    /** The first page with facet counts over the whole result: for a new search. */
    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN})
    public DirectoryPage searchWithFacets(DirectoryCriteria criteria, int max) {
        DirectoryPage page = search(criteria, 0, max);
        return new DirectoryPage(page.entries(), page.total(), page.totalExact(), facets(criteria));
    }

    /** Counts per department, region, skill, openness and years band over the criteria's result. */
    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN})
    public DirectoryPage.Facets facets(DirectoryCriteria criteria) {
        DirectoryCriteria searched = criteria.asSearched();
        Long version = version();
        return version == null
                ? facets(Filter.of(searched))
                : results.get(version, new FacetsKey(searched), () -> facets(Filter.of(searched)));
    }

    /** The directory's version, or null where the database does not keep it (H2: no reuse). */
    private Long version() {
        // Plain JDBC: read before every search, and EclipseLink's native query machinery cost more
        // than the query itself.
        try (Connection connection = database.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select version from directory_version where id = 1");
                ResultSet row = query.executeQuery()) {
            return row.next() ? row.getLong(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the directory version", e);
        }
    }

    private record PageKey(DirectoryCriteria criteria, int first, int max) {}

    private record FacetsKey(DirectoryCriteria criteria) {}

    /** A page's entries and, when asked for with them, the count of the result up to MAX_COUNTED + 1. */
    private record Page(List<DirectoryEntry> entries, long counted) {}

    private Page page(Filter filter, int first, int max, boolean counted) {
        String columns = """
                select p.id, e.family_name, e.given_name, e.family_name_kana, e.given_name_kana,
                       d.code, d.name_ja, d.name_en, p.years_of_service,
                       p.show_employer, p.current_employer, p.job_role, p.show_region, p.region,
                       p.show_skills, p.show_openness, p.open_rehire, p.open_side_job, p.open_collaboration,
                       p.open_mentoring, p.open_speaking, p.open_referrals, p.show_email, e.personal_email""";
        String chosen = "select m.profile_id, m.family_name_kana, m.family_name, m.given_name, m.employee_id";
        Query query = filter.bind(em.createNativeQuery(
                members
                        // The page's members from the search table in their order, then what is shown of those
                        // few from the source tables, in the same statement. A text search first gathers its
                        // matches through the key and text indexes and sorts them: read along the order index
                        // (directory_member_order_idx), a name late in kana order would have it walk nearly
                        // every member first (docs/benchmarks.md, round 2). Other filters walk that index.
                        ? (filter.gathered()
                                        ? "with matched as materialized (" + chosen + MEMBERS + filter.sql + ") "
                                        : "")
                                // The shown skills come along from the search table (sorted, as skillsOf sorts them).
                                + columns
                                + ", (select cast(array_to_json(ms.skills) as text) from directory_member ms where ms.profile_id = p.id)"
                                + (counted
                                        ? ", (select count(*) from (select 1"
                                                + (filter.gathered() ? " from matched" : MEMBERS + filter.sql)
                                                + " limit " + (MAX_COUNTED + 1) + ") listed)"
                                        : "")
                                + " from (" + chosen + (filter.gathered() ? " from matched m" : MEMBERS + filter.sql)
                                + " order by m.family_name_kana, m.family_name, m.given_name, m.employee_id"
                                + " limit " + max + " offset " + first + ") m"
                                + " join alumnus_profile p on p.id = m.profile_id join employee e on e.id = p.employee_id"
                                + " left join department d on d.id = p.department_id"
                                + " order by m.family_name_kana, m.family_name, m.given_name, m.employee_id"
                        : columns + LISTED + filter.sql
                                // Ties broken by the employee id, the last column of employee_kana_order_idx: the index
                                // then gives the whole order, and a page can stop after its rows instead of sorting
                                // every member with a common name.
                                + " order by e.family_name_kana, e.family_name, e.given_name, e.id limit " + max
                                + " offset " + first));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        long total = counted && !rows.isEmpty() ? ((Number) rows.get(0)[25]).longValue() : 0;
        Map<Long, List<String>> skills = members ? shownSkills(rows) : skillsOf(rows);
        List<DirectoryEntry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            boolean showEmployer = bool(row[9]);
            boolean showOpenness = bool(row[15]);
            Set<Openness> openTo = EnumSet.noneOf(Openness.class);
            if (showOpenness) {
                Openness[] kinds = Openness.values();
                for (int i = 0; i < kinds.length; i++) {
                    if (bool(row[16 + i])) {
                        openTo.add(kinds[i]);
                    }
                }
            }
            entries.add(new DirectoryEntry(
                    id,
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (String) row[5],
                    (String) row[6],
                    (String) row[7],
                    ((Number) row[8]).intValue(),
                    showEmployer ? (String) row[10] : null,
                    showEmployer ? (String) row[11] : null,
                    bool(row[12]) ? (String) row[13] : null,
                    bool(row[14]) ? skills.getOrDefault(id, List.of()) : List.of(),
                    openTo,
                    bool(row[22]) ? (String) row[23] : null));
        }
        return new Page(entries, total);
    }

    /** The skills the page's query brought from the search table (a JSON array per member). */
    private static Map<Long, List<String>> shownSkills(List<Object[]> rows) {
        Map<Long, List<String>> skills = new HashMap<>();
        for (Object[] row : rows) {
            if (row[24] != null) {
                List<String> shown = new ArrayList<>();
                try (jakarta.json.JsonReader json =
                        jakarta.json.Json.createReader(new java.io.StringReader(row[24].toString()))) {
                    json.readArray()
                            .getValuesAs(jakarta.json.JsonString.class)
                            .forEach(skill -> shown.add(skill.getString()));
                }
                skills.put(((Number) row[0]).longValue(), shown);
            }
        }
        return skills;
    }

    private Map<Long, List<String>> skillsOf(List<Object[]> rows) {
        List<Long> ids = new ArrayList<>();
        for (Object[] row : rows) {
            if (bool(row[14])) {
                ids.add(((Number) row[0]).longValue());
            }
        }
        Map<Long, List<String>> skills = new HashMap<>();
        if (ids.isEmpty()) {
            return skills;
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ",?").append(i + 1);
        }
        Query query = em.createNativeQuery("select s.profile_id, s.skill from alumnus_skill s where s.profile_id in ("
                + in + ") order by s.profile_id, s.skill");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        for (Object[] row : result) {
            skills.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add((String) row[1]);
        }
        return skills;
    }

    private DirectoryPage.Facets facets(Filter filter) {
        Map<String, Long> departments = new LinkedHashMap<>();
        Map<String, DirectoryPage.DepartmentName> departmentNames = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> departmentRows = filter.bind(em.createNativeQuery("select d.code, d.name_ja, d.name_en, count(*)"
                        + LISTED + filter.sql + " and d.code is not null group by d.code, d.name_ja, d.name_en"
                        + " order by count(*) desc, d.code"))
                .getResultList();
        for (Object[] row : departmentRows) {
            departments.put((String) row[0], ((Number) row[3]).longValue());
            departmentNames.put((String) row[0], new DirectoryPage.DepartmentName((String) row[1], (String) row[2]));
        }
        Map<String, Long> regions = counts(
                filter,
                "select p.region, count(*)" + LISTED + filter.sql
                        + " and p.show_region = true and p.region is not null group by p.region order by count(*) desc, p.region limit 30");
        Map<String, Long> skills = counts(
                filter,
                "select s.skill, count(*)"
                        + LISTED.replace(
                                "left join department d on d.id = p.department_id",
                                "left join department d on d.id = p.department_id join alumnus_skill s on s.profile_id = p.id")
                        + filter.sql
                        + " and p.show_skills = true group by s.skill order by count(*) desc, s.skill limit 30");
        Map<String, Long> years = counts(
                filter,
                """
                select case when p.years_of_service < 3 then '0-2' when p.years_of_service < 6 then '3-5'
                            when p.years_of_service < 11 then '6-10' else '11+' end, count(*)"""
                        + LISTED + filter.sql
                        + " group by case when p.years_of_service < 3 then '0-2' when p.years_of_service < 6 then '3-5'"
                        + " when p.years_of_service < 11 then '6-10' else '11+' end");
        Object[] open =
                (Object[]) filter.bind(em.createNativeQuery("""
                select sum(case when p.open_rehire then 1 else 0 end), sum(case when p.open_side_job then 1 else 0 end),
                       sum(case when p.open_collaboration then 1 else 0 end), sum(case when p.open_mentoring then 1 else 0 end),
                       sum(case when p.open_speaking then 1 else 0 end), sum(case when p.open_referrals then 1 else 0 end)""" + LISTED + filter.sql + " and p.show_openness = true"))
                        .getSingleResult();
        Map<Openness, Long> openTo = new EnumMap<>(Openness.class);
        for (Openness kind : Openness.values()) {
            Object value = open[kind.ordinal()];
            openTo.put(kind, value == null ? 0L : ((Number) value).longValue());
        }
        Map<String, Long> orderedYears = new LinkedHashMap<>();
        for (String band : List.of("0-2", "3-5", "6-10", "11+")) {
            orderedYears.put(band, years.getOrDefault(band, 0L));
        }
        return new DirectoryPage.Facets(departments, departmentNames, regions, skills, openTo, orderedYears);
    }

    private Map<String, Long> counts(Filter filter, String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filter.bind(em.createNativeQuery(sql)).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    /** The WHERE conditions of a criteria with their positional parameters. */
    private record Filter(String sql, List<Object> parameters, boolean gathered) {

        static Filter of(DirectoryCriteria criteria) {
            StringBuilder sql = new StringBuilder();
            List<Object> parameters = new ArrayList<>();
            String name = notBlank(criteria.text()) ? SearchKey.prefixPattern(criteria.text()) : null;
            if (name != null) {
                // Names: a prefix match on the stored search keys, each arm a range of one index
                // instead of every employee row; in romaji also on the reading's keys ("yamada",
                // "taro yamada"). Employer, role and skills: anywhere in the text, over the profiles
                // of those who show them (a scan of alumnus_profile, not of employee).
                int n = parameters.size() + 1;
                parameters.add(name);
                String romaji = Romaji.prefixPattern(criteria.text());
                int r = parameters.size() + 1;
                if (romaji != null) {
                    parameters.add(romaji);
                }
                int c = parameters.size() + 1;
                parameters.add(SearchKey.containsPattern(criteria.text()));
                sql.append(" and p.employee_id in (select ne.id from employee ne")
                        .append(" where ne.family_name_key like ?")
                        .append(n)
                        .append(" escape '\\'")
                        .append(" or ne.given_name_key like ?")
                        .append(n)
                        .append(" escape '\\'")
                        .append(" or ne.family_kana_key like ?")
                        .append(n)
                        .append(" escape '\\'")
                        .append(" or ne.given_kana_key like ?")
                        .append(n)
                        .append(" escape '\\'");
                if (romaji != null) {
                    sql.append(" or ne.romaji_key like ?")
                            .append(r)
                            .append(" or ne.given_first_romaji_key like ?")
                            .append(r);
                }
                sql.append(" union select ep.employee_id from alumnus_profile ep")
                        .append(" where (ep.show_employer = true and (ep.employer_key like ?")
                        .append(c)
                        .append(" escape '\\'")
                        .append(" or ep.role_key like ?")
                        .append(c)
                        .append(" escape '\\'))")
                        .append(" or (ep.show_skills = true and ep.skills_key like ?")
                        .append(c)
                        .append(" escape '\\'))");
            }
            if (notBlank(criteria.departmentCode())) {
                sql.append(" and p.department_id = (select dd.id from department dd where dd.code = ?")
                        .append(parameters.size() + 1)
                        .append(")");
                parameters.add(criteria.departmentCode());
            }
            if (criteria.minYears() != null) {
                sql.append(" and p.years_of_service >= ?").append(parameters.size() + 1);
                parameters.add(criteria.minYears());
            }
            if (criteria.maxYears() != null) {
                sql.append(" and p.years_of_service <= ?").append(parameters.size() + 1);
                parameters.add(criteria.maxYears());
            }
            if (notBlank(criteria.skill())) {
                sql.append(
                                " and p.show_skills = true and exists (select 1 from alumnus_skill fs where fs.profile_id = p.id and fs.skill = ?")
                        .append(parameters.size() + 1)
                        .append(")");
                parameters.add(AlumnusProfile.normaliseSkill(criteria.skill()));
            }
            if (notBlank(criteria.region())) {
                sql.append(" and p.show_region = true and p.region = ?").append(parameters.size() + 1);
                parameters.add(criteria.region().strip());
            }
            if (criteria.openTo() != null) {
                sql.append(" and p.show_openness = true and p.")
                        .append(column(criteria.openTo()))
                        .append(" = true");
            }
            return new Filter(sql.toString(), parameters, false);
        }

        /**
         * The same conditions on the search table {@code directory_member} (alias m), which holds each
         * field only when the member shows it: what {@link #of} checks with the show_ flags is there
         * already. The partial match first narrows to the rows holding every one- and two-character
         * piece of the text (the GIN index of V290), then checks the LIKE on those.
         */
        static Filter ofMembers(DirectoryCriteria criteria) {
            StringBuilder sql = new StringBuilder();
            List<Object> parameters = new ArrayList<>();
            String name = notBlank(criteria.text()) ? SearchKey.prefixPattern(criteria.text()) : null;
            if (name != null) {
                int n = parameters.size() + 1;
                parameters.add(name);
                String romaji = Romaji.prefixPattern(criteria.text());
                int r = parameters.size() + 1;
                if (romaji != null) {
                    parameters.add(romaji);
                }
                int k = parameters.size() + 1;
                parameters.add(SearchKey.of(criteria.text()));
                int c = parameters.size() + 1;
                parameters.add(SearchKey.containsPattern(criteria.text()));
                // One select per key, each the index range of its key with the profile ids in the index
                // (an index-only scan), instead of one OR over the table's rows.
                sql.append(
                                " and m.profile_id in (select n.profile_id from directory_member n where n.family_name_key like ?")
                        .append(n)
                        .append(" escape '\\'");
                for (String key : List.of("given_name_key", "family_kana_key", "given_kana_key")) {
                    sql.append(" union all select n.profile_id from directory_member n where n.")
                            .append(key)
                            .append(" like ?")
                            .append(n)
                            .append(" escape '\\'");
                }
                if (romaji != null) {
                    for (String key : List.of("romaji_key", "given_first_romaji_key")) {
                        sql.append(" union all select n.profile_id from directory_member n where n.")
                                .append(key)
                                .append(" like ?")
                                .append(r);
                    }
                }
                sql.append(" union all select t.profile_id from directory_member_text t")
                        .append(" where t.text_grams @> directory_grams(cast(?")
                        .append(k)
                        .append(" as text))")
                        .append(" and (t.employer_key like ?")
                        .append(c)
                        .append(" escape '\\'")
                        .append(" or t.role_key like ?")
                        .append(c)
                        .append(" escape '\\'")
                        .append(" or t.skills_key like ?")
                        .append(c)
                        .append(" escape '\\'))");
            }
            if (notBlank(criteria.departmentCode())) {
                sql.append(" and m.department_id = (select dd.id from department dd where dd.code = ?")
                        .append(parameters.size() + 1)
                        .append(")");
                parameters.add(criteria.departmentCode());
            }
            if (criteria.minYears() != null) {
                sql.append(" and m.years_of_service >= ?").append(parameters.size() + 1);
                parameters.add(criteria.minYears());
            }
            if (criteria.maxYears() != null) {
                sql.append(" and m.years_of_service <= ?").append(parameters.size() + 1);
                parameters.add(criteria.maxYears());
            }
            if (notBlank(criteria.skill())) {
                sql.append(" and m.skills @> array[cast(?")
                        .append(parameters.size() + 1)
                        .append(" as varchar)]");
                parameters.add(AlumnusProfile.normaliseSkill(criteria.skill()));
            }
            if (notBlank(criteria.region())) {
                sql.append(" and m.region = ?").append(parameters.size() + 1);
                parameters.add(criteria.region().strip());
            }
            if (criteria.openTo() != null) {
                sql.append(" and m.").append(column(criteria.openTo())).append(" = true");
            }
            return new Filter(sql.toString(), parameters, name != null);
        }

        Query bind(Query query) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query;
        }

        private static String column(Openness openness) {
            return switch (openness) {
                case REHIRE -> "open_rehire";
                case SIDE_JOB -> "open_side_job";
                case COLLABORATION -> "open_collaboration";
                case MENTORING -> "open_mentoring";
                case SPEAKING -> "open_speaking";
                case REFERRALS -> "open_referrals";
            };
        }

        private static boolean notBlank(String value) {
            return value != null && !value.isBlank();
        }
    }
}
