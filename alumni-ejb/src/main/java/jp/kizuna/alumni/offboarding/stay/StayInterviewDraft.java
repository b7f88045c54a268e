package jp.kizuna.alumni.offboarding.stay;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kizuna.alumni.offboarding.Confidentiality;
import jp.kizuna.alumni.offboarding.questionnaire.GivenAnswer;

/**
 * A stay interview as written up: with whom (employee number), when, the main concern and other concerns
 * (reason category codes, none when nothing worries them), the judged flight risk, the notes and who may
 * read them. A level wider than HR only needs {@code wideningConfirmed}. {@code answers} are the answers
 * to HR's stay-interview questions (of the version published now) by question key.
 */
public record StayInterviewDraft(
        String employeeNumber,
        LocalDate heldOn,
        String primaryConcern,
        Set<String> otherConcerns,
        FlightRisk risk,
        String notes,
        Confidentiality confidentiality,
        List<String> namedReaders,
        boolean wideningConfirmed,
        Map<String, GivenAnswer> answers)
        implements Serializable {

    public StayInterviewDraft {
        answers = answers == null ? Map.of() : answers;
    }

    public StayInterviewDraft(
            String employeeNumber,
            LocalDate heldOn,
            String primaryConcern,
            Set<String> otherConcerns,
            FlightRisk risk,
            String notes,
            Confidentiality confidentiality,
            List<String> namedReaders,
            boolean wideningConfirmed) {
        this(
                employeeNumber,
                heldOn,
                primaryConcern,
                otherConcerns,
                risk,
                notes,
                confidentiality,
                namedReaders,
                wideningConfirmed,
                Map.of());
    }
}
