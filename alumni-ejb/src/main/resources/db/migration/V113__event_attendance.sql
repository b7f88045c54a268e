-- Attendance: who was checked in at the door (or in the online meeting) on the event's day, and by whom.
ALTER TABLE event_rsvp ADD COLUMN checked_in_at TIMESTAMP;
ALTER TABLE event_rsvp ADD COLUMN checked_in_by VARCHAR(120);
CREATE INDEX event_rsvp_checked_in_idx ON event_rsvp (profile_id, checked_in_at);
