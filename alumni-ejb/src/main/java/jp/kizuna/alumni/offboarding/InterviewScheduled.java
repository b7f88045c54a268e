package jp.kizuna.alumni.offboarding;

/** Fired inside the transaction that scheduled an exit interview; the invites go out after commit. */
public record InterviewScheduled(long interviewId) {}
