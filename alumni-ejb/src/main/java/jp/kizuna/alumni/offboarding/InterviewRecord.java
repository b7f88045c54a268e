package jp.kizuna.alumni.offboarding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kizuna.alumni.offboarding.questionnaire.GivenAnswer;

/**
 * The write-up of a held interview as the form sends it. {@code heldOn} null keeps the scheduled
 * date; {@code namedReaders} only matters for {@link Confidentiality#HR_RESTRICTED}; {@code confidentiality}
 * null takes the default for the kind and the writer. {@code wideningConfirmed} says the writer chose
 * a level wider than the default (or than the one already recorded) on purpose: without it such a
 * level is refused, so no screen can widen who reads the notes without the writer knowing.
 * {@code answers} are the answers to HR's follow-up questions by question key; only a follow-up puts
 * questions, so other kinds ignore them.
 */
public record InterviewRecord(
        LocalDate heldOn,
        Set<InterviewGuide> guideCovered,
        String notes,
        Confidentiality confidentiality,
        List<String> namedReaders,
        boolean wideningConfirmed,
        Map<String, GivenAnswer> answers) {

    public InterviewRecord {
        answers = answers == null ? Map.of() : answers;
    }

    public InterviewRecord(
            LocalDate heldOn,
            Set<InterviewGuide> guideCovered,
            String notes,
            Confidentiality confidentiality,
            List<String> namedReaders,
            boolean wideningConfirmed) {
        this(heldOn, guideCovered, notes, confidentiality, namedReaders, wideningConfirmed, Map.of());
    }

    public InterviewRecord(
            LocalDate heldOn,
            Set<InterviewGuide> guideCovered,
            String notes,
            Confidentiality confidentiality,
            List<String> namedReaders) {
        this(heldOn, guideCovered, notes, confidentiality, namedReaders, false);
    }
}
