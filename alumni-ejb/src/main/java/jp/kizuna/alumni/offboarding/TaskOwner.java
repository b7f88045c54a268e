package jp.kizuna.alumni.offboarding;

/**
 * Who does a checklist task. Templates name a role; the case resolves MANAGER and LEAVER to the
 * actual people, HR and IT stay teams.
 */
public enum TaskOwner {
    MANAGER,
    LEAVER,
    HR,
    IT
}
