package jp.kizuna.alumni.offboarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * Handover checklists: HR maintains templates per department/job title; each case gets its own
 * copy at opening, with owners and due dates relative to the last day.
 */
@Stateless
public class Checklists {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CaseAccess access;

    @Inject
    private EmployeeDirectory directory;

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<ChecklistTemplate> templates() {
        return em.createQuery("""
                select t from ChecklistTemplate t left join t.department d
                order by t.active desc, d.code, t.jobTitle, t.id""", ChecklistTemplate.class).getResultList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public ChecklistTemplate template(long templateId) {
        ChecklistTemplate template = em.find(ChecklistTemplate.class, templateId);
        if (template == null) {
            throw new BusinessException("offboarding.checklist.templateNotFound", templateId);
        }
        template.getItems().size();
        return template;
    }

    /** Creates ({@code templateId} null) or changes a template. */
    @RolesAllowed(Roles.HR_ADMIN)
    public ChecklistTemplate saveTemplate(
            Long templateId, String nameJa, String nameEn, String departmentCode, String jobTitle, boolean active) {
        Department department = departmentCode == null || departmentCode.isBlank()
                ? null
                : directory
                        .findDepartment(departmentCode)
                        .orElseThrow(
                                () -> new BusinessException("offboarding.checklist.unknownDepartment", departmentCode));
        if (templateId == null) {
            ChecklistTemplate created = new ChecklistTemplate(nameJa, nameEn, department, jobTitle);
            em.persist(created);
            return created;
        }
        ChecklistTemplate template = template(templateId);
        template.update(nameJa, nameEn, department, jobTitle, active);
        return template;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public ChecklistTemplate addTemplateItem(
            long templateId,
            String titleJa,
            String titleEn,
            ChecklistCategory category,
            TaskOwner owner,
            int daysFromLastDay) {
        ChecklistTemplate template = template(templateId);
        em.persist(template.addItem(titleJa, titleEn, category, owner, daysFromLastDay));
        return template;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public ChecklistTemplate removeTemplateItem(long templateId, long itemId) {
        ChecklistTemplate template = template(templateId);
        template.removeItem(itemId);
        return template;
    }

    /**
     * Called by {@link OffboardingCases#openCase} in the opening transaction: the tasks of every
     * template that fits the leaver, the general (statutory) ones included, see
     * {@link ChecklistTemplate#tasksFor}.
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.HR_SYSTEM})
    public List<ChecklistItem> instantiateFor(OffboardingCase offboarding) {
        Employee leaver = offboarding.getEmployee();
        List<ChecklistTemplate> active = em.createQuery(
                        "select t from ChecklistTemplate t where t.active = true", ChecklistTemplate.class)
                .getResultList();
        List<ChecklistTemplateItem> tasks =
                ChecklistTemplate.tasksFor(active, leaver.getDepartment(), leaver.getJobTitle());
        if (tasks.isEmpty()) {
            return List.of();
        }
        List<ChecklistItem> items = tasks.stream()
                .map(item -> new ChecklistItem(offboarding, item, ownerName(item.getOwner(), leaver)))
                .toList();
        items.forEach(em::persist);
        String names = active.stream()
                .filter(t -> t.fit(leaver.getDepartment(), leaver.getJobTitle()) >= 0)
                .sorted(Comparator.comparingInt(
                        (ChecklistTemplate t) -> t.fit(leaver.getDepartment(), leaver.getJobTitle())))
                .map(ChecklistTemplate::getNameEn)
                .collect(java.util.stream.Collectors.joining(" + "));
        em.persist(new CaseEvent(
                offboarding,
                LocalDateTime.now(clock),
                access.callerLogin(),
                CaseEvent.Kind.CHECKLIST_CREATED,
                names + " (" + items.size() + ")"));
        return items;
    }

    /** Called when the last day moves: due dates follow it. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.HR_SYSTEM})
    public void shiftDueDates(OffboardingCase offboarding, LocalDate previousLastDay) {
        itemsOfCase(offboarding.getId()).forEach(ChecklistItem::lastDayMoved);
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<ChecklistItem> itemsOf(long caseId) {
        OffboardingCase offboarding = access.visibleCase(caseId);
        return itemsOfCase(caseId);
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public ChecklistItem complete(long itemId) {
        ChecklistItem item = item(itemId);
        item.complete(LocalDateTime.now(clock), access.callerLogin());
        em.persist(new CaseEvent(
                item.getOffboardingCase(),
                LocalDateTime.now(clock),
                access.callerLogin(),
                CaseEvent.Kind.CHECKLIST_ITEM_DONE,
                item.getTitleEn()));
        return item;
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public ChecklistItem reopen(long itemId) {
        ChecklistItem item = item(itemId);
        item.reopen();
        return item;
    }

    /** Open tasks past their due date in open cases the caller may see, oldest first. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public List<ChecklistItem> overdue(int max) {
        String jpql = """
                select i from ChecklistItem i join fetch i.offboardingCase c join fetch c.employee e
                where i.doneAt is null and i.dueDate < :today and c.status in :open""";
        var query = em.createQuery(
                        access.isHr()
                                ? jpql + " order by i.dueDate, i.id"
                                : jpql + " and e.manager.loginName = :caller order by i.dueDate, i.id",
                        ChecklistItem.class)
                .setParameter("today", LocalDate.now(clock))
                .setParameter("open", CaseStatus.open());
        if (!access.isHr()) {
            query.setParameter("caller", access.callerLogin());
        }
        return query.setMaxResults(max).getResultList();
    }

    private ChecklistItem item(long itemId) {
        ChecklistItem item = em.find(ChecklistItem.class, itemId);
        if (item == null) {
            throw new BusinessException("offboarding.checklist.itemNotFound", itemId);
        }
        access.requireVisible(item.getOffboardingCase());
        if (!item.getOffboardingCase().isOpen()) {
            throw new BusinessException("offboarding.case.notOpen");
        }
        return item;
    }

    private List<ChecklistItem> itemsOfCase(long caseId) {
        return CaseParts.checklist(em, caseId);
    }

    private static String ownerName(TaskOwner owner, Employee leaver) {
        return switch (owner) {
            case LEAVER -> leaver.getFullName();
            case MANAGER ->
                leaver.getManager() == null ? null : leaver.getManager().getFullName();
            case HR, IT -> null;
        };
    }
}
