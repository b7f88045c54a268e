package jp.kizuna.alumni.offboarding;

import java.io.Serializable;
import jp.kizuna.alumni.offboarding.questionnaire.AnswerSheet;

/**
 * What a reader allowed by the interview's confidentiality level gets: the notes (null when none or
 * erased) and the answers to HR's questions with the questions of their version ({@code answers} null
 * when the interview put none: a stay or follow-up interview always has a version, other exit
 * interviews do not).
 */
public record InterviewWriteUp(String notes, AnswerSheet answers) implements Serializable {}
