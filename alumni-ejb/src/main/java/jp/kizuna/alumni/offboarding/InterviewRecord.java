package jp.kizuna.alumni.offboarding;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The write-up of a held interview as the form sends it. {@code heldOn} null keeps the scheduled
 * date; {@code namedReaders} only matters for {@link Confidentiality#HR_RESTRICTED}.
 */
public record InterviewRecord(LocalDate heldOn, Set<InterviewGuide> guideCovered, String notes,
                              Confidentiality confidentiality, List<String> namedReaders) {
}
