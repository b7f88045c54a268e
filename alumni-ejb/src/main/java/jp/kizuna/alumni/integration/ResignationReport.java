package jp.kizuna.alumni.integration;

import java.time.LocalDate;
import jp.kizuna.alumni.shared.BusinessException;

/** An HR system's notice that an employee resigned or was terminated, with the last working day. */
public record ResignationReport(String employeeNumber, LocalDate noticeDate, LocalDate lastDay, String statedReason) {

    /**
     * Refuses what no HR system means: text with control characters, a reason over the limit, and
     * dates outside the range accepted for hire dates (from 1900, at most a year ahead), so that a
     * mistyped year does not open a case that ends in 2206. The order of the dates is the case's rule.
     */
    public ResignationReport checked(LocalDate today) {
        RecordProblem problem = HrField.EMPLOYEE_NUMBER.problem(employeeNumber);
        if (problem == null) {
            problem = HrField.STATED_REASON.problem(statedReason);
        }
        if (problem == null) {
            problem = dateProblem("noticeDate", noticeDate, today);
        }
        if (problem == null) {
            problem = dateProblem("lastDay", lastDay, today);
        }
        if (problem != null) {
            throw new BusinessException(problem.key(), problem.arguments());
        }
        return this;
    }

    private static RecordProblem dateProblem(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(EmployeeRecord.latestDate(today))) {
            return new RecordProblem("integration.date.tooLate", field, date.toString());
        }
        if (date != null && date.isBefore(EmployeeRecord.EARLIEST_DATE)) {
            return new RecordProblem("integration.date.tooEarly", field, date.toString());
        }
        return null;
    }
}
