package jp.kizuna.alumni.identity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.LocalizedText;

/** An organisational unit, named in Japanese and English. Rarely changes, so it is cached. */
@Entity
@Table(name = "department")
@Cacheable
public class Department extends BaseEntity {

    @Column(nullable = false, unique = true)
    private String code;

    @Embedded
    @AttributeOverride(name = "ja", column = @Column(name = "name_ja", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
    private LocalizedText name;

    protected Department() {}

    public Department(String code, String nameJa, String nameEn) {
        this.code = Objects.requireNonNull(code, "code");
        rename(nameJa, nameEn);
    }

    public void rename(String nameJa, String nameEn) {
        this.name = LocalizedText.both(nameJa, nameEn);
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
}
