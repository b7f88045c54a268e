package jp.kizuna.alumni.offboarding.stay;

/** How likely the interviewer judges the employee to leave within a year. */
public enum FlightRisk {
    LOW,
    MEDIUM,
    HIGH
}
