-- Questionnaires HR writes. A questionnaire (one per purpose) has numbered versions; a published
-- version is never changed again (editing works on a DRAFT copy), at most one version is PUBLISHED,
-- and every answer keeps the version it was given under, so old answers read with their own questions.
CREATE TABLE questionnaire (
    id      BIGINT      NOT NULL PRIMARY KEY,
    version BIGINT      NOT NULL DEFAULT 0,
    purpose VARCHAR(30) NOT NULL UNIQUE
);

CREATE TABLE questionnaire_version (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    questionnaire_id BIGINT       NOT NULL REFERENCES questionnaire (id),
    number           INTEGER      NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    published_at     TIMESTAMP,
    published_by     VARCHAR(120),
    UNIQUE (questionnaire_id, number)
);

-- question_key is stable across versions (a copied question keeps it); the analytics and the fixed
-- columns of exit_survey_response find "the offboarding score" by it, whatever its wording or position.
CREATE TABLE questionnaire_question (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    version                  BIGINT        NOT NULL DEFAULT 0,
    questionnaire_version_id BIGINT        NOT NULL REFERENCES questionnaire_version (id) ON DELETE CASCADE,
    position                 INTEGER       NOT NULL,
    question_key             VARCHAR(40)   NOT NULL,
    kind                     VARCHAR(20)   NOT NULL,
    text_ja                  VARCHAR(1000) NOT NULL,
    text_en                  VARCHAR(1000) NOT NULL,
    required                 BOOLEAN       NOT NULL,
    scale_min                INTEGER,
    scale_max                INTEGER,
    UNIQUE (questionnaire_version_id, question_key)
);

CREATE TABLE questionnaire_choice (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    question_id BIGINT       NOT NULL REFERENCES questionnaire_question (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    text_ja     VARCHAR(500) NOT NULL,
    text_en     VARCHAR(500) NOT NULL
);

-- Answers to the questions that have no fixed column in exit_survey_response.
CREATE TABLE questionnaire_answer (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    response_id  BIGINT        NOT NULL REFERENCES exit_survey_response (id) ON DELETE CASCADE,
    question_id  BIGINT        NOT NULL REFERENCES questionnaire_question (id),
    number_value INTEGER,
    text_value   VARCHAR(4000)
);
CREATE INDEX questionnaire_answer_response_idx ON questionnaire_answer (response_id);

CREATE TABLE questionnaire_answer_choice (
    answer_id BIGINT NOT NULL REFERENCES questionnaire_answer (id) ON DELETE CASCADE,
    choice_id BIGINT NOT NULL REFERENCES questionnaire_choice (id),
    PRIMARY KEY (answer_id, choice_id)
);

-- The fixed exit survey as it was becomes version 1; every answer given so far was given under it.
-- Ids below the sequence's start (1000) are free for seed rows.
INSERT INTO questionnaire (id, version, purpose) VALUES (1, 0, 'EXIT_SURVEY');
INSERT INTO questionnaire_version (id, version, questionnaire_id, number, status, published_at, published_by)
    VALUES (1, 0, 1, 1, 'PUBLISHED', TIMESTAMP '2000-01-01 00:00:00', 'migration');
INSERT INTO questionnaire_question (id, version, questionnaire_version_id, position, question_key, kind, text_ja, text_en,
                                    required, scale_min, scale_max) VALUES
 (1, 0, 1, 1, 'EXPERIENCE_SCORE', 'SCALE', '在籍中の働きやすさ（1〜5）', 'How was working here? (1-5)', TRUE, 1, 5),
 (2, 0, 1, 2, 'OFFBOARDING_SCORE', 'SCALE', '退職手続きの対応（1〜5）', 'How was your leaving handled? (1-5)', TRUE, 1, 5),
 (3, 0, 1, 3, 'WOULD_RETURN', 'YES_NO', '将来また働きたいと思いますか', 'Would you consider coming back?', FALSE, NULL, NULL),
 (4, 0, 1, 4, 'COMMENT', 'TEXT', 'ご意見（任意）', 'Comments (optional)', FALSE, NULL, NULL);

ALTER TABLE exit_survey_response ADD COLUMN questionnaire_version_id BIGINT REFERENCES questionnaire_version (id);
UPDATE exit_survey_response SET questionnaire_version_id = 1;
CREATE INDEX exit_survey_response_qv_idx ON exit_survey_response (questionnaire_version_id);
