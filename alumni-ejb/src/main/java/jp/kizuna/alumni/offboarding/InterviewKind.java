package jp.kizuna.alumni.offboarding;

/**
 * The conversations of an offboarding. OTHER is the optional talk with someone outside the line
 * (former boss, skip-level) when the manager relationship is what keeps the person from being
 * honest; FOLLOW_UP happens after the last day, when people say what they could not say before.
 */
public enum InterviewKind {
    MANAGER,
    HR,
    OTHER,
    FOLLOW_UP
}
