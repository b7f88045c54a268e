-- The lock row of the nightly retention sweep (V40) is no longer used: scheduled jobs are persistent
-- EJB timers in the server's database timer store, which lets one node of a cluster take each firing.
DROP TABLE scheduled_job_lock;
