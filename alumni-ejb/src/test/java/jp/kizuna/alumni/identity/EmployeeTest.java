package jp.kizuna.alumni.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EmployeeTest {

    @Test
    void namesFollowTheReadersConvention() {
        Employee employee = new Employee("E1", "山田", "太郎");
        employee.rename("山田", "太郎", "ヤマダ", "タロウ");
        assertEquals("山田 太郎", employee.displayName(Locale.JAPANESE));
        assertEquals("YAMADA Taro", employee.displayName(Locale.ENGLISH));
        assertEquals("ヤマダ タロウ", employee.getFullNameKana());
        assertNull(new Employee("E2", "Smith", "Emily").getFullNameKana());
    }

    @Test
    void mailGoesToThePersonalAddressWhenThereIsOne() {
        Employee leaver = new Employee("E3", "林", "さくら");
        assertNull(leaver.mailAddress());
        leaver.setWorkEmail("s.hayashi@example.co.jp");
        assertEquals("s.hayashi@example.co.jp", leaver.mailAddress());
        leaver.setPersonalEmail("sakura@example.net");
        assertEquals("sakura@example.net", leaver.mailAddress(), "the work address closes on the last day");
    }

    @Test
    void reportingLineIsFollowedUpwards() {
        Employee director = withId(new Employee("D", "部長", "一郎"), 1L);
        Employee manager = withId(new Employee("M", "課長", "二郎"), 2L);
        Employee member = withId(new Employee("S", "社員", "三郎"), 3L);
        manager.setManager(director);
        member.setManager(manager);
        assertTrue(member.reportsTo(manager));
        assertTrue(member.reportsTo(director));
        assertFalse(director.reportsTo(member));
        assertThrows(IllegalArgumentException.class, () -> director.setManager(member));
    }

    @Test
    void resignationMovesTheRecordThroughItsStatuses() {
        Employee employee = new Employee("E3", "田中", "美咲");
        employee.setHireDate(LocalDate.of(2019, 4, 1));
        employee.resignationReceived(LocalDate.of(2026, 12, 31));
        assertEquals(EmploymentStatus.LEAVING, employee.getStatus());
        employee.resignationWithdrawn();
        assertEquals(EmploymentStatus.ACTIVE, employee.getStatus());
        assertNull(employee.getLeavingDate());
        employee.left(LocalDate.of(2026, 3, 31));
        assertEquals(EmploymentStatus.LEFT, employee.getStatus());
        assertEquals(6, employee.yearsOfService(LocalDate.of(2030, 1, 1)));
    }

    private static Employee withId(Employee employee, long id) {
        try {
            var field = jp.kizuna.alumni.shared.BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(employee, id);
            return employee;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
