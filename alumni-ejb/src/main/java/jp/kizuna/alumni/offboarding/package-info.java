/**
 * Offboarding: the case that opens when a resignation is received and follows the leaver through
 * interviews, handover and the last day to a follow-up conversation, recording the real reasons,
 * retention attempts, the handover checklist and the exit survey, and feeding HR's departure
 * analytics. Entry points are the services {@link jp.kizuna.alumni.offboarding.OffboardingCases},
 * {@link jp.kizuna.alumni.offboarding.ExitInterviews}, {@link jp.kizuna.alumni.offboarding.Checklists},
 * {@link jp.kizuna.alumni.offboarding.ExitSurveys} and {@link jp.kizuna.alumni.offboarding.OffboardingAnalytics};
 * the HR system's SOAP path calls the same {@code OffboardingCases.openCase}.
 */
package jp.kizuna.alumni.offboarding;
