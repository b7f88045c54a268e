package jp.kizuna.alumni.integration;

import java.time.LocalDate;

/** An HR system's notice that an employee resigned or was terminated, with the last working day. */
public record ResignationReport(String employeeNumber, LocalDate noticeDate, LocalDate lastDay, String statedReason) {
}
