package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kizuna.alumni.offboarding.ReasonCategories;
import jp.kizuna.alumni.offboarding.ReasonCategory;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/** HR edits the real-reason categories: add, rename, mark controllable, retire. */
@Named
@ViewScoped
public class ReasonCategoryAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReasonCategories categories;

    @Inject
    private UserMessages messages;

    private List<ReasonCategory> list;

    private Long editedId;
    private String code;
    private String nameJa;
    private String nameEn;
    private boolean controllable;
    private int sortOrder = 500;
    private boolean active = true;

    public List<ReasonCategory> getList() {
        if (list == null) {
            list = categories.all();
        }
        return list;
    }

    public void edit(ReasonCategory category) {
        editedId = category.getId();
        code = category.getCode();
        nameJa = category.getNameJa();
        nameEn = category.getNameEn();
        controllable = category.isControllable();
        sortOrder = category.getSortOrder();
        active = category.isActive();
    }

    public void startNew() {
        editedId = null;
        code = null;
        nameJa = null;
        nameEn = null;
        controllable = false;
        sortOrder = 500;
        active = true;
    }

    public void save() {
        try {
            if (editedId == null) {
                categories.create(code, nameJa, nameEn, controllable, sortOrder);
            } else {
                categories.update(editedId, nameJa, nameEn, controllable, sortOrder, active);
            }
            messages.info("offboarding", "reasons.saved");
            list = null;
            startNew();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public boolean isControllable() {
        return controllable;
    }

    public void setControllable(boolean controllable) {
        this.controllable = controllable;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
