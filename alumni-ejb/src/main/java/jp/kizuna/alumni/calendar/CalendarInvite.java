package jp.kizuna.alumni.calendar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One meeting as calendars see it. {@code uid} names the meeting for life (the same for the first
 * invite, every update and the cancellation); {@code sequence} counts its revisions. Start and end
 * are wall-clock times in the company's time zone, the zone the invite is written in.
 *
 * @param uid       stable identifier, e.g. {@code consultation-4711@alumni.kizuna.jp}
 * @param sequence  0 for the first invite, raised by each update and by the cancellation
 * @param method    REQUEST (new or changed) or CANCEL
 * @param allDay    a day without a time (DTSTART;VALUE=DATE): start's date to end's date, end exclusive
 * @param organizer who sends the invite (usually HR)
 * @param attendees everyone asked to come
 * @param url       where to join online (URL property), or null
 */
public record CalendarInvite(
        String uid,
        int sequence,
        Method method,
        LocalDateTime start,
        LocalDateTime end,
        boolean allDay,
        String summary,
        String description,
        String location,
        Party organizer,
        List<Party> attendees,
        String url) {

    /** RFC 5546 methods this application sends. */
    public enum Method {
        REQUEST,
        CANCEL
    }

    /** A person in an invite: a display name and the mail address calendars match on. */
    public record Party(String name, String email) {
        public Party {
            Objects.requireNonNull(email, "email");
        }
    }

    /** A meeting at a set time. */
    public CalendarInvite(
            String uid,
            int sequence,
            Method method,
            LocalDateTime start,
            LocalDateTime end,
            String summary,
            String description,
            String location,
            Party organizer,
            List<Party> attendees) {
        this(uid, sequence, method, start, end, false, summary, description, location, organizer, attendees, null);
    }

    public CalendarInvite(
            String uid,
            int sequence,
            Method method,
            LocalDateTime start,
            LocalDateTime end,
            boolean allDay,
            String summary,
            String description,
            String location,
            Party organizer,
            List<Party> attendees) {
        this(uid, sequence, method, start, end, allDay, summary, description, location, organizer, attendees, null);
    }

    /** The same meeting, joined online at {@code link}. */
    public CalendarInvite online(String link) {
        return new CalendarInvite(
                uid, sequence, method, start, end, allDay, summary, description, location, organizer, attendees, link);
    }

    /** Something on a day whose time is not fixed yet (e.g. an exit interview scheduled for a date). */
    public static CalendarInvite onDay(
            String uid,
            int sequence,
            Method method,
            java.time.LocalDate day,
            String summary,
            String description,
            Party organizer,
            List<Party> attendees) {
        return new CalendarInvite(
                uid,
                sequence,
                method,
                day.atStartOfDay(),
                day.plusDays(1).atStartOfDay(),
                true,
                summary,
                description,
                null,
                organizer,
                attendees);
    }

    public CalendarInvite {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(organizer, "organizer");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A meeting ends after it starts: " + start + " to " + end);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("SEQUENCE is never negative: " + sequence);
        }
        attendees = List.copyOf(attendees);
    }

    /** The file name a mail attachment or download gets. */
    public String fileName() {
        return method == Method.CANCEL ? "cancel.ics" : "invite.ics";
    }
}
