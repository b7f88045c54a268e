package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.offboarding.ReasonCategories;
import jp.kizuna.alumni.offboarding.ReasonCategory;
import jp.kizuna.alumni.offboarding.action.ActionDraft;
import jp.kizuna.alumni.offboarding.action.ActionRow;
import jp.kizuna.alumni.offboarding.action.ActionStatus;
import jp.kizuna.alumni.offboarding.action.ImprovementActions;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.CurrentUser;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * HR's ledger of improvement actions: a new action from a pattern (reason × department × period), each
 * action's status and publication, and its reason's share among leavers before and since it started.
 */
@Named
@ViewScoped
public class ActionLedgerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ImprovementActions actions;

    @Inject
    private ReasonCategories reasonCategories;

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private UserMessages messages;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    private List<ActionRow> rows = List.of();
    private List<ReasonCategory> reasons = List.of();
    private List<Department> departments = List.of();

    private String reasonCode;
    private String departmentCode;
    private LocalDate patternFrom;
    private LocalDate patternTo;
    private String titleJa;
    private String titleEn;
    private String descriptionJa;
    private String descriptionEn;
    private String owner;
    private LocalDate dueDate;

    public void load() {
        if (!currentUser.isHrAdmin()) {
            return; // managers may open /offboarding/*, but the ledger is HR's
        }
        LocalDate today = LocalDate.now(clock);
        if (patternTo == null) {
            patternTo = today;
            patternFrom = today.minusYears(1).plusDays(1);
        }
        reasons = reasonCategories.active();
        departments = directory.departments();
        refresh();
    }

    private void refresh() {
        rows = actions.ledger();
    }

    public void create() {
        try {
            actions.create(new ActionDraft(
                    reasonCode,
                    departmentCode,
                    patternFrom,
                    patternTo,
                    titleJa,
                    titleEn,
                    descriptionJa,
                    descriptionEn,
                    owner,
                    dueDate));
            messages.info("offboarding", "action.created");
            titleJa = titleEn = descriptionJa = descriptionEn = owner = null;
            dueDate = null;
            refresh();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void move(long actionId, String status) {
        try {
            actions.changeStatus(actionId, ActionStatus.valueOf(status));
            messages.info("offboarding", "action.statusChanged");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        refresh();
    }

    public void publish(long actionId, boolean published) {
        try {
            actions.publish(actionId, published);
            messages.info("offboarding", published ? "action.published" : "action.unpublished");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        refresh();
    }

    private Locale locale() {
        return localeSelection.getLocale();
    }

    public String reasonName(ReasonCategory reason) {
        return reason.name(locale());
    }

    public String departmentName(Department department) {
        return department.name(locale());
    }

    public String reason(ActionRow row) {
        return row.reason(locale());
    }

    public String department(ActionRow row) {
        String name = row.department(locale());
        return name != null ? name : messages.text("offboarding", "action.wholeCompany");
    }

    public String title(ActionRow row) {
        return row.title(locale());
    }

    public List<ActionRow> getRows() {
        return rows;
    }

    public List<ReasonCategory> getReasons() {
        return reasons;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(String reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public LocalDate getPatternFrom() {
        return patternFrom;
    }

    public void setPatternFrom(LocalDate patternFrom) {
        this.patternFrom = patternFrom;
    }

    public LocalDate getPatternTo() {
        return patternTo;
    }

    public void setPatternTo(LocalDate patternTo) {
        this.patternTo = patternTo;
    }

    public String getTitleJa() {
        return titleJa;
    }

    public void setTitleJa(String titleJa) {
        this.titleJa = titleJa;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionJa() {
        return descriptionJa;
    }

    public void setDescriptionJa(String descriptionJa) {
        this.descriptionJa = descriptionJa;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
