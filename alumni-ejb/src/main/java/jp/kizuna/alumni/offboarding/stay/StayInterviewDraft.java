package jp.kizuna.alumni.offboarding.stay;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.kizuna.alumni.offboarding.Confidentiality;

/**
 * A stay interview as written up: with whom (employee number), when, the main concern and other concerns
 * (reason category codes, none when nothing worries them), the judged flight risk, the notes and who may
 * read them. A level wider than HR only needs {@code wideningConfirmed}.
 */
public record StayInterviewDraft(String employeeNumber, LocalDate heldOn, String primaryConcern,
                                 Set<String> otherConcerns, FlightRisk risk, String notes,
                                 Confidentiality confidentiality, List<String> namedReaders,
                                 boolean wideningConfirmed) implements Serializable {
}
