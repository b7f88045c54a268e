package jp.kizuna.alumni.identity;

import java.time.LocalDate;

/**
 * CDI event: the employee's last day has passed and their record is now LEFT. The alumni network
 * turns a leaver who consented into an alumnus (the same record, not a copy). Fired inside the
 * transaction that records the departure.
 */
public record EmployeeLeft(long employeeId, LocalDate lastDay) {}
