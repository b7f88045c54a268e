package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.offboarding.ChecklistCategory;
import jp.kizuna.alumni.offboarding.ChecklistTemplate;
import jp.kizuna.alumni.offboarding.Checklists;
import jp.kizuna.alumni.offboarding.TaskOwner;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/** HR maintains the handover checklist templates per department and job title. */
@Named
@ViewScoped
public class ChecklistTemplateAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Checklists checklists;

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private UserMessages messages;

    private List<ChecklistTemplate> templates;
    private ChecklistTemplate selected;

    private Long templateId;
    private String nameJa;
    private String nameEn;
    private String departmentCode;
    private String jobTitle;
    private boolean active = true;

    private String itemTitleJa;
    private String itemTitleEn;
    private ChecklistCategory itemCategory = ChecklistCategory.EQUIPMENT_RETURN;
    private TaskOwner itemOwner = TaskOwner.LEAVER;
    private int itemDays;

    public List<ChecklistTemplate> getTemplates() {
        if (templates == null) {
            templates = checklists.templates();
        }
        return templates;
    }

    public void select(long id) {
        try {
            selected = checklists.template(id);
            templateId = selected.getId();
            nameJa = selected.getNameJa();
            nameEn = selected.getNameEn();
            departmentCode = selected.getDepartment() == null
                    ? null
                    : selected.getDepartment().getCode();
            jobTitle = selected.getJobTitle();
            active = selected.isActive();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void startNew() {
        selected = null;
        templateId = null;
        nameJa = null;
        nameEn = null;
        departmentCode = null;
        jobTitle = null;
        active = true;
    }

    public void saveTemplate() {
        try {
            ChecklistTemplate saved =
                    checklists.saveTemplate(templateId, nameJa, nameEn, departmentCode, jobTitle, active);
            messages.info("offboarding", "checklist.templateSaved");
            templates = null;
            select(saved.getId());
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void addItem() {
        try {
            selected =
                    checklists.addTemplateItem(templateId, itemTitleJa, itemTitleEn, itemCategory, itemOwner, itemDays);
            itemTitleJa = null;
            itemTitleEn = null;
            itemDays = 0;
            select(templateId);
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void removeItem(long itemId) {
        try {
            checklists.removeTemplateItem(templateId, itemId);
            select(templateId);
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public List<Department> getDepartments() {
        return directory.departments();
    }

    public ChecklistCategory[] getCategories() {
        return ChecklistCategory.values();
    }

    public TaskOwner[] getOwners() {
        return TaskOwner.values();
    }

    public ChecklistTemplate getSelected() {
        return selected;
    }

    public boolean isEditing() {
        return templateId != null;
    }

    public String getNameJa() {
        return nameJa;
    }

    public void setNameJa(String nameJa) {
        this.nameJa = nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getItemTitleJa() {
        return itemTitleJa;
    }

    public void setItemTitleJa(String itemTitleJa) {
        this.itemTitleJa = itemTitleJa;
    }

    public String getItemTitleEn() {
        return itemTitleEn;
    }

    public void setItemTitleEn(String itemTitleEn) {
        this.itemTitleEn = itemTitleEn;
    }

    public ChecklistCategory getItemCategory() {
        return itemCategory;
    }

    public void setItemCategory(ChecklistCategory itemCategory) {
        this.itemCategory = itemCategory;
    }

    public TaskOwner getItemOwner() {
        return itemOwner;
    }

    public void setItemOwner(TaskOwner itemOwner) {
        this.itemOwner = itemOwner;
    }

    public int getItemDays() {
        return itemDays;
    }

    public void setItemDays(int itemDays) {
        this.itemDays = itemDays;
    }
}
