package jp.kizuna.alumni.consultation;

/**
 * Fired inside the transaction that changed a consultation; the mails (and calendar invites) go
 * out only after it committed, so nobody is invited to a meeting that was rolled back.
 */
public record ConsultationChanged(long consultationId, Change change) {

    public enum Change {
        REQUESTED,
        SLOTS_OFFERED,
        SCHEDULED,
        RESCHEDULE_ASKED,
        CANCELLED
    }
}
