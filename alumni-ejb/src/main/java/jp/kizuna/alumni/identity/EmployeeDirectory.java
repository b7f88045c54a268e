package jp.kizuna.alumni.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kizuna.alumni.shared.BusinessException;
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
                .getResultStream().findFirst();
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.HR_SYSTEM})
    public Optional<Employee> findByNumber(String employeeNumber) {
        return em.createQuery("select e from Employee e where e.employeeNumber = :number", Employee.class)
                .setParameter("number", employeeNumber)
                .getResultStream().findFirst();
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.HR_SYSTEM})
    public Employee requireByNumber(String employeeNumber) {
        return findByNumber(employeeNumber).orElseThrow(() -> new BusinessException("identity.employee.unknown", employeeNumber));
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<Employee> search(String text, int max) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase()) + "%";
        return em.createQuery("""
                        select e from Employee e
                        where lower(e.employeeNumber) like :p or lower(e.familyName) like :p or lower(e.givenName) like :p
                           or lower(e.familyNameKana) like :p or lower(e.givenNameKana) like :p
                        order by e.employeeNumber""", Employee.class)
                .setParameter("p", pattern)
                .setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public Map<EmploymentStatus, Long> countByStatus() {
        Map<EmploymentStatus, Long> counts = new EnumMap<>(EmploymentStatus.class);
        for (Object[] row : em.createQuery("select e.status, count(e) from Employee e group by e.status", Object[].class)
                .getResultList()) {
            counts.put((EmploymentStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    @PermitAll
    public List<Department> departments() {
        return em.createQuery("select d from Department d order by d.code", Department.class).getResultList();
    }

    @PermitAll
    public Optional<Department> findDepartment(String code) {
        return em.createQuery("select d from Department d where d.code = :code", Department.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }
}
