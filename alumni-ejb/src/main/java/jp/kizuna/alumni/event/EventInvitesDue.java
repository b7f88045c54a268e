package jp.kizuna.alumni.event;

import java.util.List;

/**
 * Fired inside the transaction that gave, moved or took away seats; the invites go out after it
 * committed. {@code rsvpIds} are the answers whose holders are written to.
 */
public record EventInvitesDue(long eventId, List<Long> rsvpIds, Kind kind) {

    public enum Kind {
        /** A seat was given (an answer, or the waiting list moved up): the invite. */
        SEAT,
        /** The event moved: an update of the same calendar entry. */
        MOVED,
        /** The event was called off: a CANCEL to everyone with a seat. */
        CANCELLED,
        /** The member gave their seat back: a CANCEL to them only. */
        SEAT_RELEASED
    }

    public EventInvitesDue {
        rsvpIds = List.copyOf(rsvpIds);
    }
}
