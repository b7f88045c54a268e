package jp.kizuna.alumni.offboarding.action;

/** Where an improvement action stands; DONE and CANCELLED are final. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean isFinal() {
        return this == DONE || this == CANCELLED;
    }
}
