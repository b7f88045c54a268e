package jp.kizuna.alumni.offboarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/** The list of real-reason categories, which HR maintains. */
@Stateless
public class ReasonCategories {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<ReasonCategory> active() {
        return em.createQuery(
                        "select r from ReasonCategory r where r.active = true order by r.sortOrder, r.code",
                        ReasonCategory.class)
                .getResultList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public List<ReasonCategory> all() {
        return em.createQuery(
                        "select r from ReasonCategory r order by r.active desc, r.sortOrder, r.code",
                        ReasonCategory.class)
                .getResultList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public ReasonCategory create(String code, String nameJa, String nameEn, boolean controllable, int sortOrder) {
        String normalised = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!em.createQuery("select r from ReasonCategory r where r.code = :code")
                .setParameter("code", normalised)
                .getResultList()
                .isEmpty()) {
            throw new BusinessException("offboarding.reason.codeTaken", normalised);
        }
        ReasonCategory category = new ReasonCategory(normalised, nameJa, nameEn, controllable, sortOrder);
        em.persist(category);
        return category;
    }

    /** Changes names, flag and order; {@code active} false retires the category for new cases. */
    @RolesAllowed(Roles.HR_ADMIN)
    public ReasonCategory update(
            long id, String nameJa, String nameEn, boolean controllable, int sortOrder, boolean active) {
        ReasonCategory category = em.find(ReasonCategory.class, id);
        if (category == null) {
            throw new BusinessException("offboarding.reason.unknown", id);
        }
        category.update(nameJa, nameEn, controllable, sortOrder, active);
        return category;
    }
}
