package jp.kizuna.alumni.offboarding;

/**
 * A resignation as it reaches us, from the manager or HR in the UI or from the HR system over SOAP.
 * The stated reason is what the person wrote (often 「一身上の都合」); the real reasons come later,
 * from the interviews.
 */
public record ResignationNotice(
        String employeeNumber,
        java.time.LocalDate noticeDate,
        java.time.LocalDate lastDay,
        String statedReason,
        NoticeSource source) {}
