package jp.kizuna.alumni.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import jp.kizuna.alumni.identity.EmployeeDirectory;
import jp.kizuna.alumni.identity.EmploymentStatus;

/** The HR administrator's start page: the headcount by employment status. */
@Named
@RequestScoped
public class AdminHome {

    @Inject
    private EmployeeDirectory directory;

    private Map<EmploymentStatus, Long> headcount;

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
