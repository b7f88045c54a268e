package jp.kizuna.alumni.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import jp.kizuna.alumni.shared.Roles;

/**
 * HR's engagement dashboard: active alumni, boomerang hires (rehire openings that ended in
 * HIRED), referrals and collaborations (side-job and collaboration openings that ended in HIRED),
 * per department the alumni left from. One grouped query per figure, whatever the number of alumni.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class EngagementFigures {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @RolesAllowed(Roles.HR_ADMIN)
    public List<DepartmentEngagement> byDepartment() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select d.code, d.name_ja, d.name_en,
                       (select count(*) from alumnus_profile p where p.department_id = d.id and p.status = 'ACTIVE'),
                       (select count(*) from opportunity_interest i join opportunity o on o.id = i.opportunity_id
                          join alumnus_profile p on p.id = i.profile_id
                         where p.department_id = d.id and i.stage = 'HIRED' and o.kind = 'REHIRE'),
                       (select count(*) from referral r join alumnus_profile p on p.id = r.referrer_id
                         where p.department_id = d.id),
                       (select count(*) from opportunity_interest i join opportunity o on o.id = i.opportunity_id
                          join alumnus_profile p on p.id = i.profile_id
                         where p.department_id = d.id and i.stage = 'HIRED' and o.kind in ('SIDE_JOB', 'COLLABORATION'))
                  from department d order by d.code""").getResultList();
        List<DepartmentEngagement> result = new ArrayList<>();
        for (Object[] row : rows) {
            DepartmentEngagement engagement = new DepartmentEngagement(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    number(row[3]),
                    number(row[4]),
                    number(row[5]),
                    number(row[6]));
            if (engagement.activeAlumni()
                            + engagement.boomerangHires()
                            + engagement.referrals()
                            + engagement.collaborations()
                    > 0) {
                result.add(engagement);
            }
        }
        return result;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
