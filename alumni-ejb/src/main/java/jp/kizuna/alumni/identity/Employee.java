package jp.kizuna.alumni.identity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.PersonName;

/**
 * A person employed by the company, now or before. The same record carries them through
 * resignation and, if they join, into the alumni network: an alumnus is not a copy.
 * Names follow Japanese order (family name first) with kana readings for sorting and search.
 */
@Entity
@Table(name = "employee")
// Never in the shared cache: the HR synchronisation writes new employees as plain JDBC rows
// (NewEmployeeRows), which a cached copy would not see.
@Cacheable(false)
public class Employee extends BaseEntity {

    @Column(name = "employee_number", nullable = false, unique = true)
    private String employeeNumber;

    /** The Keycloak user name ({@code preferred_username}) this person signs in with. */
    @Column(name = "login_name", unique = true)
    private String loginName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name_kana")
    private String familyNameKana;

    @Column(name = "given_name_kana")
    private String givenNameKana;

    // Search keys of the four names (see SearchKey), kept with them for the directory's prefix search.
    @Column(name = "family_name_key")
    private String familyNameKey;

    @Column(name = "given_name_key")
    private String givenNameKey;

    @Column(name = "family_kana_key")
    private String familyKanaKey;

    @Column(name = "given_kana_key")
    private String givenKanaKey;

    // The romaji keys of the reading (see Romaji): family name first ("yamada" and "yamada taro"
    // find 山田 太郎) and given name first ("taro" and "taro yamada"), for the directory's prefix search.
    @Column(name = "romaji_key")
    private String romajiKey;

    @Column(name = "given_first_romaji_key")
    private String givenFirstRomajiKey;

    @Column(name = "work_email")
    private String workEmail;

    @Column(name = "personal_email")
    private String personalEmail;

    @Column(name = "job_title")
    private String jobTitle;

    /** 等級 as HR's data names it; null when HR has never sent one. */
    @Column(name = "job_grade")
    private String jobGrade;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Employee manager;

    @Column(name = "hire_date")
    private LocalDate hireDate;

    @Column(name = "leaving_date")
    private LocalDate leavingDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmploymentStatus status = EmploymentStatus.ACTIVE;

    @Column(name = "preferred_locale", nullable = false)
    private String preferredLocale = "ja";

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Employee() {}

    public Employee(String employeeNumber, String familyName, String givenName) {
        this.employeeNumber = Objects.requireNonNull(employeeNumber, "employeeNumber");
        rename(familyName, givenName, null, null);
    }

    public void rename(String familyName, String givenName, String familyNameKana, String givenNameKana) {
        this.familyName = Objects.requireNonNull(familyName, "familyName");
        this.givenName = Objects.requireNonNull(givenName, "givenName");
        this.familyNameKana = familyNameKana;
        this.givenNameKana = givenNameKana;
        this.familyNameKey = SearchKey.of(familyName);
        this.givenNameKey = SearchKey.of(givenName);
        this.familyKanaKey = SearchKey.of(familyNameKana);
        this.givenKanaKey = SearchKey.of(givenNameKana);
        this.romajiKey = Romaji.nameKey(familyName, familyNameKana, givenName, givenNameKana);
        this.givenFirstRomajiKey = Romaji.nameKey(givenName, givenNameKana, familyName, familyNameKana);
    }

    public PersonName getName() {
        return new PersonName(familyName, givenName, familyNameKana, givenNameKana);
    }

    /** 「山田 太郎」 in Japanese, "YAMADA Taro" in English: see {@link PersonName}. */
    public String displayName(Locale locale) {
        return getName().display(locale);
    }

    /** The Japanese form, for records written once and read in either language (a checklist owner, an interviewer). */
    public String getFullName() {
        return getName().display(Locale.JAPANESE);
    }

    public String getFullNameKana() {
        return getName().kana();
    }

    /** True when {@code person} is this employee's line manager or above them in the line. */
    public boolean reportsTo(Employee person) {
        int depth = 0;
        for (Employee boss = manager; boss != null && depth < 50; boss = boss.manager, depth++) {
            if (boss.equals(person)) {
                return true;
            }
        }
        return false;
    }

    public void resignationReceived(LocalDate lastDay) {
        this.status = EmploymentStatus.LEAVING;
        this.leavingDate = lastDay;
    }

    public void resignationWithdrawn() {
        this.status = EmploymentStatus.ACTIVE;
        this.leavingDate = null;
    }

    public void left(LocalDate lastDay) {
        this.status = EmploymentStatus.LEFT;
        this.leavingDate = lastDay;
    }

    /** Whole years from hire to the leaving date (or to {@code today} while employed). */
    public int yearsOfService(LocalDate today) {
        if (hireDate == null) {
            return 0;
        }
        LocalDate end = leavingDate != null && leavingDate.isBefore(today) ? leavingDate : today;
        return Math.max(0, Period.between(hireDate, end).getYears());
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = LocalDateTime.now();
    }

    /** Written as a plain JDBC row by {@link NewEmployeeRows}: what persist would have done. */
    void storedAs(long newId) {
        insertedAs(newId);
        touch();
    }

    String preferredLanguage() {
        return preferredLocale;
    }

    String familyNameKey() {
        return familyNameKey;
    }

    String givenNameKey() {
        return givenNameKey;
    }

    String romajiKey() {
        return romajiKey;
    }

    String givenFirstRomajiKey() {
        return givenFirstRomajiKey;
    }

    String familyKanaKey() {
        return familyKanaKey;
    }

    String givenKanaKey() {
        return givenKanaKey;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyNameKana() {
        return familyNameKana;
    }

    public String getGivenNameKana() {
        return givenNameKana;
    }

    public String getWorkEmail() {
        return workEmail;
    }

    public void setWorkEmail(String workEmail) {
        this.workEmail = workEmail;
    }

    public String getPersonalEmail() {
        return personalEmail;
    }

    /** Where mail reaches the person: the personal address if known (the work one closes on the last day). */
    public String mailAddress() {
        return personalEmail != null ? personalEmail : workEmail;
    }

    public void setPersonalEmail(String personalEmail) {
        this.personalEmail = personalEmail;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getJobGrade() {
        return jobGrade;
    }

    public void setJobGrade(String jobGrade) {
        this.jobGrade = jobGrade;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public Employee getManager() {
        return manager;
    }

    public void setManager(Employee manager) {
        if (manager != null && (manager.equals(this) || manager.reportsTo(this))) {
            throw new IllegalArgumentException("A manager cannot report to their own report");
        }
        this.manager = manager;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public LocalDate getLeavingDate() {
        return leavingDate;
    }

    public EmploymentStatus getStatus() {
        return status;
    }

    public Locale getPreferredLocale() {
        return Locale.forLanguageTag(preferredLocale);
    }

    public void setPreferredLocale(Locale locale) {
        this.preferredLocale = locale.getLanguage();
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
