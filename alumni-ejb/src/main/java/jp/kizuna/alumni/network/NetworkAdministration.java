package jp.kizuna.alumni.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.privacy.ConsentLedger;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * HR running the network: members and pilot networks (ambassadors: {@link Ambassadors}; news and mailings to
 * segments: {@link Outreach}).
 */
@Stateless
public class NetworkAdministration {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private ConsentLedger consents;

    /** Everyone invited or in the network, newest invitation first; {@code status} narrows it. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<AlumnusProfile> members(MembershipStatus status, int first, int max) {
        TypedQuery<AlumnusProfile> query = em.createQuery(
                "select p from AlumnusProfile p join fetch p.person"
                        + (status == null ? "" : " where p.status = :status") + " order by p.invitedAt desc, p.id desc",
                AlumnusProfile.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public AlumnusProfile profile(long profileId) {
        AlumnusProfile profile = em.find(AlumnusProfile.class, profileId);
        if (profile == null) {
            throw new BusinessException("network.profile.unknown", profileId);
        }
        profile.getSkills().size();
        return profile;
    }

    /** HR erases an alumnus's network data on their request (e.g. received by letter); audited as ERASE. */
    @RolesAllowed(Roles.HR_ADMIN)
    public void erase(long profileId) {
        consents.erase(profile(profileId).getPerson());
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<AlumniNetwork> networks() {
        return em.createQuery(
                        "select n from AlumniNetwork n left join fetch n.department order by n.status, n.code",
                        AlumniNetwork.class)
                .getResultList();
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public long memberCount(String networkCode) {
        return em.createQuery(
                        "select count(p) from AlumnusProfile p where p.network.code = :code and p.status = :active",
                        Long.class)
                .setParameter("code", networkCode)
                .setParameter("active", MembershipStatus.ACTIVE)
                .getSingleResult();
    }

    /** A department's own pilot network, run by its admins before it joins the company-wide one. */
    @RolesAllowed(Roles.HR_ADMIN)
    public AlumniNetwork createPilot(String code, String nameJa, String nameEn, String departmentCode) {
        Department department = department(departmentCode);
        if (!em.createQuery("select n.id from AlumniNetwork n where n.code = :code")
                .setParameter("code", code)
                .getResultList()
                .isEmpty()) {
            throw new BusinessException("network.network.duplicate", code);
        }
        AlumniNetwork pilot = new AlumniNetwork(code, nameJa, nameEn, department, LocalDateTime.now(clock));
        em.persist(pilot);
        audit.record(AuditEntry.Action.CREATE, "AlumniNetwork", code, "pilot for " + departmentCode);
        return pilot;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public void addAdmin(String networkCode, String employeeNumber) {
        network(networkCode).addAdmin(employee(employeeNumber));
        audit.record(AuditEntry.Action.UPDATE, "AlumniNetwork", networkCode, "admin " + employeeNumber);
    }

    /** HR, or an admin of that pilot, moves a member into it. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public void addMember(String networkCode, long profileId) {
        AlumniNetwork network = network(networkCode);
        if (!caller.isIn(Roles.HR_ADMIN) && !network.isAdministeredBy(caller.login())) {
            throw new BusinessException("network.network.not-admin", networkCode);
        }
        if (network.getStatus() != AlumniNetwork.Status.ACTIVE) {
            throw new BusinessException("network.merged", networkCode);
        }
        AlumnusProfile profile = em.find(AlumnusProfile.class, profileId);
        if (profile == null || !profile.isMember()) {
            throw new BusinessException("network.profile.unknown", profileId);
        }
        profile.moveTo(network);
    }

    /** The pilot joins the company-wide network: its members move over in one statement. */
    @RolesAllowed(Roles.HR_ADMIN)
    public int merge(String pilotCode) {
        AlumniNetwork pilot = network(pilotCode);
        AlumniNetwork company = companyWide();
        pilot.mergeInto(company, LocalDateTime.now(clock));
        int moved = em.createQuery("update AlumnusProfile p set p.network = :company where p.network = :pilot")
                .setParameter("company", company)
                .setParameter("pilot", pilot)
                .executeUpdate();
        audit.record(
                AuditEntry.Action.UPDATE, "AlumniNetwork", pilotCode, "merged into company network, members " + moved);
        return moved;
    }

    private AlumniNetwork companyWide() {
        return AlumniNetwork.companyWide(em);
    }

    private AlumniNetwork network(String code) {
        return em.createQuery("select n from AlumniNetwork n where n.code = :code", AlumniNetwork.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("network.network.unknown", code));
    }

    private Department department(String code) {
        return em.createQuery("select d from Department d where d.code = :code", Department.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("network.department.unknown", code));
    }

    private Employee employee(String number) {
        return em.createQuery("select e from Employee e where e.employeeNumber = :n", Employee.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("network.employee.unknown", number));
    }
}
