package jp.kizuna.alumni.web.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kizuna.alumni.offboarding.CaseFilter;
import jp.kizuna.alumni.offboarding.CaseStatus;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The case list's search as the HR person sets it up: filters from the form, sort from the table. */
class CaseListViewTest {

    @Test
    void unsortedTheListShowsTheSoonestLastDayFirst() {
        assertEquals(new CaseListView.Ordering("lastDay", true), CaseListView.Ordering.of(null));
        assertEquals(new CaseListView.Ordering("lastDay", true), CaseListView.Ordering.of(Map.of()));
    }

    @Test
    void aSortedColumnIsSearchedInItsDirection() {
        Map<String, SortMeta> sort = new LinkedHashMap<>();
        sort.put(
                "employee",
                SortMeta.builder()
                        .field("employee.familyNameKey")
                        .order(SortOrder.DESCENDING)
                        .build());
        assertEquals(new CaseListView.Ordering("employee.familyNameKey", false), CaseListView.Ordering.of(sort));

        sort.put(
                "employee",
                SortMeta.builder()
                        .field("noticeDate")
                        .order(SortOrder.ASCENDING)
                        .build());
        assertEquals(new CaseListView.Ordering("noticeDate", true), CaseListView.Ordering.of(sort));
    }

    @Test
    void theListOpensOnOpenCasesAndTheFormsFiltersReachTheSearch() {
        CaseListView list = new CaseListView();
        assertTrue(list.filter().openOnly(), "a closed case is looked for on purpose");

        list.setText("山田");
        list.setStatus(CaseStatus.HANDOVER);
        list.setDepartmentCode("ENG");
        list.setLastDayFrom(LocalDate.of(2026, 4, 1));
        list.setLastDayTo(LocalDate.of(2026, 6, 30));
        list.setOpenOnly(false);
        assertEquals(
                new CaseFilter(
                        "山田", CaseStatus.HANDOVER, "ENG", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), false),
                list.filter());
    }
}
