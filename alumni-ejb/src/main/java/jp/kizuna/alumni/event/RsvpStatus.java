package jp.kizuna.alumni.event;

/** An alumnus's answer to an event invitation. */
public enum RsvpStatus {
    GOING,
    WAITLISTED,
    CANCELLED
}
