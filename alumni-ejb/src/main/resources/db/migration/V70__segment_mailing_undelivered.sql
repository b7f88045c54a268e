-- Segment mailings: how many of the intended recipients' mails could not be sent.
ALTER TABLE segment_mailing ADD COLUMN undelivered INTEGER DEFAULT 0 NOT NULL;
