package jp.kizuna.alumni.offboarding.e2e;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.offboarding.NoticeSource;
import jp.kizuna.alumni.offboarding.OffboardingCase;
import jp.kizuna.alumni.offboarding.ResignationNotice;

/**
 * Test-only module for {@link NameOrderBrowserIT}: three leavers whose names are odd but legal — a
 * Japanese name with its reading, a Western name HR gave in Latin letters, a one-part name — each with
 * an open case, the first also a member of the alumni network. Answers, one line per person,
 * "case id TAB employee number TAB profile id (or -)". With {@code what=audit}, for
 * {@link TimelineAndAuditBrowserIT}: hr.admin's employee record with its reading, a leaver whose case
 * hr.admin opened, and an audit line by hr.admin whose detail looks like a formula and holds 𠮷 (outside
 * MS932); answers "case id TAB employee number". Never part of the product.
 */
@WebServlet("/names")
public class NameSeed extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            transaction.begin();
            if ("audit".equals(request.getParameter("what"))) {
                String answer = audit();
                transaction.commit();
                response.getWriter().write(answer);
                return;
            }
            String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            Department department = new Department("NM-" + suffix, "名前検証部" + suffix, "Names unit " + suffix);
            em.persist(department);
            List<String> lines = new ArrayList<>();
            lines.add(leaver("NY" + suffix, new String[] {"山田", "太郎", "ヤマダ", "タロウ"}, department, true));
            lines.add(leaver("NS" + suffix, new String[] {"Smith", "Emily", null, null}, department, false));
            lines.add(leaver("NA" + suffix, new String[] {"Arif", "", null, null}, department, false));
            transaction.commit();
            response.getWriter().write(String.join("\n", lines));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private String audit() {
        Employee hr = em.createQuery("select e from Employee e where e.loginName = 'hr.admin'", Employee.class)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Employee person = new Employee("T-hr.admin", "人事", "花子");
                    person.setLoginName("hr.admin");
                    em.persist(person);
                    return person;
                });
        hr.rename("人事", "花子", "ジンジ", "ハナコ");
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Department department = new Department("AU-" + suffix, "監査検証部" + suffix, "Audit unit " + suffix);
        em.persist(department);
        String line = leaver("AU" + suffix, new String[] {"木村", "蓮", "キムラ", "レン"}, department, false);
        long caseId = Long.parseLong(line.split("\t")[0]);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Tokyo"));
        em.createNativeQuery(
                        "INSERT INTO offboarding_case_event (id, version, case_id, occurred_at, actor, kind, detail)"
                                + " VALUES (?1, 0, ?2, ?3, 'hr.admin', 'OPENED', ?4)")
                .setParameter(1, nextId())
                .setParameter(2, caseId)
                .setParameter(3, now.minusMinutes(5))
                .setParameter(
                        4, "HR " + LocalDate.now() + " → " + LocalDate.now().plusDays(20))
                .executeUpdate();
        em.createNativeQuery(
                        "INSERT INTO audit_entry (id, occurred_at, actor, action, subject_type, subject_id, detail)"
                                + " VALUES (?1, ?2, 'hr.admin', 'UPDATE', 'Employee', ?3, ?4)")
                .setParameter(1, nextId())
                .setParameter(2, now.minusMinutes(1))
                .setParameter(3, "AU" + suffix)
                .setParameter(4, "=HYPERLINK(\"http://example.com\") 𠮷野")
                .executeUpdate();
        return caseId + "\t" + "AU" + suffix;
    }

    private long nextId() {
        return ((Number) em.createNativeQuery("SELECT nextval('alumni_id_seq')").getSingleResult()).longValue();
    }

    private String leaver(String number, String[] name, Department department, boolean alumnus) {
        Employee leaver = new Employee(number, name[0], name[1]);
        leaver.rename(name[0], name[1], name[2], name[3]);
        leaver.setDepartment(department);
        leaver.setHireDate(LocalDate.of(2018, 4, 1));
        em.persist(leaver);
        LocalDate lastDay = LocalDate.now().plusDays(20);
        OffboardingCase offboarding = new OffboardingCase(
                leaver,
                new ResignationNotice(number, LocalDate.now(), lastDay, null, NoticeSource.HR),
                LocalDateTime.now(),
                "seed");
        em.persist(offboarding);
        em.flush();
        String profile = "-";
        if (alumnus) {
            long id = nextId();
            LocalDateTime invited = LocalDateTime.now().minusDays(30);
            em.createNativeQuery("INSERT INTO alumnus_profile (id, version, employee_id, status, invited_at, joined_at,"
                            + " department_id) VALUES (?1, 0, ?2, 'ACTIVE', ?3, ?4, ?5)")
                    .setParameter(1, id)
                    .setParameter(2, leaver.getId())
                    .setParameter(3, invited)
                    .setParameter(4, invited.plusDays(1))
                    .setParameter(5, department.getId())
                    .executeUpdate();
            profile = Long.toString(id);
        }
        return offboarding.getId() + "\t" + number + "\t" + profile;
    }
}
