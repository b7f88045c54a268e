package jp.kizuna.alumni.offboarding;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * An interview as lists show it: everything but the notes, plus whether the reader may open them
 * ({@code hasNotes}: notes or answers to HR's follow-up questions, both under the interview's level).
 * Notes are fetched one by one through {@link ExitInterviews#readNotes}, so each read is audited.
 */
public record InterviewSummary(
        long id,
        InterviewKind kind,
        LocalDate date,
        String interviewerLogin,
        String interviewerName,
        boolean held,
        Set<InterviewGuide> guideCovered,
        Confidentiality confidentiality,
        boolean hasNotes,
        boolean notesReadable)
        implements Serializable {}
