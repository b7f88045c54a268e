-- Calendar invites for events: the revision calendars hold (RFC 5545 SEQUENCE; the UID is derived
-- from the id) and the length of the event, so an invite has an end.
ALTER TABLE alumni_event ADD COLUMN calendar_sequence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE alumni_event ADD COLUMN duration_minutes INTEGER NOT NULL DEFAULT 120;
