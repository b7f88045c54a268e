-- Casual consultations (カジュアル面談): an alumnus asks for a conversation with HR or a former
-- department, HR offers time slots, the alumnus picks one. uid and sequence are the calendar
-- identity of the meeting (RFC 5545 UID/SEQUENCE), kept for every re-send and the cancellation.
CREATE TABLE consultation (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    profile_id      BIGINT        NOT NULL REFERENCES alumnus_profile (id),
    topic           VARCHAR(20)   NOT NULL,
    department_id   BIGINT REFERENCES department (id),
    request_note    VARCHAR(2000),
    status          VARCHAR(20)   NOT NULL,
    requested_at    TIMESTAMP     NOT NULL,
    changed_at      TIMESTAMP     NOT NULL,
    host_login      VARCHAR(120),
    host_name       VARCHAR(200),
    place           VARCHAR(500),
    starts_at       TIMESTAMP,
    ends_at         TIMESTAMP,
    calendar_uid    VARCHAR(120)  NOT NULL UNIQUE,
    calendar_sequence INTEGER     NOT NULL DEFAULT 0,
    invite_sent     BOOLEAN       NOT NULL DEFAULT FALSE,
    closed_by       VARCHAR(120),
    close_note      VARCHAR(2000)
);
CREATE INDEX consultation_profile_idx ON consultation (profile_id);
CREATE INDEX consultation_status_idx ON consultation (status, requested_at);

CREATE TABLE consultation_slot (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    consultation_id BIGINT        NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    starts_at       TIMESTAMP     NOT NULL,
    ends_at         TIMESTAMP     NOT NULL
);
CREATE INDEX consultation_slot_consultation_idx ON consultation_slot (consultation_id);
