-- Offboarding: cases, real reasons, interviews, retention offers, checklists, exit survey.
CREATE TABLE reason_category (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    code         VARCHAR(40)  NOT NULL UNIQUE,
    name_ja      VARCHAR(200) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    controllable BOOLEAN      NOT NULL,
    active       BOOLEAN      NOT NULL,
    sort_order   INTEGER      NOT NULL
);

CREATE TABLE offboarding_case (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    employee_id       BIGINT        NOT NULL REFERENCES employee (id),
    department_id     BIGINT REFERENCES department (id),
    status            VARCHAR(20)   NOT NULL,
    source            VARCHAR(20)   NOT NULL,
    notice_date       DATE          NOT NULL,
    last_day          DATE          NOT NULL,
    stated_reason     VARCHAR(500),
    primary_reason_id BIGINT REFERENCES reason_category (id),
    real_reason_text  VARCHAR(4000),
    opened_at         TIMESTAMP     NOT NULL,
    opened_by         VARCHAR(120)  NOT NULL,
    closed_at         TIMESTAMP,
    follow_up_date    DATE,
    survey_token      VARCHAR(64) UNIQUE,
    survey_expires_on DATE,
    survey_completed  BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX offboarding_case_employee_idx ON offboarding_case (employee_id);
CREATE INDEX offboarding_case_status_idx ON offboarding_case (status);
CREATE INDEX offboarding_case_dept_last_day_idx ON offboarding_case (department_id, last_day);
CREATE INDEX offboarding_case_last_day_idx ON offboarding_case (last_day);

CREATE TABLE offboarding_case_reason (
    case_id     BIGINT NOT NULL REFERENCES offboarding_case (id),
    category_id BIGINT NOT NULL REFERENCES reason_category (id),
    PRIMARY KEY (case_id, category_id)
);

CREATE TABLE offboarding_case_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    case_id     BIGINT        NOT NULL REFERENCES offboarding_case (id),
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(120)  NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    detail      VARCHAR(1000)
);
CREATE INDEX offboarding_case_event_case_idx ON offboarding_case_event (case_id);

CREATE TABLE exit_interview (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    case_id           BIGINT        NOT NULL REFERENCES offboarding_case (id),
    kind              VARCHAR(20)   NOT NULL,
    interview_date    DATE          NOT NULL,
    interviewer_login VARCHAR(120)  NOT NULL,
    interviewer_name  VARCHAR(200)  NOT NULL,
    held              BOOLEAN       NOT NULL,
    guide_covered     VARCHAR(200),
    notes             VARCHAR(8000),
    confidentiality   VARCHAR(20)   NOT NULL,
    named_readers     VARCHAR(1000),
    recorded_at       TIMESTAMP,
    recorded_by       VARCHAR(120)
);
CREATE INDEX exit_interview_case_idx ON exit_interview (case_id);

CREATE TABLE retention_offer (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    case_id        BIGINT        NOT NULL REFERENCES offboarding_case (id),
    offered_on     DATE          NOT NULL,
    offered_by     VARCHAR(120)  NOT NULL,
    offer          VARCHAR(2000) NOT NULL,
    outcome        VARCHAR(20)   NOT NULL,
    outcome_reason VARCHAR(2000)
);
CREATE INDEX retention_offer_case_idx ON retention_offer (case_id);

CREATE TABLE checklist_template (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    name_ja       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    department_id BIGINT REFERENCES department (id),
    job_title     VARCHAR(200),
    active        BOOLEAN      NOT NULL
);

CREATE TABLE checklist_template_item (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    template_id        BIGINT       NOT NULL REFERENCES checklist_template (id),
    title_ja           VARCHAR(300) NOT NULL,
    title_en           VARCHAR(300) NOT NULL,
    category           VARCHAR(30)  NOT NULL,
    owner              VARCHAR(20)  NOT NULL,
    days_from_last_day INTEGER      NOT NULL,
    sort_order         INTEGER      NOT NULL
);

CREATE TABLE checklist_item (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    case_id            BIGINT       NOT NULL REFERENCES offboarding_case (id),
    title_ja           VARCHAR(300) NOT NULL,
    title_en           VARCHAR(300) NOT NULL,
    category           VARCHAR(30)  NOT NULL,
    owner              VARCHAR(20)  NOT NULL,
    owner_name         VARCHAR(200),
    days_from_last_day INTEGER      NOT NULL,
    due_date           DATE         NOT NULL,
    done_at            TIMESTAMP,
    done_by            VARCHAR(120),
    sort_order         INTEGER      NOT NULL
);
CREATE INDEX checklist_item_case_idx ON checklist_item (case_id);
CREATE INDEX checklist_item_due_idx ON checklist_item (due_date);

CREATE TABLE exit_survey_response (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    case_id           BIGINT REFERENCES offboarding_case (id),
    department_id     BIGINT REFERENCES department (id),
    submitted_month   DATE          NOT NULL,
    anonymous         BOOLEAN       NOT NULL,
    experience_score  INTEGER       NOT NULL,
    offboarding_score INTEGER       NOT NULL,
    would_return      BOOLEAN       NOT NULL,
    comment           VARCHAR(4000)
);
CREATE INDEX exit_survey_response_dept_idx ON exit_survey_response (department_id, submitted_month);

-- The reason categories HR starts with; HR edits them on the admin screen.
INSERT INTO reason_category (id, version, code, name_ja, name_en, controllable, active, sort_order) VALUES
 (1, 0, 'CAREER', 'キャリアアップ・成長機会', 'Career growth', TRUE, TRUE, 10),
 (2, 0, 'PAY', '給与・待遇', 'Pay and benefits', TRUE, TRUE, 20),
 (3, 0, 'MANAGER', '上司・人間関係', 'Manager and relationships', TRUE, TRUE, 30),
 (4, 0, 'WORKLOAD', '業務量・労働時間', 'Workload and hours', TRUE, TRUE, 40),
 (5, 0, 'WORK_CONTENT', '仕事内容', 'Work content', TRUE, TRUE, 50),
 (6, 0, 'EVALUATION', '評価・昇進', 'Evaluation and promotion', TRUE, TRUE, 60),
 (7, 0, 'FLEXIBILITY', '働き方の柔軟性（リモート等）', 'Flexibility (remote work etc.)', TRUE, TRUE, 70),
 (8, 0, 'FAMILY', '家庭の事情（介護・育児・転居）', 'Family (care, childcare, relocation)', FALSE, TRUE, 80),
 (9, 0, 'HEALTH', '健康上の理由', 'Health', FALSE, TRUE, 90),
 (10, 0, 'STUDY', '進学・留学', 'Study', FALSE, TRUE, 100),
 (11, 0, 'INDEPENDENCE', '独立・起業', 'Own business', FALSE, TRUE, 110),
 (12, 0, 'OTHER', 'その他', 'Other', FALSE, TRUE, 999);
