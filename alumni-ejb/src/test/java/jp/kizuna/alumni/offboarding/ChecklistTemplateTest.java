package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;
import org.junit.jupiter.api.Test;

class ChecklistTemplateTest {

    static <T extends BaseEntity> T withId(T entity, long id) throws Exception {
        Field field = BaseEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }

    @Test
    void theMostSpecificTemplateFitsBest() throws Exception {
        Department engineering = withId(new Department("ENG", "開発部", "Engineering"), 1L);
        Department sales = withId(new Department("SALES", "営業部", "Sales"), 2L);
        ChecklistTemplate general = new ChecklistTemplate("共通", "General", null, null);
        ChecklistTemplate eng = new ChecklistTemplate("開発部", "Engineering", engineering, null);
        ChecklistTemplate engLead = new ChecklistTemplate("開発リーダー", "Engineering lead", engineering, "Team Lead");
        assertTrue(engLead.fit(engineering, "team lead") > eng.fit(engineering, "team lead"));
        assertTrue(eng.fit(engineering, "Engineer") > general.fit(engineering, "Engineer"));
        assertTrue(engLead.fit(engineering, "Engineer") < 0);
        assertTrue(eng.fit(sales, null) < 0);
        assertEquals(0, general.fit(sales, null));
        general.update("共通", "General", null, null, false);
        assertTrue(general.fit(sales, null) < 0, "inactive templates never apply");
    }

    @Test
    void itemsAreDueRelativeToTheLastDayAndFollowIt() {
        ChecklistTemplate template = new ChecklistTemplate("共通", "General", null, null);
        ChecklistTemplateItem laptop =
                template.addItem("PC返却", "Return laptop", ChecklistCategory.EQUIPMENT_RETURN, TaskOwner.LEAVER, 0);
        ChecklistTemplateItem handover = template.addItem(
                "引継書", "Handover document", ChecklistCategory.KNOWLEDGE_TRANSFER, TaskOwner.MANAGER, -14);
        OffboardingCase offboarding = OffboardingCaseTest.newCase();
        ChecklistItem returnLaptop = new ChecklistItem(offboarding, laptop, "鈴木 一郎");
        ChecklistItem document = new ChecklistItem(offboarding, handover, "佐藤 健");
        assertEquals(OffboardingCaseTest.LAST_DAY, returnLaptop.getDueDate());
        assertEquals(OffboardingCaseTest.LAST_DAY.minusDays(14), document.getDueDate());
        assertTrue(document.isOverdue(OffboardingCaseTest.LAST_DAY.minusDays(13)));
        assertFalse(returnLaptop.isOverdue(OffboardingCaseTest.LAST_DAY));

        offboarding.changeLastDay(OffboardingCaseTest.LAST_DAY.plusDays(7));
        document.lastDayMoved();
        assertEquals(OffboardingCaseTest.LAST_DAY.minusDays(7), document.getDueDate());
        document.complete(java.time.LocalDateTime.now(), "manager.sato");
        assertFalse(document.isOverdue(OffboardingCaseTest.LAST_DAY.plusDays(30)));
        assertThrows(BusinessException.class, () -> document.complete(java.time.LocalDateTime.now(), "x"));
    }

    @Test
    void itemsNeedBothLanguagesAndAnOwner() {
        ChecklistTemplate template = new ChecklistTemplate("共通", "General", null, null);
        assertThrows(
                BusinessException.class, () -> template.addItem("PC返却", " ", ChecklistCategory.OTHER, TaskOwner.IT, 0));
        assertThrows(
                BusinessException.class, () -> template.addItem("PC返却", "Laptop", ChecklistCategory.OTHER, null, 0));
        assertThrows(
                BusinessException.class,
                () -> template.addItem("PC返却", "Laptop", ChecklistCategory.OTHER, TaskOwner.IT, 400));
    }

    @Test
    void departmentTasksAddToTheCommonStatutoryTasksWithoutDuplicates() throws Exception {
        Department engineering = withId(new Department("ENG", "開発部", "Engineering"), 1L);
        Department sales = withId(new Department("SALES", "営業部", "Sales"), 2L);
        ChecklistTemplate common = withId(new ChecklistTemplate("共通", "Common", null, null), 10L);
        common.addItem("離職票の交付", "Issue the separation notice", ChecklistCategory.FINAL_PAPERWORK, TaskOwner.HR, 10);
        common.addItem(
                "健康保険証の回収", "Collect the health insurance card", ChecklistCategory.EQUIPMENT_RETURN, TaskOwner.HR, 0);
        common.addItem("アカウント停止", "Disable accounts", ChecklistCategory.ACCESS_REMOVAL, TaskOwner.IT, 1);
        ChecklistTemplate eng = withId(new ChecklistTemplate("開発部", "Engineering", engineering, null), 11L);
        eng.addItem(
                "リポジトリのオーナー変更", "Transfer repositories", ChecklistCategory.KNOWLEDGE_TRANSFER, TaskOwner.MANAGER, -7);
        eng.addItem("アカウント 停止", "Disable  accounts", ChecklistCategory.ACCESS_REMOVAL, TaskOwner.IT, 0);

        java.util.List<ChecklistTemplateItem> tasks =
                ChecklistTemplate.tasksFor(java.util.List.of(eng, common), engineering, "Engineer");
        assertEquals(
                java.util.List.of("離職票の交付", "健康保険証の回収", "アカウント 停止", "リポジトリのオーナー変更"),
                tasks.stream().map(ChecklistTemplateItem::getTitleJa).toList());
        assertEquals(0, tasks.get(2).getDaysFromLastDay(), "the department's version of a repeated task wins");
        assertEquals(
                3,
                ChecklistTemplate.tasksFor(java.util.List.of(eng, common), sales, null)
                        .size(),
                "other departments get the common tasks only");
    }

    @Test
    void confidentialityStartsNarrowForHrAndFollowUpsAndNeverWidensByItself() {
        assertEquals(Confidentiality.HR_ONLY, Confidentiality.defaultFor(InterviewKind.HR, true));
        assertEquals(Confidentiality.HR_ONLY, Confidentiality.defaultFor(InterviewKind.FOLLOW_UP, true));
        assertEquals(Confidentiality.HR_ONLY, Confidentiality.defaultFor(InterviewKind.MANAGER, true));
        assertEquals(Confidentiality.HR_ONLY, Confidentiality.defaultFor(InterviewKind.OTHER, false));
        assertEquals(Confidentiality.MANAGER_AND_HR, Confidentiality.defaultFor(InterviewKind.MANAGER, false));
        assertTrue(Confidentiality.MANAGER_AND_HR.widerThan(Confidentiality.HR_ONLY));
        assertFalse(Confidentiality.HR_RESTRICTED.widerThan(Confidentiality.HR_ONLY));
        assertEquals(Confidentiality.HR_ONLY, Confidentiality.HR_ONLY.narrowest(Confidentiality.MANAGER_AND_HR));
        assertEquals(Confidentiality.HR_RESTRICTED, Confidentiality.HR_ONLY.narrowest(Confidentiality.HR_RESTRICTED));
    }
}
