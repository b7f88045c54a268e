-- When the exit survey link was mailed to the leaver (by the daily job after the last day, or by hand).
ALTER TABLE offboarding_case ADD COLUMN survey_mailed_at TIMESTAMP;
