package jp.kizuna.alumni.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.identity.EmploymentStatus;
import jp.kizuna.alumni.worklist.HrWork;
import jp.kizuna.alumni.worklist.HrWorklist;

/**
 * The HR administrator's start page: an inbox of the work waiting (each item links to where it is
 * done), and below it the headcount by employment status.
 */
@Named
@RequestScoped
public class AdminHomeView {

    @Inject
    private EmployeeDirectory directory;

    @Inject
    private HrWorklist worklist;

    private Map<EmploymentStatus, Long> headcount;
    private HrWork work;

    public HrWork getWork() {
        if (work == null) {
            work = worklist.waiting();
        }
        return work;
    }

    public long count(String status) {
        if (headcount == null) {
            headcount = directory.countByStatus();
        }
        return headcount.getOrDefault(EmploymentStatus.valueOf(status), 0L);
    }

    public int getDepartmentCount() {
        return directory.departments().size();
    }
}
