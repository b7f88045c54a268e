-- The turnover analytics read only the people employed in the window asked for: those hired or leaving
-- in it are found through this index and employee_leaving_date_idx. Without it the condition cannot use
-- either index and every report reads every employee the company ever had, alumni included.
CREATE INDEX employee_hire_date_idx ON employee (hire_date);
