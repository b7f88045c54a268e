package jp.kizuna.alumni.offboarding.stay;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.kizuna.alumni.offboarding.Confidentiality;

/**
 * A stay interview in a list: who and when for everyone allowed to see the list; the concerns (category
 * codes), the risk and whether there are notes or answers to HR's questions ({@code hasNotes}) only when
 * {@code readable} (else empty and null).
 */
public record StaySummary(
        long id,
        String employeeNumber,
        String employeeName,
        LocalDate heldOn,
        String interviewerName,
        Confidentiality confidentiality,
        boolean readable,
        String primaryConcern,
        List<String> otherConcerns,
        FlightRisk risk,
        boolean hasNotes)
        implements Serializable {}
