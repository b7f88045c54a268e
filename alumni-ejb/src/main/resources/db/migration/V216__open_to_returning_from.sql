-- "Open to returning from <month>" on a member's profile (first day of the month), shown to HR and
-- used to match openings (issue 15).
ALTER TABLE alumnus_profile ADD COLUMN returning_from DATE;
