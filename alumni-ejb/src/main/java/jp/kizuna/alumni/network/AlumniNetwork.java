package jp.kizuna.alumni.network;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.LocalizedText;

/**
 * A network alumni belong to: the company-wide one (no department), or a department's pilot
 * with its own administrators, which is merged into the company-wide network once it proves itself.
 */
@Entity
@Table(name = "alumni_network")
public class AlumniNetwork extends BaseEntity {

    public static final String COMPANY_WIDE = "COMPANY";

    public enum Status {
        ACTIVE,
        MERGED
    }

    @Column(nullable = false, unique = true)
    private String code;

    @Embedded
    @AttributeOverride(name = "ja", column = @Column(name = "name_ja", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
    private LocalizedText name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.ACTIVE;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private AlumniNetwork mergedInto;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "merged_at")
    private LocalDateTime mergedAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "alumni_network_admin",
            joinColumns = @JoinColumn(name = "network_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    private Set<Employee> admins = new HashSet<>();

    protected AlumniNetwork() {}

    public AlumniNetwork(String code, String nameJa, String nameEn, Department department, LocalDateTime createdAt) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = LocalizedText.both(nameJa, nameEn);
        this.department = department;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isCompanyWide() {
        return department == null;
    }

    public void addAdmin(Employee admin) {
        requireActive();
        admins.add(admin);
    }

    public boolean isAdministeredBy(String loginName) {
        return admins.stream().anyMatch(admin -> loginName.equals(admin.getLoginName()));
    }

    /** Folds this pilot into {@code target}; the caller moves the members. */
    public void mergeInto(AlumniNetwork target, LocalDateTime now) {
        requireActive();
        if (isCompanyWide() || target == this || !target.isCompanyWide() || target.status != Status.ACTIVE) {
            throw new BusinessException("network.merge.invalid", code, target.code);
        }
        status = Status.MERGED;
        mergedInto = target;
        mergedAt = now;
    }

    private void requireActive() {
        if (status != Status.ACTIVE) {
            throw new BusinessException("network.merged", code);
        }
    }

    /** The company-wide network, which every member joins unless a pilot took them: reference data (V275). */
    public static AlumniNetwork companyWide(jakarta.persistence.EntityManager em) {
        return em.createQuery("select n from AlumniNetwork n where n.code = :code", AlumniNetwork.class)
                .setParameter("code", COMPANY_WIDE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("The company-wide network (reference data of V275) is missing"));
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

    public Department getDepartment() {
        return department;
    }

    public Status getStatus() {
        return status;
    }

    public AlumniNetwork getMergedInto() {
        return mergedInto;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getMergedAt() {
        return mergedAt;
    }

    public Set<Employee> getAdmins() {
        return java.util.Collections.unmodifiableSet(admins);
    }
}
