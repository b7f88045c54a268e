/**
 * Events for alumni (reunions, talks, recruiting evenings) with limited seats: RSVP, a waiting
 * list that moves up when someone cancels, and the attendee list for HR.
 */
package jp.kizuna.alumni.event;
