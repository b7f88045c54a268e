-- Every exit survey answer was given under a questionnaire version (V240 gave the earlier ones the
-- first version); an answer without one could not be shown with its questions.
ALTER TABLE exit_survey_response ALTER COLUMN questionnaire_version_id SET NOT NULL;
