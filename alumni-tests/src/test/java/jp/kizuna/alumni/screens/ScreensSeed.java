package jp.kizuna.alumni.screens;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.kizuna.alumni.event.AlumniEvent;
import jp.kizuna.alumni.event.Rsvp;
import jp.kizuna.alumni.event.RsvpStatus;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.Openness;
import jp.kizuna.alumni.opportunity.Opportunity;
import jp.kizuna.alumni.opportunity.OpportunityKind;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.privacy.ConsentRecord;

/**
 * Test-only module beside the real EAR's modules for the screen tests: makes alumni.yamada a
 * member of the network with a filled-in profile (the test server has no demo data), through the
 * entities' own rules. Never part of the product.
 */
@WebServlet("/alumnus")
public class ScreensSeed extends HttpServlet {

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
            AlumnusProfile alumnus = member("alumni.yamada", "山田", "太郎", "ヤマダ", "タロウ");
            // Something for HR's opening and event pages to show: an opening and an event the member joins.
            LocalDateTime now = LocalDateTime.now();
            Opportunity opening = new Opportunity(
                    OpportunityKind.REHIRE,
                    "営業マネージャー（出戻り歓迎）",
                    "法人営業チームのマネージャーを募集します。",
                    alumnus.getDepartment(),
                    "東京",
                    LocalDate.now().plusMonths(1),
                    now,
                    "hr.admin");
            em.persist(opening);
            AlumniEvent event = new AlumniEvent(
                    "アルムナイ交流会", "年に一度の交流会です。", now.plusDays(14).withNano(0), "東京本社 20階", 40, "hr.admin");
            em.persist(event);
            em.persist(new Rsvp(event, alumnus, RsvpStatus.GOING, now));
            transaction.commit();
            response.getWriter()
                    .write("alumni.yamada\t" + alumnus.getId() + "\t" + opening.getId() + "\t" + event.getId());
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private AlumnusProfile member(String login, String family, String given, String familyKana, String givenKana) {
        em.createQuery("update Employee e set e.loginName = null where e.loginName = :l")
                .setParameter("l", login)
                .executeUpdate();
        String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Department department = new Department("SCR-" + unique, "画面検証部" + unique, "Screens unit " + unique);
        em.persist(department);
        Employee person = new Employee("S" + unique, family, given);
        person.rename(family, given, familyKana, givenKana);
        person.setLoginName(login);
        person.setDepartment(department);
        person.setHireDate(LocalDate.of(2015, 4, 1));
        person.setPreferredLocale(Locale.JAPANESE);
        person.setPersonalEmail("s-" + unique.toLowerCase(Locale.ROOT) + "@example.net");
        LocalDate lastDay = LocalDate.of(2025, 3, 31);
        person.resignationReceived(lastDay);
        person.left(lastDay);
        em.persist(person);
        LocalDateTime now = LocalDateTime.now();
        AlumnusProfile alumnus = new AlumnusProfile(person, null, lastDay, now);
        alumnus.accept(LocalDate.now(), now);
        alumnus.describe("画面商事", "マネージャー", "東京", "営業一筋。", "営業部");
        alumnus.replaceSkills(List.of("営業", "交渉"));
        alumnus.openTo(EnumSet.of(Openness.REHIRE));
        alumnus.showInDirectory(true, true, true, true, false);
        em.persist(alumnus);
        for (ConsentPurpose purpose : EnumSet.of(ConsentPurpose.DIRECTORY, ConsentPurpose.NEWS_EVENTS)) {
            em.persist(new ConsentRecord(person, purpose, ConsentPurpose.CURRENT_TEXT_VERSION, "ja", now, "test"));
        }
        return alumnus;
    }
}
