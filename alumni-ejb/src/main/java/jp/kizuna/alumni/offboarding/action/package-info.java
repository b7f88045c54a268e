/**
 * From leaving reasons to action: HR's improvement actions for a pattern of real reasons, the
 * employees' aggregated "you said, we did" page and the reason's share before and after each action.
 */
package jp.kizuna.alumni.offboarding.action;
