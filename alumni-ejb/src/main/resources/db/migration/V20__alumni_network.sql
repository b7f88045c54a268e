-- Alumni network: consent per purpose, membership and profile, directory, networks (pilot and
-- company-wide), ambassadors, news and segment mailings. PostgreSQL and H2 (PostgreSQL mode).

-- A company-wide network or a department-level pilot that may later be merged into it.
CREATE TABLE alumni_network (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    code           VARCHAR(40)  NOT NULL UNIQUE,
    name_ja        VARCHAR(200) NOT NULL,
    name_en        VARCHAR(200) NOT NULL,
    department_id  BIGINT REFERENCES department (id),
    status         VARCHAR(20)  NOT NULL,
    merged_into_id BIGINT REFERENCES alumni_network (id),
    created_at     TIMESTAMP    NOT NULL,
    merged_at      TIMESTAMP
);

CREATE TABLE alumni_network_admin (
    network_id  BIGINT NOT NULL REFERENCES alumni_network (id),
    employee_id BIGINT NOT NULL REFERENCES employee (id),
    PRIMARY KEY (network_id, employee_id)
);

-- One per person: from the invitation at resignation through membership to withdrawal or erasure.
CREATE TABLE alumnus_profile (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
    employee_id           BIGINT        NOT NULL UNIQUE REFERENCES employee (id),
    network_id            BIGINT REFERENCES alumni_network (id),
    exit_case_id          BIGINT,
    status                VARCHAR(20)   NOT NULL,
    last_day              DATE,
    invited_at            TIMESTAMP     NOT NULL,
    invitation_sent_at    TIMESTAMP,
    invitation_answered_at TIMESTAMP,
    joined_at             TIMESTAMP,
    left_network_at       TIMESTAMP,
    department_id         BIGINT REFERENCES department (id),
    years_of_service      INTEGER       NOT NULL DEFAULT 0,
    departments_history   VARCHAR(500),
    current_employer      VARCHAR(200),
    job_role              VARCHAR(200),
    region                VARCHAR(100),
    bio                   VARCHAR(2000),
    open_rehire           BOOLEAN       NOT NULL DEFAULT FALSE,
    open_side_job         BOOLEAN       NOT NULL DEFAULT FALSE,
    open_collaboration    BOOLEAN       NOT NULL DEFAULT FALSE,
    open_mentoring        BOOLEAN       NOT NULL DEFAULT FALSE,
    open_speaking         BOOLEAN       NOT NULL DEFAULT FALSE,
    open_referrals        BOOLEAN       NOT NULL DEFAULT FALSE,
    show_employer         BOOLEAN       NOT NULL DEFAULT TRUE,
    show_skills           BOOLEAN       NOT NULL DEFAULT TRUE,
    show_region           BOOLEAN       NOT NULL DEFAULT TRUE,
    show_openness         BOOLEAN       NOT NULL DEFAULT TRUE,
    show_email            BOOLEAN       NOT NULL DEFAULT FALSE,
    confirmed_at          TIMESTAMP,
    confirmation_requested_at TIMESTAMP
);
CREATE INDEX alumnus_profile_status_idx ON alumnus_profile (status, department_id);
CREATE INDEX alumnus_profile_years_idx ON alumnus_profile (years_of_service);
CREATE INDEX alumnus_profile_region_idx ON alumnus_profile (region);
CREATE INDEX alumnus_profile_network_idx ON alumnus_profile (network_id);
CREATE INDEX alumnus_profile_confirmed_idx ON alumnus_profile (confirmed_at);

-- Skills, normalised to lower case so the directory filters with an index, not a LIKE scan.
CREATE TABLE alumnus_skill (
    profile_id BIGINT       NOT NULL REFERENCES alumnus_profile (id),
    skill      VARCHAR(80)  NOT NULL,
    PRIMARY KEY (profile_id, skill)
);
CREATE INDEX alumnus_skill_skill_idx ON alumnus_skill (skill, profile_id);

-- Consent per purpose. Never updated except to note its withdrawal; a renewed consent is a new row.
CREATE TABLE consent_record (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    employee_id   BIGINT       NOT NULL REFERENCES employee (id),
    purpose       VARCHAR(30)  NOT NULL,
    text_version  VARCHAR(20)  NOT NULL,
    language      VARCHAR(10)  NOT NULL,
    given_at      TIMESTAMP    NOT NULL,
    withdrawn_at  TIMESTAMP,
    recorded_by   VARCHAR(120) NOT NULL
);
CREATE INDEX consent_record_current_idx ON consent_record (employee_id, purpose, withdrawn_at);
CREATE INDEX consent_record_purpose_idx ON consent_record (purpose, withdrawn_at, employee_id);

CREATE TABLE ambassador (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    profile_id     BIGINT       NOT NULL UNIQUE REFERENCES alumnus_profile (id),
    nominated_at   TIMESTAMP    NOT NULL,
    nominated_by   VARCHAR(120) NOT NULL,
    reason         VARCHAR(1000),
    active         BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE TABLE ambassador_activity (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    ambassador_id BIGINT        NOT NULL REFERENCES ambassador (id),
    occurred_on   DATE          NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    recorded_by   VARCHAR(120)  NOT NULL
);
CREATE INDEX ambassador_activity_ambassador_idx ON ambassador_activity (ambassador_id);

CREATE TABLE news_post (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    title         VARCHAR(200)  NOT NULL,
    body          VARCHAR(4000) NOT NULL,
    published_at  TIMESTAMP     NOT NULL,
    author        VARCHAR(120)  NOT NULL
);
CREATE INDEX news_post_published_idx ON news_post (published_at);

-- A mail sent to a segment: who it went to is recomputed from consent at sending time.
CREATE TABLE segment_mailing (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    purpose        VARCHAR(30)   NOT NULL,
    department_id  BIGINT REFERENCES department (id),
    subject        VARCHAR(200)  NOT NULL,
    body           VARCHAR(4000) NOT NULL,
    sent_at        TIMESTAMP     NOT NULL,
    sent_by        VARCHAR(120)  NOT NULL,
    recipients     INTEGER       NOT NULL
);
