-- Retention of exit-interview data: when the notes were erased, and a lock row so that only one
-- server of a cluster runs the daily sweep.
ALTER TABLE exit_interview ADD COLUMN notes_erased_on DATE;

CREATE TABLE scheduled_job_lock (
    name         VARCHAR(60)  NOT NULL PRIMARY KEY,
    locked_until TIMESTAMP,
    locked_by    VARCHAR(120)
);
INSERT INTO scheduled_job_lock (name) VALUES ('exit-data-retention');
