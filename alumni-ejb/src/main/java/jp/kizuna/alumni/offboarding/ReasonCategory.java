package jp.kizuna.alumni.offboarding;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.LocalizedText;

/**
 * A real reason for leaving as HR classifies it (pay, career, manager, workload, family...).
 * Controllable reasons are the ones the company could have changed; the analytics separate them
 * because they are where retention work pays. Categories are retired, never deleted, so old
 * cases keep their meaning.
 */
@Entity
@Table(name = "reason_category")
@Cacheable
public class ReasonCategory extends jp.kizuna.alumni.shared.BaseEntity implements Serializable {

    @Column(nullable = false, unique = true)
    private String code;

    @Embedded
    @AttributeOverride(name = "ja", column = @Column(name = "name_ja", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
    private LocalizedText name;

    @Column(nullable = false)
    private boolean controllable;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ReasonCategory() {}

    public ReasonCategory(String code, String nameJa, String nameEn, boolean controllable, int sortOrder) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new BusinessException("offboarding.reason.badCode", code);
        }
        this.code = code;
        update(nameJa, nameEn, controllable, sortOrder, true);
    }

    public void update(String nameJa, String nameEn, boolean controllable, int sortOrder, boolean active) {
        if (nameJa == null || nameJa.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new BusinessException("offboarding.reason.namesRequired");
        }
        this.name = LocalizedText.both(nameJa.strip(), nameEn.strip());
        this.controllable = controllable;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    public String getCode() {
        return code;
    }

    public String getNameJa() {
        return name.ja();
    }

    public String getNameEn() {
        return name.en();
    }

    public boolean isControllable() {
        return controllable;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
