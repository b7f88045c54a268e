package jp.kizuna.alumni.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.PersonName;
import jp.kizuna.alumni.shared.Roles;

/** Looks people and departments up; knows who the signed-in caller is. */
@Stateless
public class EmployeeDirectory {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @PermitAll
    public Optional<Employee> findByLogin(String loginName) {
        return em.createQuery("select e from Employee e where e.loginName = :login", Employee.class)
                .setParameter("login", loginName)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.HR_SYSTEM})
    public Optional<Employee> findByNumber(String employeeNumber) {
        return em.createQuery("select e from Employee e where e.employeeNumber = :number", Employee.class)
                .setParameter("number", employeeNumber)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.HR_SYSTEM})
    public Employee requireByNumber(String employeeNumber) {
        return findByNumber(employeeNumber)
                .orElseThrow(() -> new BusinessException("identity.employee.unknown", employeeNumber));
    }

    /**
     * People for a picker: those whose employee number contains what was typed, or whose name or reading
     * contains it in the form {@link SearchKey} stores ("やまだ" finds ヤマダ, "髙橋" finds 高橋), or whose
     * reading starts with it in romaji ({@link Romaji}: "yamada", "Yamada Taro", "taro yamada"), or, typed
     * as two words, whose family and given names (or readings) start with them ("山田 太郎", "やまだ たろう").
     * Nothing searchable typed: the first {@code max} by employee number.
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<Employee> search(String text, int max) {
        String key = SearchKey.of(text);
        if (key == null) {
            return em.createQuery("select e from Employee e order by e.employeeNumber", Employee.class)
                    .setMaxResults(max)
                    .getResultList();
        }
        StringBuilder where = new StringBuilder("""
                lower(e.employeeNumber) like :contains escape '\\'
                or e.familyNameKey like :contains escape '\\' or e.givenNameKey like :contains escape '\\'
                or e.familyKanaKey like :contains escape '\\' or e.givenKanaKey like :contains escape '\\'""");
        String romaji = Romaji.prefixPattern(text);
        if (romaji != null) {
            where.append(" or e.romajiKey like :romaji or e.givenFirstRomajiKey like :romaji");
        }
        // SearchKey folds spaces to one: "山田 太郎" is two words, family name first as Japanese write it
        // (or given name first, as in English).
        int space = key.indexOf(' ');
        String first = space < 0 ? null : SearchKey.prefixPattern(key.substring(0, space));
        String second = space < 0 ? null : SearchKey.prefixPattern(key.substring(space + 1));
        if (first != null && second != null) {
            where.append(" or ").append("""
                    (e.familyNameKey like :first escape '\\' and e.givenNameKey like :second escape '\\')
                    or (e.familyKanaKey like :first escape '\\' and e.givenKanaKey like :second escape '\\')
                    or (e.givenNameKey like :first escape '\\' and e.familyNameKey like :second escape '\\')
                    or (e.givenKanaKey like :first escape '\\' and e.familyKanaKey like :second escape '\\')""");
        }
        var query = em.createQuery(
                        "select e from Employee e where " + where + " order by e.employeeNumber", Employee.class)
                .setParameter("contains", SearchKey.containsPattern(text))
                .setMaxResults(max);
        if (romaji != null) {
            query.setParameter("romaji", romaji);
        }
        if (first != null && second != null) {
            query.setParameter("first", first).setParameter("second", second);
        }
        return query.getResultList();
    }

    /**
     * The names of the people behind sign-in names (an audit line's or a timeline's actor), in one query;
     * sign-in names that belong to no employee (a job, "system") are left out.
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public Map<String, PersonName> namesOf(Collection<String> logins) {
        Map<String, PersonName> names = new HashMap<>();
        List<String> wanted =
                logins.stream().filter(Objects::nonNull).distinct().toList();
        // Chunks keep the IN list within what every database accepts as parameters.
        for (int start = 0; start < wanted.size(); start += 500) {
            for (Employee person : em.createQuery(
                            "select e from Employee e where e.loginName in :logins", Employee.class)
                    .setParameter("logins", wanted.subList(start, Math.min(wanted.size(), start + 500)))
                    .getResultList()) {
                names.put(person.getLoginName(), person.getName());
            }
        }
        return names;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public Map<EmploymentStatus, Long> countByStatus() {
        Map<EmploymentStatus, Long> counts = new EnumMap<>(EmploymentStatus.class);
        for (Object[] row : em.createQuery(
                        "select e.status, count(e) from Employee e group by e.status", Object[].class)
                .getResultList()) {
            counts.put((EmploymentStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    @PermitAll
    public List<Department> departments() {
        return em.createQuery("select d from Department d order by d.code", Department.class)
                .getResultList();
    }

    @PermitAll
    public Optional<Department> findDepartment(String code) {
        return em.createQuery("select d from Department d where d.code = :code", Department.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
