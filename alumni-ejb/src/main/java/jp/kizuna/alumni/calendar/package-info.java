/**
 * Calendar invites (RFC 5545 iCalendar, RFC 5546 iTIP methods) for everything a person is asked to
 * attend: exit interviews, events, casual consultations. One {@link jp.kizuna.alumni.calendar.CalendarInvite}
 * per meeting keeps its UID for life and raises its SEQUENCE with every change, so a calendar
 * updates or removes the entry it already has instead of adding a second one.
 */
package jp.kizuna.alumni.calendar;
