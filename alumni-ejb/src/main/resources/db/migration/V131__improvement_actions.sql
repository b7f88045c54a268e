-- Improvement actions: HR turns a pattern of real leaving reasons (a reason category in a department,
-- or company-wide, over a period) into an action with an owner, a due date and a status. Published
-- actions appear, aggregated, on the employees' "you said, we did" page; the analytics compare the
-- share of leavers giving that reason before and after the action started.
CREATE TABLE improvement_action (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    reason_category_id BIGINT        NOT NULL REFERENCES reason_category (id),
    department_id      BIGINT REFERENCES department (id),
    pattern_from       DATE          NOT NULL,
    pattern_to         DATE          NOT NULL,
    title_ja           VARCHAR(200)  NOT NULL,
    title_en           VARCHAR(200)  NOT NULL,
    description_ja     VARCHAR(2000),
    description_en     VARCHAR(2000),
    owner_name         VARCHAR(200)  NOT NULL,
    due_date           DATE          NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    started_on         DATE,
    completed_on       DATE,
    published          BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP     NOT NULL,
    created_by         VARCHAR(120)  NOT NULL
);
CREATE INDEX improvement_action_status_idx ON improvement_action (status, due_date);
-- The before/after comparison counts cases by primary reason and last day.
CREATE INDEX offboarding_case_primary_reason_idx ON offboarding_case (primary_reason_id, last_day);
