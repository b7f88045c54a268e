-- APPI third-party provision record (第三者提供記録, Art. 29/30): each time members' personal data
-- leaves the system for another party: when, to whom, through which channel, which data items, on
-- which consent, and which people. Kept for the legal period (alumni.retention.provision-record-years,
-- default 3) and then swept. People are identified by employee id and number (not names), so the
-- record stays meaningful after a member's profile is erased, as the law requires it to be kept.
CREATE TABLE provision_record (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    provided_at     TIMESTAMP     NOT NULL,
    recipient       VARCHAR(300)  NOT NULL,
    channel         VARCHAR(30)   NOT NULL,
    data_items      VARCHAR(1000) NOT NULL,
    consent_purpose VARCHAR(40),
    recorded_by     VARCHAR(120)  NOT NULL,
    person_count    INTEGER       NOT NULL
);
CREATE INDEX provision_record_provided_idx ON provision_record (provided_at);

CREATE TABLE provision_record_person (
    record_id       BIGINT        NOT NULL REFERENCES provision_record (id) ON DELETE CASCADE,
    employee_id     BIGINT        NOT NULL,
    employee_number VARCHAR(40)   NOT NULL,
    consent_id      BIGINT,
    consent_given_at TIMESTAMP
);
CREATE INDEX provision_record_person_record_idx ON provision_record_person (record_id);
CREATE INDEX provision_record_person_employee_idx ON provision_record_person (employee_id);

