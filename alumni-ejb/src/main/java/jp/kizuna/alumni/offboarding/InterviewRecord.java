package jp.kizuna.alumni.offboarding;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The write-up of a held interview as the form sends it. {@code heldOn} null keeps the scheduled
 * date; {@code namedReaders} only matters for {@link Confidentiality#HR_RESTRICTED}; {@code confidentiality}
 * null takes the default for the kind and the writer. {@code wideningConfirmed} says the writer chose
 * a level wider than the default (or than the one already recorded) on purpose: without it such a
 * level is refused, so no screen can widen who reads the notes without the writer knowing.
 */
public record InterviewRecord(LocalDate heldOn, Set<InterviewGuide> guideCovered, String notes,
                              Confidentiality confidentiality, List<String> namedReaders, boolean wideningConfirmed) {

    public InterviewRecord(LocalDate heldOn, Set<InterviewGuide> guideCovered, String notes,
                           Confidentiality confidentiality, List<String> namedReaders) {
        this(heldOn, guideCovered, notes, confidentiality, namedReaders, false);
    }
}
