/**
 * Stay interviews with current employees, in the exit interviews' reason categories and under their
 * confidentiality rules, and the comparison of the concerns heard with the reasons people later left for.
 */
package jp.kizuna.alumni.offboarding.stay;
