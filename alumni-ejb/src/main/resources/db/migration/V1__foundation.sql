-- Foundation: organisation, people, audit trail. Written for PostgreSQL; the embedded H2
-- database runs it in PostgreSQL mode.
CREATE SEQUENCE alumni_id_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE department (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(40)  NOT NULL UNIQUE,
    name_ja     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    parent_id   BIGINT REFERENCES department (id)
);

CREATE TABLE employee (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    employee_number   VARCHAR(40)  NOT NULL UNIQUE,
    login_name        VARCHAR(120) UNIQUE,
    family_name       VARCHAR(100) NOT NULL,
    given_name        VARCHAR(100) NOT NULL,
    family_name_kana  VARCHAR(100),
    given_name_kana   VARCHAR(100),
    work_email        VARCHAR(254),
    personal_email    VARCHAR(254),
    job_title         VARCHAR(200),
    department_id     BIGINT REFERENCES department (id),
    manager_id        BIGINT REFERENCES employee (id),
    hire_date         DATE,
    leaving_date      DATE,
    status            VARCHAR(20)  NOT NULL,
    preferred_locale  VARCHAR(10)  NOT NULL DEFAULT 'ja',
    updated_at        TIMESTAMP    NOT NULL
);
CREATE INDEX employee_department_idx ON employee (department_id);
CREATE INDEX employee_manager_idx ON employee (manager_id);
CREATE INDEX employee_status_idx ON employee (status);

-- Who read or changed what, and when. Append-only.
CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP    NOT NULL,
    actor        VARCHAR(120) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    subject_type VARCHAR(60)  NOT NULL,
    subject_id   VARCHAR(60)  NOT NULL,
    detail       VARCHAR(2000)
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_type, subject_id);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at);
