-- The line manager of the leaver, kept with each exit survey answer (also an anonymous one, like the
-- department) so the leaving experience can be shown per manager; groups below the minimum stay hidden.
ALTER TABLE exit_survey_response ADD COLUMN manager_id BIGINT REFERENCES employee (id) ON DELETE SET NULL;
UPDATE exit_survey_response SET manager_id =
    (SELECT e.manager_id FROM offboarding_case c JOIN employee e ON e.id = c.employee_id WHERE c.id = exit_survey_response.case_id)
    WHERE case_id IS NOT NULL;
CREATE INDEX exit_survey_response_manager_idx ON exit_survey_response (manager_id, submitted_month);
