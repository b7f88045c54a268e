package jp.kizuna.alumni.identity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import jp.kizuna.alumni.shared.BaseEntity;

/** An organisational unit, named in Japanese and English. Rarely changes, so it is cached. */
@Entity
@Table(name = "department")
@Cacheable
public class Department extends BaseEntity {

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected Department() {
    }

    public Department(String code, String nameJa, String nameEn) {
        this.code = Objects.requireNonNull(code, "code");
        rename(nameJa, nameEn);
    }

    public void rename(String nameJa, String nameEn) {
        this.nameJa = Objects.requireNonNull(nameJa, "nameJa");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
    }

    public String name(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? nameJa : nameEn;
    }

    public String getCode() {
        return code;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }
}
