-- 等級 (job grade) from HR contract v1 revision 1.1: optional, so NULL for everyone HR has not sent one for.
-- The turnover analytics group by it like by job title.
ALTER TABLE employee ADD COLUMN job_grade VARCHAR(40);
