-- HR's own questions for the follow-up interview (after the last day) and the stay interview, on the
-- same questionnaire tables as the exit survey (V240): one questionnaire per purpose, numbered versions,
-- answers keep the version they were given under. Version 1 of each is the form as it was: the fixed
-- fields only (reasons, concerns, notes), no questions of HR's yet.
INSERT INTO questionnaire (id, version, purpose) VALUES (2, 0, 'FOLLOW_UP');
INSERT INTO questionnaire (id, version, purpose) VALUES (3, 0, 'STAY_INTERVIEW');
INSERT INTO questionnaire_version (id, version, questionnaire_id, number, status, published_at, published_by)
    VALUES (2, 0, 2, 1, 'PUBLISHED', TIMESTAMP '2000-01-01 00:00:00', 'migration');
INSERT INTO questionnaire_version (id, version, questionnaire_id, number, status, published_at, published_by)
    VALUES (3, 0, 3, 1, 'PUBLISHED', TIMESTAMP '2000-01-01 00:00:00', 'migration');

-- The version a written-up interview was answered under (null: not written up yet, or not a follow-up).
ALTER TABLE exit_interview ADD COLUMN questionnaire_version_id BIGINT REFERENCES questionnaire_version (id);
UPDATE exit_interview SET questionnaire_version_id = 2 WHERE kind = 'FOLLOW_UP' AND held = TRUE;
ALTER TABLE stay_interview ADD COLUMN questionnaire_version_id BIGINT REFERENCES questionnaire_version (id);
UPDATE stay_interview SET questionnaire_version_id = 3;

-- An answer belongs to exactly one of: an exit survey response, a follow-up interview, a stay interview.
-- Deleting the interview (a person's erasure) takes its answers with it, as for survey responses.
ALTER TABLE questionnaire_answer ALTER COLUMN response_id DROP NOT NULL;
ALTER TABLE questionnaire_answer ADD COLUMN exit_interview_id BIGINT REFERENCES exit_interview (id) ON DELETE CASCADE;
ALTER TABLE questionnaire_answer ADD COLUMN stay_interview_id BIGINT REFERENCES stay_interview (id) ON DELETE CASCADE;
ALTER TABLE questionnaire_answer ADD CONSTRAINT questionnaire_answer_one_owner CHECK (
    (CASE WHEN response_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN exit_interview_id IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN stay_interview_id IS NULL THEN 0 ELSE 1 END) = 1);
CREATE INDEX questionnaire_answer_exit_interview_idx ON questionnaire_answer (exit_interview_id);
CREATE INDEX questionnaire_answer_stay_interview_idx ON questionnaire_answer (stay_interview_id);
