package jp.kizuna.alumni.integration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.kizuna.alumni.offboarding.OffboardingCase;

/** What an HR system is told about an employee's offboarding case: where it stands, not its content. */
public record CaseReport(
        long caseId,
        String employeeNumber,
        String status,
        LocalDate noticeDate,
        LocalDate lastDay,
        LocalDateTime openedAt) {

    static CaseReport of(OffboardingCase offboardingCase) {
        return new CaseReport(
                offboardingCase.getId(),
                offboardingCase.getEmployee().getEmployeeNumber(),
                offboardingCase.getStatus().name(),
                offboardingCase.getNoticeDate(),
                offboardingCase.getLastDay(),
                offboardingCase.getOpenedAt());
    }
}
