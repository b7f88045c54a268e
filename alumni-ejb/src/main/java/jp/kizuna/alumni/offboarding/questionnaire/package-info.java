/**
 * Questionnaires HR writes: the exit survey's questions and the questions of the follow-up and stay
 * interviews, versioned. A published version never
 * changes; HR edits a draft copy and publishes it as the next number. Answers keep the version they
 * were given under, and the questions the analytics read are found by a stable key, not by wording.
 */
package jp.kizuna.alumni.offboarding.questionnaire;
