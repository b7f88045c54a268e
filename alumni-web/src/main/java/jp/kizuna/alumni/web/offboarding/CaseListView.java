package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.offboarding.CaseFilter;
import jp.kizuna.alumni.offboarding.CaseStatus;
import jp.kizuna.alumni.offboarding.NoticeSource;
import jp.kizuna.alumni.offboarding.OffboardingCase;
import jp.kizuna.alumni.offboarding.OffboardingCases;
import jp.kizuna.alumni.offboarding.ResignationNotice;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.CurrentUser;
import jp.kizuna.alumni.web.shared.PersonPick;
import jp.kizuna.alumni.web.shared.UserMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The case list: filtered and paged in the database, exportable; and the form to open a case. */
@Named
@ViewScoped
public class CaseListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OffboardingCases cases;

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UserMessages messages;

    private String text;
    private CaseStatus status;
    private String departmentCode;
    private LocalDate lastDayFrom;
    private LocalDate lastDayTo;
    private boolean openOnly = true;

    private String employeeNumber;
    private PersonPick person;
    private LocalDate noticeDate;
    private LocalDate lastDay;
    private String statedReason;

    private final LazyDataModel<OffboardingCase> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) cases.count(filter());
        }

        @Override
        public List<OffboardingCase> load(
                int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Ordering ordering = Ordering.of(sort);
            return cases.search(filter(), first, pageSize, ordering.field(), ordering.ascending());
        }

        @Override
        public String getRowKey(OffboardingCase row) {
            return String.valueOf(row.getId());
        }
    };

    /** The table's sort as the search takes it: by last day, soonest first, until the user sorts a column. */
    record Ordering(String field, boolean ascending) {

        static Ordering of(Map<String, SortMeta> sort) {
            SortMeta order = sort == null || sort.isEmpty()
                    ? null
                    : sort.values().iterator().next();
            return order == null
                    ? new Ordering("lastDay", true)
                    : new Ordering(order.getField(), order.getOrder() != SortOrder.DESCENDING);
        }
    }

    CaseFilter filter() {
        return new CaseFilter(text, status, departmentCode, lastDayFrom, lastDayTo, openOnly);
    }

    public String open() {
        try {
            NoticeSource source = currentUser.isHrAdmin() ? NoticeSource.HR : NoticeSource.MANAGER;
            OffboardingCase opened =
                    cases.openCase(new ResignationNotice(employeeNumber, noticeDate, lastDay, statedReason, source));
            messages.info("offboarding", "case.opened", opened.getEmployee().getEmployeeNumber());
            return "/offboarding/case?faces-redirect=true&id=" + opened.getId();
        } catch (BusinessException refused) {
            messages.refused(refused);
            return null;
        }
    }

    /** Called before the exporter writes the file, so the export of personal data is audited. */
    public void exported(String format) {
        cases.recordExport(filter(), format);
    }

    public List<Department> getDepartments() {
        return directory.departments();
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public LazyDataModel<OffboardingCase> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public LocalDate getLastDayFrom() {
        return lastDayFrom;
    }

    public void setLastDayFrom(LocalDate lastDayFrom) {
        this.lastDayFrom = lastDayFrom;
    }

    public LocalDate getLastDayTo() {
        return lastDayTo;
    }

    public void setLastDayTo(LocalDate lastDayTo) {
        this.lastDayTo = lastDayTo;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    /** The leaver as picked by name, reading or employee number in the new-case dialog. */
    public PersonPick getPerson() {
        return person;
    }

    public void setPerson(PersonPick person) {
        this.person = person;
        this.employeeNumber = person == null ? null : person.employeeNumber();
    }

    public LocalDate getNoticeDate() {
        return noticeDate;
    }

    public void setNoticeDate(LocalDate noticeDate) {
        this.noticeDate = noticeDate;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getStatedReason() {
        return statedReason;
    }

    public void setStatedReason(String statedReason) {
        this.statedReason = statedReason;
    }
}
