package jp.kizuna.alumni.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes invites as RFC 5545 text with ical4j (in the EAR's lib): DTSTART/DTEND with the
 * company's TZID (ALUMNI_TIME_ZONE, from {@link Clock}) and its VTIMEZONE, so every calendar shows
 * the meeting at the same moment whatever zone the reader's device is in.
 */
@ApplicationScoped
public class ICalendarWriter {

    static final String PRODUCT = "-//Kizuna//Alumni//EN";

    @Inject
    private Clock clock;

    /** Loading a zone definition reads the bundled tz data; one registry per application. */
    private TimeZoneRegistry zones;

    public ICalendarWriter() {}

    /** Outside a container (unit tests): the given clock's zone is the company's zone. */
    ICalendarWriter(Clock clock) {
        this.clock = clock;
        loadZones();
    }

    @PostConstruct
    void loadZones() {
        zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** The invite as the text of an .ics file (CRLF line ends, folded at 75 octets). */
    public String write(CalendarInvite invite) {
        ZoneId zoneId = zone();
        TimeZone zone = zones.getTimeZone(zoneId.getId());
        if (zone == null) {
            throw new IllegalStateException("No VTIMEZONE for the company's zone " + zoneId);
        }
        VEvent event = invite.allDay()
                ? new VEvent(invite.start().toLocalDate(), invite.end().toLocalDate(), invite.summary())
                : new VEvent(invite.start().atZone(zoneId), invite.end().atZone(zoneId), invite.summary());
        event.replace(new DtStamp(Instant.now(clock)));
        event.add(new Uid(invite.uid()));
        event.add(new Sequence(invite.sequence()));
        event.add(
                invite.method() == CalendarInvite.Method.CANCEL
                        ? ImmutableStatus.VEVENT_CANCELLED
                        : ImmutableStatus.VEVENT_CONFIRMED);
        if (invite.description() != null && !invite.description().isBlank()) {
            event.add(new Description(invite.description()));
        }
        if (invite.location() != null && !invite.location().isBlank()) {
            event.add(new Location(invite.location()));
        }
        if (invite.url() != null) {
            event.add(new net.fortuna.ical4j.model.property.Url(java.net.URI.create(invite.url())));
        }
        Organizer organizer = new Organizer(mailto(invite.organizer().email()));
        if (invite.organizer().name() != null) {
            organizer.add(new Cn(invite.organizer().name()));
        }
        event.add(organizer);
        for (CalendarInvite.Party party : invite.attendees()) {
            Attendee attendee = new Attendee(mailto(party.email()));
            if (party.name() != null) {
                attendee.add(new Cn(party.name()));
            }
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(invite.method() == CalendarInvite.Method.CANCEL ? Rsvp.FALSE : Rsvp.TRUE);
            event.add(attendee);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(
                invite.method() == CalendarInvite.Method.CANCEL ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(zone.getVTimeZone());
        calendar.add(event);
        StringWriter text = new StringWriter();
        try {
            // Validation off: a CANCEL legitimately omits what a REQUEST must carry; the record checks the rest.
            // Unfolded here and folded below: ical4j folds at 75 characters, RFC 5545 asks for 75 octets,
            // which Japanese text (3 octets a character in UTF-8) overruns three times over.
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fold(text.toString());
    }

    /** RFC 5545 3.1: lines of at most 75 octets, continued after CRLF + space, never inside a character. */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > 75) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email.strip());
    }
}
