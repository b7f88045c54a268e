-- Why the data was provided, in HR's words (e.g. "briefing for the rehire campaign"), when HR hands a
-- member file to another party. Empty for the automatic channels (the HR system, a mail relay), whose
-- purpose is the consent purpose itself.
ALTER TABLE provision_record ADD COLUMN reason VARCHAR(1000);
